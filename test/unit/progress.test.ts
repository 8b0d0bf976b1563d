import * as assert from 'assert';
import { StoredCard, cardStatus } from '../../src/core/progress/cardState';
import { PROGRESS_SCHEMA_VERSION, ProgressData, emptyProgress, mergeProgress, readProgress, resetCards } from '../../src/core/progress/progressData';
import { Scheduler, formatInterval } from '../../src/core/progress/scheduler';
import { plain } from './builders';

const now = new Date('2026-11-24T10:00:00Z');
const progressOf = (cards: Record<string, StoredCard>): ProgressData => ({ schemaVersion: PROGRESS_SCHEMA_VERSION, cards });
const card = (overrides: Partial<StoredCard> = {}): StoredCard => ({
  due: '2026-11-25T10:00:00.000Z',
  stability: 3,
  difficulty: 5,
  elapsedDays: 0,
  scheduledDays: 1,
  learningSteps: 0,
  reps: 1,
  lapses: 0,
  state: 2,
  lastReview: '2026-11-24T10:00:00.000Z',
  ...overrides,
});

describe('progress store schema', () => {
  it('starts empty when nothing is stored', () => {
    assert.deepStrictEqual(readProgress(undefined, now), { data: emptyProgress() });
    assert.strictEqual(emptyProgress().schemaVersion, PROGRESS_SCHEMA_VERSION);
  });

  it('round-trips through JSON', () => {
    const data = { schemaVersion: PROGRESS_SCHEMA_VERSION, cards: { a: card() }, removed: { b: '2026-11-20T00:00:00.000Z' } };
    assert.deepStrictEqual(plain(readProgress(JSON.parse(JSON.stringify(data)), now)), { data });
  });

  it('migrates a version 1 store (cards only) to version 2 without losing a card', () => {
    const v1 = { schemaVersion: 1, cards: { a: card(), b: card({ reps: 4 }) } };
    const result = readProgress(JSON.parse(JSON.stringify(v1)), now);
    assert.strictEqual(result.problem, undefined);
    assert.deepStrictEqual(plain(result.data), { schemaVersion: 2, cards: v1.cards, removed: {} });
  });

  for (const [name, raw, pattern] of [
    ['a string', 'garbage', /not an object/],
    ['an array', [1, 2], /not an object/],
    ['no version', { cards: {} }, /no schema version/],
    ['a newer version', { schemaVersion: 99, cards: {} }, /newer version/],
    ['cards that are not a map', { schemaVersion: 2, cards: 'x' }, /no cards/],
  ] as [string, unknown, RegExp][]) {
    it(`reports a problem for ${name} instead of throwing`, () => {
      const result = readProgress(raw, now);
      assert.match(result.problem ?? '', pattern);
      assert.deepStrictEqual(result.data, emptyProgress());
    });
  }

  it('sets aside unreadable cards and keeps the good ones', () => {
    const result = readProgress({ schemaVersion: 1, cards: { good: card(), bad: { due: 'not a date' }, worse: null, nan: card({ stability: NaN }) } }, now);
    assert.deepStrictEqual(Object.keys(result.data.cards), ['good']);
    assert.match(result.problem ?? '', /3 stored card\(s\) were unreadable/);
  });

  it('merges two windows: the card reviewed last wins, cards only one side has are kept', () => {
    const ours = progressOf({ a: card({ lastReview: '2026-11-24T10:00:00Z', reps: 2 }), b: card() });
    const theirs = progressOf({ a: card({ lastReview: '2026-11-24T11:00:00Z', reps: 3 }), c: card() });
    const merged = mergeProgress(ours, theirs);
    assert.deepStrictEqual(Object.keys(merged.cards).sort(), ['a', 'b', 'c']);
    assert.strictEqual(merged.cards.a.reps, 3);
    assert.strictEqual(mergeProgress(theirs, ours).cards.a.reps, 3, 'order does not matter');
  });

  it('a reset in one window is not undone by the other window\'s older copy', () => {
    const before = progressOf({ a: card(), b: card() });
    const reset = resetCards(before, ['a'], new Date('2026-11-24T12:00:00Z'));
    assert.deepStrictEqual(Object.keys(reset.cards), ['b']);
    const merged = mergeProgress(before, reset);
    assert.deepStrictEqual(Object.keys(merged.cards), ['b']);
    assert.deepStrictEqual(Object.keys(mergeProgress(reset, before).cards), ['b']);
    const reviewedAgain = progressOf({ a: card({ lastReview: '2026-11-24T13:00:00Z' }) });
    assert.ok(mergeProgress(reset, reviewedAgain).cards.a, 'a review after the reset counts');
  });
});

describe('scheduler (FSRS via ts-fsrs)', () => {
  const scheduler = new Scheduler(0.9);

  it('previews four outcomes with growing intervals for a new card', () => {
    const preview = scheduler.preview(undefined, now);
    const due = [1, 2, 3, 4].map((g) => Date.parse(preview[g as 1 | 2 | 3 | 4].card.due));
    assert.ok(due[0] <= due[1] && due[1] <= due[2] && due[2] < due[3], due.map((d) => new Date(d).toISOString()).join());
    assert.strictEqual(preview[4].interval.endsWith('d'), true, `Easy should be days away, got ${preview[4].interval}`);
  });

  it('grading matches the preview and moves the due date forward', () => {
    const graded = scheduler.grade(undefined, 3, now);
    assert.deepStrictEqual(graded, scheduler.preview(undefined, now)[3].card);
    assert.ok(Date.parse(graded.due) > now.getTime());
    assert.strictEqual(graded.reps, 1);
    assert.strictEqual(cardStatus(graded, now), 'scheduled');
    assert.strictEqual(cardStatus(graded, new Date(Date.parse(graded.due) + 1)), 'due');
  });

  it('Again after a good review counts a lapse and comes back sooner than Good', () => {
    let c = scheduler.grade(undefined, 3, now);
    const later = new Date(Date.parse(c.due));
    c = scheduler.grade(c, 3, later);
    const review = new Date(Date.parse(c.due));
    const again = scheduler.grade(c, 1, review);
    const good = scheduler.grade(c, 3, review);
    assert.strictEqual(again.lapses, 1);
    assert.ok(Date.parse(again.due) < Date.parse(good.due));
  });

  it('a higher desired retention schedules sooner', () => {
    let c = new Scheduler(0.9).grade(undefined, 3, now);
    c = new Scheduler(0.9).grade(c, 3, new Date(Date.parse(c.due)));
    const at = new Date(Date.parse(c.due));
    const strict = new Scheduler(0.97).preview(c, at)[3].card.due;
    const relaxed = new Scheduler(0.8).preview(c, at)[3].card.due;
    assert.ok(Date.parse(strict) < Date.parse(relaxed));
  });

  it('formats intervals the way the buttons show them', () => {
    assert.strictEqual(formatInterval(30_000), 'now');
    assert.strictEqual(formatInterval(10 * 60_000), '10m');
    assert.strictEqual(formatInterval(5 * 3_600_000), '5h');
    assert.strictEqual(formatInterval(4 * 86_400_000), '4d');
    assert.strictEqual(formatInterval(90 * 86_400_000), '3mo');
    assert.strictEqual(formatInterval(547 * 86_400_000), '1.5y');
  });
});
