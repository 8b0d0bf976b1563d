/**
 * Data the readers accept must never make the scheduler or the queue throw, and stamps from the
 * future must never win a merge (issue 14 items 6 and 7; the probe's R12–R16, P1, P5).
 */
import * as assert from 'assert';
import { StoredCard, isStoredCard } from '../../src/core/progress/cardState';
import { isMockReport, mockReportFileName, parseExport } from '../../src/core/progress/exportFormat';
import { PROGRESS_SCHEMA_VERSION, ProgressData, mergeProgress, readProgress } from '../../src/core/progress/progressData';
import { replayMissedReviews } from '../../src/core/progress/reconcile';
import { Scheduler } from '../../src/core/progress/scheduler';
import { buildPracticeQueue, buildReviewQueue, countByStatus, nextDueDate } from '../../src/core/quiz/queue';
import { card, question, review } from './builders';

const scheduler = new Scheduler(0.9);
const stored = (cards: Record<string, unknown>, removed: Record<string, string> = {}) => readProgress(JSON.parse(JSON.stringify({ schemaVersion: PROGRESS_SCHEMA_VERSION, cards, removed })), now).data;
const now = new Date('2026-12-01T23:58:00Z');
const later = (ms: number) => new Date(now.getTime() + ms).toISOString();

describe('hostile progress data', () => {
  it('R12: a last review on a later UTC day than now (7 minutes of clock skew across midnight) does not throw', () => {
    const skewed = stored({ q: card({ lastReview: '2026-12-02T00:05:00.000Z', due: '2026-12-03T00:05:00.000Z' }) }).cards.q;
    assert.ok(skewed.lastReview, 'a few minutes ahead is ordinary skew and is kept');
    const preview = scheduler.preview(skewed, now);
    assert.ok(Date.parse(preview[3].card.due) > now.getTime());
    const graded = scheduler.grade(skewed, 3, now);
    assert.strictEqual(graded.lastReview, now.toISOString());
  });

  for (const [name, overrides] of [
    ['negative stability', { stability: -1 }],
    ['denormal stability', { stability: 5e-324 }],
    ['zero difficulty', { difficulty: 0 }],
    ['difficulty above 10', { difficulty: 50 }],
    ['negative counts', { reps: -3, lapses: -1, learningSteps: -2, elapsedDays: -4, scheduledDays: -5 }],
    ['fractional counts', { reps: 2.5, learningSteps: 0.3 }],
    ['a relearning card with no memory', { state: 3, stability: 0, difficulty: 0 }],
  ] as const) {
    it(`R16: a stored card with ${name} is clamped into FSRS's ranges and can be reviewed`, () => {
      const read = stored({ q: card(overrides as Partial<StoredCard>) }).cards.q;
      for (const grade of [1, 2, 3, 4] as const) {
        assert.doesNotThrow(() => scheduler.preview(read, now));
        assert.ok(!Number.isNaN(Date.parse(scheduler.grade(read, grade, now).due)));
      }
      assert.doesNotThrow(() => scheduler.grade(card(overrides as Partial<StoredCard>), 3, now), 'the scheduler clamps even a card that skipped the reader');
    });
  }

  it('never throws on 5,000 random cards the reader accepts, at random times (fuzz)', () => {
    let seed = 42;
    const random = () => ((seed = (seed * 1_103_515_245 + 12_345) % 2 ** 31) / 2 ** 31);
    const pick = <T>(values: readonly T[]) => values[Math.floor(random() * values.length)];
    const numbers = [0, -1, 1e-9, 0.5, 1, 3, 10, 11, 36_500, 1e7, -1e7, 2.5];
    let accepted = 0;
    for (let i = 0; i < 5000; i++) {
      const at = (days: number) => new Date(now.getTime() + days * 86_400_000).toISOString();
      const raw = {
        due: at(pick([-400, -1, 0, 1, 400])), stability: pick(numbers), difficulty: pick(numbers), elapsedDays: pick(numbers), scheduledDays: pick(numbers),
        learningSteps: pick(numbers), reps: pick(numbers), lapses: pick(numbers), state: pick([0, 1, 2, 3]), lastReview: pick([undefined, at(-30), at(-0.001), at(0.004), at(0.5), at(3), at(30_000)]),
      };
      if (!isStoredCard(raw)) continue;
      accepted++;
      const read = stored({ q: raw }).cards.q;
      const when = new Date(now.getTime() + pick([-86_400_000, 0, 300_000, 86_400_000 * 5]));
      scheduler.preview(read, when);
      scheduler.grade(read, pick([1, 2, 3, 4] as const), when);
      scheduler.grade(raw as StoredCard, pick([1, 2, 3, 4] as const), when);
    }
    assert.ok(accepted > 4000, `${accepted} of the random cards were accepted by the reader`);
  });

  for (const id of ['constructor', 'toString', '__proto__', 'hasOwnProperty', 'valueOf']) {
    it(`R13/R14: a question or review id "${id}" is only a key: queued as new, reviewed, replayed`, () => {
      const questions = [question(id, 't'), question('other', 't')];
      assert.deepStrictEqual(buildReviewQueue(questions, {}, now, { newLimit: 5 }), [id, 'other'], 'new, not mistaken for an inherited property');
      assert.deepStrictEqual(countByStatus(questions, {}, now), { total: 2, new: 2, due: 0 });
      assert.deepStrictEqual(buildPracticeQueue(questions, {}, new Set()), [id, 'other']);
      assert.strictEqual(nextDueDate(questions, {}), undefined);
      const replayed = replayMissedReviews(stored({}).cards, [review(id, later(-60_000))], scheduler, {}, now);
      assert.deepStrictEqual(Object.keys(replayed), [id]);
      const data = stored({ [id]: card() });
      assert.deepStrictEqual(Object.keys(data.cards), [id]);
      assert.strictEqual(Object.getPrototypeOf(data.cards), null, 'a map with no prototype');
      assert.strictEqual(({} as Record<string, unknown>).due, undefined, 'Object.prototype is untouched');
      const merged = mergeProgress(data, { schemaVersion: PROGRESS_SCHEMA_VERSION, cards: replayed });
      assert.deepStrictEqual(Object.keys(merged.cards), [id]);
    });
  }

  it('the scheduler treats something that is not a card (an inherited property) as a new card instead of throwing', () => {
    const inherited = ({} as Record<string, StoredCard>)['constructor'];
    assert.deepStrictEqual(scheduler.preview(inherited, now)[3].card, scheduler.preview(undefined, now)[3].card);
  });

  it('R15: a reset stamped in 2099 is dropped when read, so a later review is not deleted again and again', () => {
    const data = stored({ q: card({ lastReview: later(-3_600_000) }) }, { q: '2099-01-01T00:00:00.000Z', r: later(-86_400_000) });
    assert.deepStrictEqual(Object.keys(data.removed ?? {}), ['r']);
    assert.ok(data.cards.q, 'the card survives');
    const imported = parseExport({ format: 'interview-coach-progress', version: 1, exportedAt: now.toISOString(), progress: { schemaVersion: 2, cards: {}, removed: { q: '2099-01-01T00:00:00.000Z' } }, reviews: [] }, now);
    assert.deepStrictEqual(Object.keys(mergeProgress(data, imported.file!.progress).cards), ['q'], 'an imported future reset deletes nothing');
  });

  it('P5: a card whose last review is in 2099 loses the merge to a real review today', () => {
    const future: ProgressData = stored({ q: card({ lastReview: '2099-01-01T00:00:00.000Z', reps: 99 }) });
    assert.strictEqual(future.cards.q.lastReview, undefined, 'the impossible time is forgotten');
    const today = { schemaVersion: PROGRESS_SCHEMA_VERSION, cards: { q: card({ lastReview: later(-60_000), reps: 4 }) } } as ProgressData;
    assert.strictEqual(mergeProgress(future, today).cards.q.reps, 4);
    assert.strictEqual(mergeProgress(today, future).cards.q.reps, 4);
  });

  it('a review dated in 2099 is not replayed (it would win every merge)', () => {
    assert.deepStrictEqual(Object.keys(replayMissedReviews({}, [review('q', '2099-01-01T00:00:00.000Z')], scheduler, {}, now)), []);
  });

  it('P1: a mock start time must be an ISO UTC time, and its file name never holds a path separator', () => {
    const mock = { startedAt: '2026-11-24T10:00:00.000Z', finishedAt: '2026-11-24T10:15:00.000Z', totalMs: 900_000, perQuestionMs: 180_000, questions: [] };
    assert.ok(isMockReport(mock));
    for (const startedAt of ['(a/b) 1 Oct 2026', '1 Oct 2026', '2026-11-24T10:00:00.000Z/../x', '2026-11-24 10:00', '../../x']) {
      assert.ok(!isMockReport({ ...mock, startedAt }), `${startedAt} is refused`);
    }
    assert.strictEqual(mockReportFileName(mock), '2026-11-24T10-00-00-000Z.json');
  });
});
