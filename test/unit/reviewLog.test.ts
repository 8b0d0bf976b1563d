import * as assert from 'assert';
import {
  MAX_ANSWER_CHARS,
  ReviewEntry,
  boundLog,
  historyOf,
  mergeLogs,
  parseReviewLog,
  serialiseEntry,
  serialiseLog,
} from '../../src/core/progress/reviewLog';

const entry = (id: string, at: string, grade: ReviewEntry['grade'] = 3, extra: Partial<ReviewEntry> = {}): ReviewEntry => ({
  id,
  at: `2026-11-${at}Z`,
  grade,
  mode: 'typed',
  ...extra,
});

describe('review log', () => {
  it('serialises one entry per line and reads it back', () => {
    const entries = [entry('a', '20T10:00:00.000', 3, { answer: 'One JOIN.\nThen "quotes".', ms: 61_234 }), entry('b', '21T09:00:00.000', 1, { mode: 'flashcard' })];
    const text = serialiseLog(entries);
    assert.strictEqual(text.split('\n').length, 3);
    assert.ok(serialiseEntry(entries[0]).startsWith('{"id":"a"'));
    assert.deepStrictEqual(parseReviewLog(text), { entries, skipped: 0, tornTail: false });
  });

  it('caps long answers and rounds times', () => {
    const line = serialiseEntry(entry('a', '20T10:00:00.000', 3, { answer: 'x'.repeat(MAX_ANSWER_CHARS + 500), ms: 12.7 }));
    const [read] = parseReviewLog(line).entries;
    assert.strictEqual(read.answer?.length, MAX_ANSWER_CHARS);
    assert.ok(read.answer?.endsWith('…'));
    assert.strictEqual(read.ms, 13);
  });

  it('skips garbage, invalid entries and a torn last line', () => {
    const good = serialiseEntry(entry('a', '20T10:00:00.000'));
    const text = [
      good.trim(),
      'not json',
      '',
      JSON.stringify({ id: 'b', at: 'yesterday', grade: 3, mode: 'typed' }),
      JSON.stringify({ id: 'c', at: '2026-11-20T10:00:00Z', grade: 5, mode: 'typed' }),
      JSON.stringify({ id: 'd', at: '2026-11-20T10:00:00Z', grade: 3, mode: 'other' }),
      JSON.stringify({ id: 'e', at: '2026-11-20T10:00:00Z', grade: 3, mode: 'typed', ms: -1 }),
      '[1,2]',
      good.slice(0, 20),
    ].join('\n');
    const result = parseReviewLog(text);
    assert.deepStrictEqual(result.entries.map((e) => e.id), ['a']);
    assert.strictEqual(result.skipped, 6);
    assert.strictEqual(result.tornTail, true, 'the cut-short last line is an append in progress or a crash, not damage');
  });

  it('recovers an entry appended after a torn write', () => {
    const torn = serialiseEntry(entry('a', '20T10:00:00.000')).slice(0, 15);
    const next = serialiseEntry(entry('b', '20T11:00:00.000'));
    const result = parseReviewLog(torn + next);
    assert.deepStrictEqual(result.entries.map((e) => e.id), ['b']);
    assert.strictEqual(result.skipped, 0);
  });

  it('reads an empty file as an empty log', () => {
    assert.deepStrictEqual(parseReviewLog(''), { entries: [], skipped: 0, tornTail: false });
  });

  it('bounds the log to the newest entries, oldest first', () => {
    const entries = [entry('c', '22T10:00:00.000'), entry('a', '20T10:00:00.000'), entry('b', '21T10:00:00.000')];
    assert.deepStrictEqual(boundLog(entries, 2).map((e) => e.id), ['b', 'c']);
    assert.deepStrictEqual(boundLog(entries, 10).map((e) => e.id), ['a', 'b', 'c']);
    assert.deepStrictEqual(boundLog(entries, 0), []);
  });

  it('merges two windows: union, deduplicated by (id, time, grade), in time order', () => {
    const shared = entry('a', '20T10:00:00.000');
    const ours = [shared, entry('b', '21T10:00:00.000')];
    const theirs = [{ ...shared, at: '2026-11-20T10:00:00Z' }, entry('c', '20T12:00:00.000'), entry('a', '20T10:00:00.000', 4)];
    const merged = mergeLogs(ours, theirs);
    assert.deepStrictEqual(
      merged.map((e) => `${e.id}${e.grade}`),
      ['a3', 'a4', 'c3', 'b3'],
    );
    assert.deepStrictEqual(mergeLogs(merged, merged), merged);
  });

  it("lists one question's history newest first", () => {
    const entries = [entry('a', '20T10:00:00.000', 1), entry('b', '21T10:00:00.000'), entry('a', '22T10:00:00.000', 4)];
    assert.deepStrictEqual(historyOf(entries, 'a').map((e) => e.grade), [4, 1]);
    assert.deepStrictEqual(historyOf(entries, 'zzz'), []);
  });
});
