import * as assert from 'assert';
import { Question, plainKeyPoint } from '../../src/core/deck/model';
import { StoredCard } from '../../src/core/progress/cardState';
import { Scheduler } from '../../src/core/progress/scheduler';
import { buildPracticeQueue, buildReviewQueue, countByStatus, describeCounts, newQuestionsSeenToday, nextDueDate } from '../../src/core/quiz/queue';
import { QuizSession } from '../../src/core/quiz/quizSession';
import { buildQuizView } from '../../src/core/quiz/quizView';

const now = new Date('2026-11-24T10:00:00Z');
const hours = (h: number) => new Date(now.getTime() + h * 3_600_000).toISOString();
const question = (id: string, extra: Partial<Question> = {}): Question => ({
  id,
  topicId: 't',
  prompt: `Prompt ${id}?`,
  difficulty: 'medium',
  answer: 'Use `select_related`:\n\n```python\nqs.select_related("a")\n```\n\n<script>alert(1)</script>',
  keyPoints: [plainKeyPoint('One **join**')],
  followUps: ['And prefetch?'],
  snippets: [],
  line: 1,
  ...extra,
});
const card = (due: string): StoredCard => ({ due, stability: 1, difficulty: 5, elapsedDays: 0, scheduledDays: 1, learningSteps: 0, reps: 1, lapses: 0, state: 2, lastReview: hours(-48) });

const questions = ['a', 'b', 'c', 'd', 'e'].map((id) => question(id));
const cards = { a: card(hours(-1)), b: card(hours(-5)), c: card(hours(+24)) };

describe('queues', () => {
  it('review: due first, most overdue first, then new ones up to the limit', () => {
    assert.deepStrictEqual(buildReviewQueue(questions, cards, now, { newLimit: 1 }), ['b', 'a', 'd']);
    assert.deepStrictEqual(buildReviewQueue(questions, cards, now, { newLimit: 10 }), ['b', 'a', 'd', 'e']);
    assert.deepStrictEqual(buildReviewQueue(questions, cards, now, { newLimit: 0 }), ['b', 'a']);
  });

  it('practice: everything not yet seen, soonest due first, new ones last', () => {
    assert.deepStrictEqual(buildPracticeQueue(questions, cards, new Set(['b'])), ['a', 'c', 'd', 'e']);
  });

  it('counts the questions first seen today, for the daily limit on new ones', () => {
    const log = [
      { id: 'old', at: '2026-11-20T09:00:00Z' },
      { id: 'old', at: '2026-11-24T08:00:00Z' },
      { id: 'x', at: '2026-11-24T08:30:00Z' },
      { id: 'x', at: '2026-11-24T09:30:00Z' },
      { id: 'y', at: '2026-11-24T09:45:00Z' },
    ];
    assert.strictEqual(newQuestionsSeenToday(log, now), 2);
    assert.strictEqual(newQuestionsSeenToday([], now), 0);
  });

  it('describes a topic for the tree, leaving out zero counts', () => {
    assert.strictEqual(describeCounts({ total: 12, new: 3, due: 2 }), '12 · 3 new · 2 due');
    assert.strictEqual(describeCounts({ total: 12, new: 12, due: 0 }), '12 · 12 new');
    assert.strictEqual(describeCounts({ total: 12, new: 0, due: 0 }), '12');
  });

  it('counts and next due date', () => {
    assert.deepStrictEqual(countByStatus(questions, cards, now), { total: 5, new: 2, due: 2 });
    assert.strictEqual(nextDueDate(questions, cards)?.toISOString(), hours(-5));
    assert.strictEqual(nextDueDate([question('x')], cards), undefined);
  });
});

describe('QuizSession', () => {
  it('goes question → answer → next question → done', () => {
    const session = new QuizSession({ title: 'all topics' }, ['a', 'b', 'a']);
    assert.deepStrictEqual(session.position, { position: 1, total: 2 }, 'duplicates are dropped');
    assert.strictEqual(session.phase, 'question');
    assert.strictEqual(session.completeCurrent(), undefined, 'cannot grade before the answer is shown');
    session.reveal('my answer');
    assert.strictEqual(session.phase, 'answer');
    assert.strictEqual(session.userAnswer, 'my answer');
    session.reveal('ignored');
    assert.strictEqual(session.userAnswer, 'my answer');
    assert.strictEqual(session.completeCurrent(), 'a');
    assert.strictEqual(session.currentId, 'b');
    assert.strictEqual(session.phase, 'question');
    assert.strictEqual(session.userAnswer, '');
    session.reveal('');
    session.completeCurrent();
    assert.strictEqual(session.phase, 'done');
    assert.deepStrictEqual([...session.gradedIds], ['a', 'b']);
    session.extend(['a', 'c']);
    assert.strictEqual(session.phase, 'question');
    assert.strictEqual(session.currentId, 'c');
  });

  it('jumpTo puts a question up next without losing the rest', () => {
    const session = new QuizSession({ title: 't' }, ['a', 'b', 'c']);
    session.jumpTo('c');
    assert.strictEqual(session.currentId, 'c');
    assert.strictEqual(session.position.total, 3);
    session.jumpTo('z');
    assert.strictEqual(session.currentId, 'z');
    assert.strictEqual(session.position.total, 4);
  });
});

describe('buildQuizView', () => {
  const index = new Map(questions.map((q) => [q.id, q]));
  const view = (session: QuizSession, c: Record<string, StoredCard> = {}) =>
    buildQuizView({ session, questions: index, topicTitles: new Map([['t', 'Topic T']]), scopeQuestions: questions, cards: c, scheduler: new Scheduler(), now, mode: 'typed', synonymsOf: () => ({ join: ['sql join'] }) });

  it('shows the question, then the rendered answer with grade previews', () => {
    const session = new QuizSession({ topicIds: ['t'], title: 'Topic T' }, ['a']);
    const first = view(session);
    assert.strictEqual(first.kind, 'question');
    if (first.kind !== 'question') return;
    assert.strictEqual(first.mode, 'typed');
    assert.deepStrictEqual(first.question, { id: 'a', prompt: 'Prompt a?', promptHtml: 'Prompt a?', topicTitle: 'Topic T', difficulty: 'medium', snippetName: undefined, position: 1, total: 1 });
    session.reveal('it needs one sql join');
    const answer = view(session);
    assert.strictEqual(answer.kind, 'answer');
    if (answer.kind !== 'answer') return;
    assert.strictEqual(answer.userAnswer, 'it needs one sql join');
    assert.strictEqual(answer.mode, 'typed');
    assert.match(answer.answerHtml, /<code>select_related<\/code>/);
    assert.match(answer.answerHtml, /<pre class="hljs"><code class="language-python">/);
    assert.match(answer.answerHtml, /&lt;script&gt;/, 'raw HTML is escaped');
    assert.doesNotMatch(answer.answerHtml, /<script>/);
    assert.deepStrictEqual(answer.keyPoints, [{ html: 'One <strong>join</strong>', covered: true, partly: false, reason: 'said: “it needs one sql join”', coveredByUser: false }]);
    assert.strictEqual(answer.suggestedGrade, 4);
    assert.deepStrictEqual(answer.grades.map((g) => g.name), ['Again', 'Hard', 'Good', 'Easy']);
    assert.ok(answer.grades.every((g) => g.interval.length > 0));
  });

  it('renders the prompt as inline Markdown: `_emphasis_` and code from generic decks, raw HTML only from the allow-list', () => {
    const prompt = 'What does _select_related_ do to `QuerySet`? <img src=x onerror=alert(1)>';
    const session = new QuizSession({ title: 'T' }, ['p']);
    const screen = buildQuizView({ session, questions: new Map([['p', question('p', { prompt })]]), topicTitles: new Map(), scopeQuestions: [], cards: {}, scheduler: new Scheduler(), now, mode: 'typed', synonymsOf: () => undefined });
    assert.ok(screen.kind === 'question');
    assert.strictEqual(screen.question.prompt, prompt, 'the text stays for the title and the history');
    assert.strictEqual(screen.question.promptHtml, 'What does <em>select_related</em> do to <code>QuerySet</code>? &lt;img src=x onerror=alert(1)&gt;');
  });

  it('"I did cover this" marks a missed key point covered and raises the suggested grade, until undone', () => {
    const session = new QuizSession({ topicIds: ['t'], title: 'Topic T' }, ['a']);
    session.toggleCovered(0); // not before the answer is shown
    session.reveal('no idea');
    const missed = view(session);
    assert.ok(missed.kind === 'answer');
    if (missed.kind !== 'answer') return;
    assert.deepStrictEqual([missed.keyPoints[0].covered, missed.keyPoints[0].reason, missed.suggestedGrade], [false, 'missing: one join', 1]);
    session.toggleCovered(0);
    const corrected = view(session);
    if (corrected.kind !== 'answer') return assert.fail(corrected.kind);
    assert.deepStrictEqual([corrected.keyPoints[0].covered, corrected.keyPoints[0].coveredByUser, corrected.keyPoints[0].reason, corrected.suggestedGrade], [true, true, 'you marked it covered', 4]);
    session.toggleCovered(0);
    assert.deepStrictEqual(session.coveredByUser, new Set());
  });

  it('ends honestly with the next due time and a way to keep practising', () => {
    const session = new QuizSession({ title: 'all topics' }, []);
    const done = view(session, { a: card(hours(48)) });
    assert.deepStrictEqual(done, { kind: 'done', scopeTitle: 'all topics', answered: 0, nextDueIn: '2d', canKeepPractising: true });
  });

  it('says so when the scope has no questions', () => {
    const session = new QuizSession({ title: 'Empty' }, []);
    const empty = buildQuizView({ session, questions: index, topicTitles: new Map(), scopeQuestions: [], cards: {}, scheduler: new Scheduler(), now, mode: 'flashcard', synonymsOf: () => undefined });
    assert.deepStrictEqual(empty, { kind: 'empty', message: 'There are no questions in Empty yet.' });
  });
});
