/**
 * The Export/Import Progress file: card states, the review log and past mock interviews in one
 * versioned JSON document. Importing merges (latest review wins per card, logs are unioned), so
 * importing an old file never undoes newer practice.
 */
import { MockQuestionReport, MockReport } from '../quiz/mockInterview';
import { ProgressData, mergeProgress, readProgress } from './progressData';
import { ReviewEntry, mergeLogs, toReviewEntry } from './reviewLog';

export const EXPORT_FORMAT = 'interview-coach-progress';
export const EXPORT_VERSION = 1;

export interface ExportFile {
  format: typeof EXPORT_FORMAT;
  version: typeof EXPORT_VERSION;
  exportedAt: string;
  progress: ProgressData;
  reviews: ReviewEntry[];
  mocks?: MockReport[];
}

/** What the extension holds and what an import produces. */
export interface ProgressBundle {
  progress: ProgressData;
  reviews: ReviewEntry[];
  mocks: MockReport[];
}

export function buildExport(progress: ProgressData, reviews: readonly ReviewEntry[], now: Date, mocks: readonly MockReport[] = []): ExportFile {
  const file: ExportFile = { format: EXPORT_FORMAT, version: EXPORT_VERSION, exportedAt: now.toISOString(), progress, reviews: [...reviews] };
  if (mocks.length) file.mocks = [...mocks];
  return file;
}

export interface ParsedExport {
  file?: ExportFile;
  /** Why the file cannot be imported at all; nothing should be merged. */
  error?: string;
  /** Parts set aside while the rest imports (an unreadable card, review or mock). */
  warnings?: string[];
}

/** Validates a parsed JSON value (or the file's text); times too far after `now` are dropped (see readProgress). Never throws. */
export function parseExport(json: unknown, now: Date): ParsedExport {
  let value = json;
  if (typeof value === 'string') {
    try {
      value = JSON.parse(value);
    } catch {
      return { error: 'The file is not valid JSON.' };
    }
  }
  if (!value || typeof value !== 'object' || Array.isArray(value)) return { error: 'The file does not hold a JSON object.' };
  const v = value as Record<string, unknown>;
  if (v.format !== EXPORT_FORMAT) return { error: 'This is not an Interview Coach progress file (its "format" is not "interview-coach-progress").' };
  if (typeof v.version !== 'number' || !Number.isInteger(v.version) || v.version < 1) return { error: 'The progress file has no valid "version".' };
  if (v.version > EXPORT_VERSION) return { error: `The progress file was written by a newer version of Interview Coach (file version ${v.version}).` };
  if (typeof v.exportedAt !== 'string' || Number.isNaN(Date.parse(v.exportedAt))) return { error: 'The progress file has no valid "exportedAt" date.' };
  if (v.progress === undefined || v.progress === null) return { error: 'The progress file has no "progress".' };
  const progress = readProgress(v.progress, now);
  const warnings: string[] = [];
  if (progress.problem) {
    // Set-aside cards still leave a usable store; anything else means the section is unusable.
    if (!/were unreadable/.test(progress.problem)) return { error: `The "progress" section cannot be used: ${progress.problem}` };
    warnings.push(progress.problem);
  }
  if (!Array.isArray(v.reviews)) return { error: 'The progress file has no "reviews" list.' };
  const reviews = v.reviews.map(toReviewEntry).filter((e): e is ReviewEntry => e !== undefined);
  if (reviews.length < v.reviews.length) warnings.push(`${v.reviews.length - reviews.length} review(s) were unreadable and were set aside.`);
  const file: ExportFile = { format: EXPORT_FORMAT, version: EXPORT_VERSION, exportedAt: v.exportedAt, progress: progress.data, reviews };
  if (v.mocks !== undefined) {
    if (!Array.isArray(v.mocks)) return { error: 'The "mocks" section of the progress file is not a list.' };
    const mocks = v.mocks.filter(isMockReport);
    if (mocks.length < v.mocks.length) warnings.push(`${v.mocks.length - mocks.length} mock interview report(s) were unreadable and were set aside.`);
    file.mocks = mocks;
  }
  return warnings.length ? { file, warnings } : { file };
}

/** Current data plus an imported file; nothing newer on either side is lost. */
export function mergeImport(current: ProgressBundle, imported: ExportFile): ProgressBundle {
  return {
    progress: mergeProgress(current.progress, imported.progress),
    reviews: mergeLogs(current.reviews, imported.reviews),
    mocks: mergeMocks(current.mocks, imported.mocks ?? []),
  };
}

/** Past mock interviews, oldest first; the same interview (same start) is kept once. */
export function mergeMocks(a: readonly MockReport[], b: readonly MockReport[]): MockReport[] {
  const byStart = new Map<number, MockReport>();
  for (const mock of [...a, ...b]) {
    const key = Date.parse(mock.startedAt);
    if (!byStart.has(key)) byStart.set(key, mock);
  }
  return [...byStart.entries()].sort(([x], [y]) => x - y).map(([, mock]) => mock);
}

/**
 * An ISO 8601 UTC time as `toISOString` writes it. Stricter than `Date.parse`, which also takes
 * "(a/b) 1 Oct 2026": a mock's start time names its file, so it must never hold a path separator.
 */
const ISO_UTC = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d{1,3})?Z$/;
export const isIsoTime = (x: unknown): x is string => typeof x === 'string' && ISO_UTC.test(x) && !Number.isNaN(Date.parse(x));
const isDate = isIsoTime;

/** The report's file name: its start time with `:` and `.` replaced, e.g. `2026-11-24T10-00-00-000Z.json`. */
export function mockReportFileName(report: MockReport): string {
  return `${new Date(Date.parse(report.startedAt)).toISOString().replace(/[:.]/g, '-')}.json`;
}
const isCount = (x: unknown) => typeof x === 'number' && Number.isFinite(x) && x >= 0;
const isStrings = (x: unknown) => Array.isArray(x) && x.every((s) => typeof s === 'string');

export function isMockReport(value: unknown): value is MockReport {
  if (!value || typeof value !== 'object') return false;
  const m = value as Record<string, unknown>;
  return isDate(m.startedAt) && isDate(m.finishedAt) && isCount(m.totalMs) && isCount(m.perQuestionMs) && Array.isArray(m.questions) && m.questions.every(isMockQuestion);
}

function isMockQuestion(value: unknown): value is MockQuestionReport {
  if (!value || typeof value !== 'object') return false;
  const q = value as Record<string, unknown>;
  return (
    ['id', 'prompt', 'topicId', 'answer', 'modelAnswer'].every((key) => typeof q[key] === 'string') &&
    isCount(q.ms) &&
    typeof q.overTime === 'boolean' &&
    typeof q.skipped === 'boolean' &&
    isStrings(q.coveredKeyPoints) &&
    isStrings(q.missedKeyPoints) &&
    (q.grade === undefined || [1, 2, 3, 4].includes(q.grade as number))
  );
}
