import * as assert from 'assert';
import * as vscode from 'vscode';
import type { InterviewCoachApi } from '../../src/extension';
import type { StoredCard } from '../../src/core/progress/cardState';
import { activateExtension, waitFor, waitForState, waitForWebview } from './helpers';

const dueCard = (minutesAgo: number): StoredCard => ({
  due: new Date(Date.now() - minutesAgo * 60_000).toISOString(),
  stability: 2,
  difficulty: 5,
  elapsedDays: 2,
  scheduledDays: 2,
  learningSteps: 0,
  reps: 2,
  lapses: 0,
  state: 2,
  lastReview: new Date(Date.now() - 3 * 86_400_000 - minutesAgo * 60_000).toISOString(),
});

describe('Coaching: daily review, typed answers, mock interview, history', function () {
  let api: InterviewCoachApi;

  before(async () => {
    api = await activateExtension();
  });

  after(async () => {
    await vscode.commands.executeCommand('workbench.action.closeAllEditors');
  });

  it('a daily review puts the most overdue question first and checks a typed answer against the key points', async () => {
    const questions = api.decks.decks.find((deck) => deck.id === 'caching')!.questions;
    await api.progress.record(questions[3].id, dueCard(5));
    await api.progress.record(questions[4].id, dueCard(500));
    await vscode.commands.executeCommand('interviewCoach.quizTopic', 'caching');
    const first = await waitForWebview('the most overdue question', () => (api.quiz.lastState?.kind === 'question' && api.quiz.lastState.question.id === questions[4].id ? api.quiz.lastState : undefined));
    assert.strictEqual(first.mode, 'typed');
    const total = first.kind === 'question' ? first.question.total : 0;
    const fresh = questions.filter((q) => !api.progress.cards[q.id]).length;
    assert.strictEqual(total, 2 + Math.min(10, fresh), 'due ones, then new ones up to the daily limit');

    await api.quiz.receive({ type: 'reveal', answer: questions[4].keyPoints.map((k) => k.text).join('. ') });
    const answer = await waitForState(api, 'answer');
    assert.ok(answer.keyPoints.length >= 3);
    assert.ok(answer.keyPoints.every((k) => k.covered === true), 'an answer made of the key points covers them all');
    assert.deepStrictEqual(answer.grades.map((g) => g.name), ['Again', 'Hard', 'Good', 'Easy']);

    const reviewsBefore = (await api.reviewLog.entries()).length;
    await api.quiz.receive({ type: 'grade', grade: 3 });
    const next = await waitForState(api, 'question');
    assert.strictEqual(next.question.id, questions[3].id);
    const entries = await api.reviewLog.entries();
    assert.strictEqual(entries.length, reviewsBefore + 1);
    assert.deepStrictEqual({ ...entries[entries.length - 1], at: 'x', ms: 0 }, { id: questions[4].id, at: 'x', grade: 3, mode: 'typed', answer: questions[4].keyPoints.map((k) => k.text).join('. '), ms: 0, suggestedGrade: 4 });
    assert.ok(Date.parse(api.progress.cards[questions[4].id].due) > Date.now(), 'graded Good, it is no longer due');
  });

  it('flashcard mode reveals without an answer box and marks nothing as covered', async () => {
    await api.quiz.receive({ type: 'setMode', mode: 'flashcard' });
    await waitFor('flashcard mode', () => api.quiz.lastState?.kind === 'question' && api.quiz.lastState.mode === 'flashcard');
    await api.quiz.receive({ type: 'reveal', answer: '' });
    const answer = await waitForState(api, 'answer');
    assert.strictEqual(answer.mode, 'flashcard');
    assert.ok(answer.keyPoints.every((k) => k.covered === undefined));
    await vscode.workspace.getConfiguration('interviewCoach').update('answerMode', undefined, vscode.ConfigurationTarget.Global);
  });

  it('a mock interview runs to its report, and a self-grade there schedules the question', async () => {
    await vscode.commands.executeCommand('interviewCoach.startMockInterview', 'tokens');
    const first = await waitForState(api, 'mockQuestion');
    assert.strictEqual(first.question.total, 5);
    assert.strictEqual(first.limitMs, 3 * 60_000);
    assert.ok(first.deadline > Date.now() + 170_000 && first.deadline <= Date.now() + 180_000);
    const asked: string[] = [];
    for (let i = 0; i < 5; i++) {
      const state = await waitFor(`mock question ${i + 1}`, () => (api.quiz.lastState?.kind === 'mockQuestion' && api.quiz.lastState.question.position === i + 1 ? api.quiz.lastState : undefined));
      asked.push(state.question.id);
      await api.quiz.receive({ type: 'mockSubmit', answer: i === 0 ? 'A JWT has a header, a payload and a signature, base64url encoded.' : '' });
    }
    assert.strictEqual(new Set(asked).size, 5, 'no question twice');
    const report = await waitForState(api, 'mockReport');
    assert.strictEqual(report.rows.length, 5);
    assert.match(report.rows[0].answer, /header, a payload and a signature/);
    assert.ok(report.rows.every((row) => row.modelAnswerHtml.length > 50 && row.grade === undefined));
    assert.ok(report.rows[1].missedKeyPointsHtml.length === report.rows[1].keyPointCount, 'an empty answer misses every key point');

    await api.quiz.receive({ type: 'mockGrade', index: 0, grade: 4 });
    const graded = await waitFor('the grade in the report', () => (api.quiz.lastState?.kind === 'mockReport' && api.quiz.lastState.rows[0].grade === 4 ? api.quiz.lastState : undefined));
    assert.strictEqual(graded.rows[0].grade, 4);
    const last = (await api.reviewLog.entries()).at(-1)!;
    assert.strictEqual(last.id, asked[0]);
    assert.strictEqual(last.mode, 'mock');
    assert.ok(api.progress.cards[asked[0]], 'the graded question has a card');
  });

  it('the Progress panel opens with mastery per topic, a 12-week heatmap and a 14-day forecast', async () => {
    await vscode.commands.executeCommand('interviewCoach.showProgress');
    const state = await waitForWebview('the progress state after the webview handshake', () => api.progressPanel.lastState, 18_000, () => vscode.commands.executeCommand('interviewCoach.showProgress'));
    assert.deepStrictEqual(state.topics.map((t) => t.topicId), api.decks.decks.map((deck) => deck.id));
    assert.strictEqual(state.heatmap.length, 84);
    assert.strictEqual(state.forecast.length, 14);
    const today = new Date().toISOString().slice(0, 10);
    assert.ok(state.heatmap[83].date === today && state.heatmap[83].count >= 2, 'today counts the reviews just made');
    assert.ok(state.totals.reviews >= 2 && state.totals.mockInterviews >= 1);
    assert.ok(state.streak >= 1);
  });

  it('past answers are one command away', async () => {
    const question = api.decks.decks.find((deck) => deck.id === 'caching')!.questions[4];
    const uri = vscode.Uri.from({ scheme: 'interview-coach-history', path: `/${question.id}.md` });
    const document = await vscode.workspace.openTextDocument(uri);
    assert.match(document.getText(), new RegExp(`^# ${question.prompt.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}`));
    assert.match(document.getText(), /· Good/);
    assert.match(document.getText(), new RegExp(question.keyPoints[0].text.slice(0, 20).replace(/[.*+?^${}()|[\]\\]/g, '\\$&')));
    await vscode.commands.executeCommand('interviewCoach.showHistory', question.id);
  });
});
