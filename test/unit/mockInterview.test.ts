import * as assert from 'assert';
import { Question, plainKeyPoint } from '../../src/core/deck/model';
import { MockInterview, drawMockQuestions, formatClock, mockReportFileName, mockReviewEntries, reportToMarkdown } from '../../src/core/quiz/mockInterview';

const question = (id: string, topicId: string, extra: Partial<Question> = {}): Question => ({
  id,
  topicId,
  prompt: `What about ${id}?`,
  difficulty: 'medium',
  answer: `Model answer for ${id}.`,
  keyPoints: [plainKeyPoint(`${id} point`)],
  followUps: [],
  snippets: [],
  line: 1,
  ...extra,
});

/** A small deterministic generator (mulberry32) so draws are repeatable. */
function seeded(seed: number): () => number {
  let a = seed;
  return () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const bank = [
  ...['d1', 'd2', 'd3', 'd4', 'd5'].map((id) => question(id, 'django')),
  ...['h1', 'h2'].map((id) => question(id, 'http')),
  ...['p1', 'p2', 'p3'].map((id) => question(id, 'python')),
];

describe('mock interview: drawing questions', () => {
  it('spreads the draw across the chosen topics without repeats', () => {
    const drawn = drawMockQuestions(bank, ['django', 'http'], 4, seeded(1));
    assert.strictEqual(drawn.length, 4);
    assert.strictEqual(new Set(drawn.map((q) => q.id)).size, 4);
    assert.deepStrictEqual(drawn.map((q) => q.topicId).sort(), ['django', 'django', 'http', 'http']);
  });

  it('uses every topic when none is chosen, one per topic before any repeats', () => {
    const drawn = drawMockQuestions(bank, undefined, 3, seeded(2));
    assert.deepStrictEqual(drawn.map((q) => q.topicId).sort(), ['django', 'http', 'python']);
  });

  it('is deterministic for a given random source and varies with it', () => {
    const ids = (seed: number) => drawMockQuestions(bank, undefined, 5, seeded(seed)).map((q) => q.id);
    assert.deepStrictEqual(ids(7), ids(7));
    assert.ok([1, 2, 3, 4, 5, 6].some((seed) => ids(seed).join() !== ids(7).join()));
  });

  it('stops when the topics run out and ignores unknown topics', () => {
    assert.strictEqual(drawMockQuestions(bank, ['http', 'nope'], 10, seeded(3)).length, 2);
    assert.deepStrictEqual(drawMockQuestions(bank, ['nope'], 5, seeded(3)), []);
    assert.deepStrictEqual(drawMockQuestions(bank, undefined, 0, seeded(3)), []);
  });
});

describe('mock interview: the session', () => {
  const t0 = new Date('2026-11-24T10:00:00Z');
  const at = (seconds: number) => new Date(t0.getTime() + seconds * 1000);
  const questions = [
    question('orm', 'django', {
      prompt: 'What is the difference between\n`select_related` and `prefetch_related`?',
      answer: 'Use `select_related` for foreign keys.',
      keyPoints: ['`select_related` follows foreign keys with a SQL JOIN (one query)', '`prefetch_related` runs one extra query per relation and joins in Python'].map(plainKeyPoint),
    }),
    question('jwt', 'http', { keyPoints: [plainKeyPoint('Send the `JWT` in the `Authorization` header')] }),
    question('gil', 'python', { keyPoints: [plainKeyPoint('Only one thread runs Python bytecode at a time')] }),
  ];

  it('runs a full mock to its report and Markdown', () => {
    const mock = new MockInterview(questions, 180_000, new Map([['http', { jwt: ['json web token'] }]]));
    // Read through a function: an assertion on `mock.current` would narrow its type for good.
    const currentId = () => mock.current?.id;
    assert.strictEqual(currentId(), undefined);
    mock.start(t0);
    assert.strictEqual(currentId(), 'orm');
    assert.strictEqual(mock.timeLeft(at(60)), 120_000);
    assert.strictEqual(mock.isOverTime(at(60)), false);
    assert.throws(() => mock.report(), /not finished/);
    assert.strictEqual(mock.selfGrade(0, 3), false, 'no grading before the end');

    mock.submit('select_related does one SQL join over the foreign key.', at(95));
    assert.strictEqual(currentId(), 'jwt');
    assert.strictEqual(mock.index, 1);
    assert.strictEqual(mock.timeLeft(at(95)), 180_000);
    assert.strictEqual(mock.isOverTime(at(95 + 200)), true);
    assert.strictEqual(mock.timeLeft(at(95 + 200)), 0);
    mock.submit('Put the JSON Web Token in the Authorization header.', at(95 + 200));
    mock.submit('', at(300));
    assert.strictEqual(mock.finished, true);
    assert.strictEqual(currentId(), undefined);
    mock.submit('ignored', at(400));

    assert.strictEqual(mock.selfGrade(0, 3), true);
    assert.strictEqual(mock.selfGrade(1, 4), true);
    assert.strictEqual(mock.selfGrade(5, 4), false);

    const report = mock.report();
    assert.strictEqual(report.startedAt, '2026-11-24T10:00:00.000Z');
    assert.strictEqual(report.finishedAt, '2026-11-24T10:05:00.000Z');
    assert.strictEqual(report.totalMs, 300_000);
    assert.deepStrictEqual(
      report.questions.map((q) => [q.id, q.ms, q.overTime, q.grade, q.missedKeyPoints.length]),
      [
        ['orm', 95_000, false, 3, 1],
        ['jwt', 200_000, true, 4, 0],
        ['gil', 5_000, false, undefined, 1],
      ],
    );
    assert.deepStrictEqual(report.questions[0].missedKeyPoints, [questions[0].keyPoints[1].text]);
    assert.strictEqual(report.questions[0].modelAnswer, questions[0].answer);
    assert.strictEqual(report.questions[0].answer, 'select_related does one SQL join over the foreign key.');

    const entries = mockReviewEntries(report, at(400));
    assert.deepStrictEqual(entries.map((e) => [e.id, e.grade, e.mode, e.ms]), [
      ['orm', 3, 'mock', 95_000],
      ['jwt', 4, 'mock', 200_000],
    ]);

    const markdown = reportToMarkdown(report, new Map([['django', 'Django ORM'], ['http', 'HTTP']]));
    assert.ok(markdown.startsWith('# Mock interview, 2026-11-24 10:00 UTC\n'));
    assert.match(markdown, /- Total time: 5:00 \(3:00 per question\)/);
    assert.match(markdown, /- Self-grades: Easy 1 · Good 1/);
    assert.match(markdown, /## 1\. What is the difference between `select_related` and `prefetch_related`\?\n\n\*Django ORM · 1:35 · self-grade: Good\*/);
    assert.match(markdown, /\*HTTP · 3:20 \(over time\) · self-grade: Easy\*/);
    assert.match(markdown, /\*python · 0:05 · self-grade: —\*/);
    assert.match(markdown, /### Your answer\n\n> select_related does one SQL join over the foreign key\.\n\n### Model answer\n\nUse `select_related` for foreign keys\./);
    assert.match(markdown, /### Key points missed\n\n- `prefetch_related` runs one extra query per relation and joins in Python/);
    assert.match(markdown, /All key points covered\./);
    assert.match(markdown, /### Your answer\n\n\*No answer\.\*/);
    assert.strictEqual(mockReportFileName(report), 'mock-interview-2026-11-24-1000.md');
  });

  it('quotes a multi-line answer without letting its headings break the report', () => {
    const mock = new MockInterview([questions[2]], 60_000);
    mock.start(t0);
    mock.submit('# The GIL\n\nOne thread at a time.', at(30));
    const markdown = reportToMarkdown(mock.report(), new Map());
    assert.match(markdown, /> \\# The GIL\n>\n> One thread at a time\./);
  });

  it('can be ended early: the current answer is kept, the rest are skipped and cannot be graded', () => {
    const mock = new MockInterview(questions, 180_000);
    mock.start(t0);
    mock.submit('an answer', at(10));
    mock.stop(at(40), 'half an answer');
    assert.strictEqual(mock.finished, true);
    const report = mock.report();
    assert.deepStrictEqual(report.questions.map((q) => [q.answer, q.ms, q.skipped]), [
      ['an answer', 10_000, false],
      ['half an answer', 30_000, false],
      ['', 0, true],
    ]);
    assert.strictEqual(mock.selfGrade(2, 3), false);
    assert.match(reportToMarkdown(report, new Map()), /not reached/);
  });

  it('an empty interview finishes at once', () => {
    const mock = new MockInterview([], 60_000);
    mock.start(t0);
    assert.strictEqual(mock.finished, true);
    assert.deepStrictEqual(mock.report().questions, []);
  });

  it('formats times as m:ss', () => {
    assert.deepStrictEqual([0, 999, 5_000, 95_000, 600_000, 3_725_000, -5].map(formatClock), ['0:00', '0:00', '0:05', '1:35', '10:00', '1:02:05', '0:00']);
  });
});
