import * as assert from 'assert';
import { mergeProgress } from '../../src/core/progress/progressData';
import { replayMissedReviews } from '../../src/core/progress/reconcile';
import { ReviewEntry } from '../../src/core/progress/reviewLog';
import { Scheduler } from '../../src/core/progress/scheduler';

const scheduler = new Scheduler(0.9);
const now = new Date('2026-11-26T10:00:00Z');
const at = (minutes: number) => new Date(Date.parse('2026-11-24T10:00:00Z') + minutes * 60_000);
const entry = (id: string, minutes: number, grade: 1 | 2 | 3 | 4 = 3): ReviewEntry => ({ id, at: at(minutes).toISOString(), grade, mode: 'typed' });

describe('two windows reviewing at once', () => {
  it('a review overwritten in the card store comes back from the shared log', () => {
    // Window A reviews q1, window B reviews q2; both read the store before either wrote.
    const storeBefore = { schemaVersion: 2 as const, cards: {} };
    const windowA = { ...storeBefore, cards: { q1: scheduler.grade(undefined, 3, at(1)) } };
    const windowB = { ...storeBefore, cards: { q2: scheduler.grade(undefined, 4, at(2)) } };
    const log = [entry('q1', 1, 3), entry('q2', 2, 4)];
    // B writes last without merging (the worst case): A's card is gone from the store...
    const stored = windowB;
    assert.strictEqual(stored.cards['q1' as keyof typeof stored.cards], undefined);
    // ...and replaying the log restores it exactly as A computed it.
    const replayed = replayMissedReviews(stored.cards, log, scheduler, {}, now);
    assert.deepStrictEqual(Object.keys(replayed), ['q1']);
    assert.deepStrictEqual(replayed.q1, windowA.cards.q1);
    const repaired = mergeProgress(stored, { schemaVersion: 2, cards: replayed });
    assert.deepStrictEqual(Object.keys(repaired.cards).sort(), ['q1', 'q2']);
  });

  it('replays several missed reviews of one question in order, and nothing already applied', () => {
    const first = scheduler.grade(undefined, 3, at(0));
    const log = [entry('q', 0, 3), entry('q', 60 * 24, 1), entry('q', 60 * 25, 3)];
    const replayed = replayMissedReviews({ q: first }, log, scheduler, {}, now);
    const expected = scheduler.grade(scheduler.grade(first, 1, at(60 * 24)), 3, at(60 * 25));
    assert.deepStrictEqual(replayed.q, expected);
    assert.deepStrictEqual(Object.keys(replayMissedReviews({ q: expected }, log, scheduler, {}, now)), [], 'an up-to-date store needs nothing');
  });

  it('does not bring back reviews made before a reset', () => {
    const log = [entry('q', 0, 3), entry('q', 10, 3), entry('q', 30, 4)];
    const replayed = replayMissedReviews({}, log, scheduler, { q: at(20).toISOString() }, now);
    assert.deepStrictEqual(replayed.q, scheduler.grade(undefined, 4, at(30)), 'only the review after the reset counts');
    assert.deepStrictEqual(Object.keys(replayMissedReviews({}, log.slice(0, 2), scheduler, { q: at(20).toISOString() }, now)), []);
  });
});
