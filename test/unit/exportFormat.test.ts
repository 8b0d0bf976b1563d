import * as assert from 'assert';
import { StoredCard } from '../../src/core/progress/cardState';
import { EXPORT_FORMAT, ExportFile, buildExport, mergeImport, parseExport } from '../../src/core/progress/exportFormat';
import { PROGRESS_SCHEMA_VERSION, ProgressData } from '../../src/core/progress/progressData';
import { ReviewEntry } from '../../src/core/progress/reviewLog';
import { MockReport } from '../../src/core/quiz/mockInterview';
import { plain } from './builders';

const now = new Date('2026-11-24T10:00:00Z');
const card = (lastReview: string, reps = 1): StoredCard => ({
  due: '2026-12-01T10:00:00.000Z',
  stability: 3,
  difficulty: 5,
  elapsedDays: 0,
  scheduledDays: 7,
  learningSteps: 0,
  reps,
  lapses: 0,
  state: 2,
  lastReview,
});
const progress = (cards: Record<string, StoredCard>): ProgressData => ({ schemaVersion: PROGRESS_SCHEMA_VERSION, cards, removed: {} });
const review = (id: string, at: string, grade: ReviewEntry['grade'] = 3): ReviewEntry => ({ id, at, grade, mode: 'typed' });
const mock = (startedAt: string): MockReport => ({
  startedAt,
  finishedAt: startedAt,
  totalMs: 0,
  perQuestionMs: 180_000,
  questions: [{ id: 'a', prompt: 'A?', topicId: 't', ms: 0, overTime: false, skipped: false, answer: '', modelAnswer: 'A.', coveredKeyPoints: [], missedKeyPoints: ['x'], grade: 2 }],
});

describe('export / import', () => {
  const file = buildExport(progress({ a: card('2026-11-20T10:00:00.000Z') }), [review('a', '2026-11-20T10:00:00.000Z')], now, [mock('2026-11-19T10:00:00.000Z')]);

  it('builds a versioned file that survives JSON and parses back', () => {
    assert.strictEqual(file.format, EXPORT_FORMAT);
    assert.strictEqual(file.version, 1);
    assert.strictEqual(file.exportedAt, now.toISOString());
    const text = JSON.stringify(file);
    assert.deepStrictEqual(plain(parseExport(JSON.parse(text), now)), { file });
    assert.deepStrictEqual(plain(parseExport(text, now)), { file }, 'also accepts the raw text');
    assert.strictEqual(buildExport(progress({}), [], now).mocks, undefined);
  });

  const broken: [string, unknown, RegExp][] = [
    ['text that is not JSON', '{"format":', /not valid JSON/],
    ['an array', [], /not hold a JSON object/],
    ['another format', { ...file, format: 'anki' }, /not an Interview Coach progress file/],
    ['no version', { ...file, version: undefined }, /no valid "version"/],
    ['a newer version', { ...file, version: 2 }, /newer version of Interview Coach \(file version 2\)/],
    ['a bad date', { ...file, exportedAt: 'soon' }, /"exportedAt"/],
    ['no progress', { ...file, progress: undefined }, /no "progress"/],
    ['progress of a newer schema', { ...file, progress: { schemaVersion: 9, cards: {} } }, /"progress" section cannot be used: .*newer version/],
    ['no reviews', { ...file, reviews: 'none' }, /no "reviews" list/],
    ['mocks that are not a list', { ...file, mocks: {} }, /"mocks" .* not a list/],
  ];
  for (const [name, value, pattern] of broken) {
    it(`rejects ${name} with a clear error`, () => {
      const result = parseExport(value, now);
      assert.strictEqual(result.file, undefined);
      assert.match(result.error ?? '', pattern);
    });
  }

  it('sets aside unreadable cards, reviews and mocks with warnings', () => {
    const result = parseExport(
      {
        ...file,
        progress: { schemaVersion: 1, cards: { ...file.progress.cards, bad: { due: 'x' } } },
        reviews: [...file.reviews, { id: 'b', grade: 9 }],
        mocks: [...(file.mocks ?? []), { startedAt: 'x' }],
      },
      now,
    );
    assert.deepStrictEqual(plain(result.file), file);
    assert.deepStrictEqual(result.warnings?.length, 3);
    assert.match(result.warnings?.join('\n') ?? '', /1 stored card.*\n1 review.*\n1 mock interview report/);
  });

  it('merges an import without dropping newer data on either side', () => {
    const current = {
      progress: progress({ a: card('2026-11-23T10:00:00.000Z', 3), c: card('2026-11-22T10:00:00.000Z') }),
      reviews: [review('a', '2026-11-20T10:00:00.000Z'), review('a', '2026-11-23T10:00:00.000Z', 4)],
      mocks: [mock('2026-11-21T10:00:00.000Z')],
    };
    const imported: ExportFile = {
      ...file,
      progress: progress({ a: card('2026-11-20T10:00:00.000Z', 1), b: card('2026-11-18T10:00:00.000Z') }),
      reviews: [review('a', '2026-11-20T10:00:00.000Z'), review('b', '2026-11-18T10:00:00.000Z')],
      mocks: [mock('2026-11-19T10:00:00.000Z'), mock('2026-11-21T10:00:00.000Z')],
    };
    const merged = mergeImport(current, imported);
    assert.strictEqual(merged.progress.cards.a.reps, 3, 'our newer card wins');
    assert.deepStrictEqual(Object.keys(merged.progress.cards).sort(), ['a', 'b', 'c']);
    assert.deepStrictEqual(merged.reviews.map((r) => `${r.id}@${r.at.slice(8, 10)}`), ['b@18', 'a@20', 'a@23']);
    assert.deepStrictEqual(merged.mocks.map((m) => m.startedAt.slice(8, 10)), ['19', '21']);
    // Importing the same file again changes nothing.
    assert.deepStrictEqual(mergeImport(merged, imported), merged);
  });

  it('an imported card reviewed later replaces ours', () => {
    const merged = mergeImport(
      { progress: progress({ a: card('2026-11-20T10:00:00.000Z', 1) }), reviews: [], mocks: [] },
      { ...file, progress: progress({ a: card('2026-11-23T10:00:00.000Z', 2) }), mocks: undefined },
    );
    assert.strictEqual(merged.progress.cards.a.reps, 2);
    assert.deepStrictEqual(merged.mocks, []);
  });
});
