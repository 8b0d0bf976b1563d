/**
 * The review log: one JSON line per grade, appended, never rewritten in place except to bound it.
 * Appending a line is cheap and two windows appending to the same file lose nothing; reading is
 * tolerant, because a crash can tear the last line.
 */
import { Grade } from './interval';

export type ReviewMode = 'typed' | 'flashcard' | 'mock';
export const REVIEW_MODES: readonly ReviewMode[] = ['typed', 'flashcard', 'mock'];

export interface ReviewEntry {
  /** Question id. */
  id: string;
  /** When it was graded (ISO). */
  at: string;
  grade: Grade;
  /** What the user wrote, at most MAX_ANSWER_CHARS. */
  answer?: string;
  mode: ReviewMode;
  /** Time spent on the question. */
  ms?: number;
  /** Typed answers: key points (by position) the user marked "I did cover this". */
  coveredByUser?: number[];
  /** Typed answers: the grade the key points' coverage suggested. */
  suggestedGrade?: Grade;
}

/** Long enough for a thorough interview answer; keeps one entry under a few KB. */
export const MAX_ANSWER_CHARS = 4000;
/** The log keeps this many newest entries by default (years of daily practice). */
export const DEFAULT_MAX_ENTRIES = 10_000;

/** One line, newline included, ready to append. `id` comes first so a torn line can be resynced on. */
export function serialiseEntry(entry: ReviewEntry): string {
  const line: ReviewEntry = { id: entry.id, at: entry.at, grade: entry.grade, mode: entry.mode };
  if (entry.answer !== undefined) line.answer = capAnswer(entry.answer);
  if (entry.ms !== undefined) line.ms = Math.max(0, Math.round(entry.ms));
  if (entry.coveredByUser?.length) line.coveredByUser = [...entry.coveredByUser];
  if (entry.suggestedGrade !== undefined) line.suggestedGrade = entry.suggestedGrade;
  return JSON.stringify(line) + '\n';
}

/** The whole log as file text, e.g. after bounding it. */
export function serialiseLog(entries: readonly ReviewEntry[]): string {
  return entries.map(serialiseEntry).join('');
}

export function capAnswer(answer: string): string {
  if (answer.length <= MAX_ANSWER_CHARS) return answer;
  let cut = answer.slice(0, MAX_ANSWER_CHARS - 1);
  // Do not leave half of a surrogate pair behind.
  if (/[\uD800-\uDBFF]$/.test(cut)) cut = cut.slice(0, -1);
  return cut + '…';
}

/** Checks one parsed value; undefined when it is not a usable entry. */
export function toReviewEntry(value: unknown): ReviewEntry | undefined {
  if (!value || typeof value !== 'object' || Array.isArray(value)) return undefined;
  const v = value as Record<string, unknown>;
  if (typeof v.id !== 'string' || v.id === '') return undefined;
  if (typeof v.at !== 'string' || Number.isNaN(Date.parse(v.at))) return undefined;
  if (v.grade !== 1 && v.grade !== 2 && v.grade !== 3 && v.grade !== 4) return undefined;
  if (!REVIEW_MODES.includes(v.mode as ReviewMode)) return undefined;
  if (v.answer !== undefined && typeof v.answer !== 'string') return undefined;
  if (v.ms !== undefined && (typeof v.ms !== 'number' || !Number.isFinite(v.ms) || v.ms < 0)) return undefined;
  const entry: ReviewEntry = { id: v.id, at: v.at, grade: v.grade, mode: v.mode as ReviewMode };
  if (v.answer !== undefined) entry.answer = capAnswer(v.answer as string);
  if (v.ms !== undefined) entry.ms = v.ms as number;
  if (Array.isArray(v.coveredByUser) && v.coveredByUser.every((i) => Number.isInteger(i) && i >= 0)) entry.coveredByUser = v.coveredByUser as number[];
  if (v.suggestedGrade === 1 || v.suggestedGrade === 2 || v.suggestedGrade === 3 || v.suggestedGrade === 4) entry.suggestedGrade = v.suggestedGrade;
  return entry;
}

/**
 * Reads the log file. Blank lines are ignored; unreadable lines are counted, not fatal. A line where
 * a torn write was followed by a good append (`{"id":"a","at{"id":"b",…}`) still yields the good one.
 * An unreadable last line with no newline is an append in progress (another window) or one a crash
 * cut short: it is reported as `tornTail`, not counted as skipped, and the next append starts a new line.
 */
export function parseReviewLog(text: string): { entries: ReviewEntry[]; skipped: number; tornTail: boolean } {
  const entries: ReviewEntry[] = [];
  let skipped = 0;
  let tornTail = false;
  const lines = text.split('\n');
  lines.forEach((raw, index) => {
    const line = raw.trim();
    if (!line) return;
    const entry = parseLine(line);
    if (entry) entries.push(entry);
    else if (index === lines.length - 1) tornTail = true;
    else skipped++;
  });
  return { entries, skipped, tornTail };
}

function parseLine(line: string): ReviewEntry | undefined {
  const direct = tryParse(line);
  if (direct) return direct;
  const resync = line.lastIndexOf('{"id":');
  return resync > 0 ? tryParse(line.slice(resync)) : undefined;
}

function tryParse(line: string): ReviewEntry | undefined {
  try {
    return toReviewEntry(JSON.parse(line));
  } catch {
    return undefined;
  }
}

/** Oldest first; entries at the same moment keep their order. */
export function sortByTime(entries: readonly ReviewEntry[]): ReviewEntry[] {
  return entries
    .map((entry, order) => ({ entry, order, time: Date.parse(entry.at) }))
    .sort((a, b) => a.time - b.time || a.order - b.order)
    .map(({ entry }) => entry);
}

/** Keeps the newest `maxEntries`, oldest first. */
export function boundLog(entries: readonly ReviewEntry[], maxEntries = DEFAULT_MAX_ENTRIES): ReviewEntry[] {
  if (maxEntries <= 0) return [];
  const sorted = sortByTime(entries);
  return sorted.length > maxEntries ? sorted.slice(sorted.length - maxEntries) : sorted;
}

/**
 * Two copies of the log (another window's, an import) as one, oldest first. The same review is
 * the same (id, time, grade); the first copy's entry is kept.
 */
export function mergeLogs(a: readonly ReviewEntry[], b: readonly ReviewEntry[]): ReviewEntry[] {
  const seen = new Set<string>();
  const merged: ReviewEntry[] = [];
  for (const entry of [...a, ...b]) {
    const key = `${entry.id}\u0000${Date.parse(entry.at)}\u0000${entry.grade}`;
    if (seen.has(key)) continue;
    seen.add(key);
    merged.push(entry);
  }
  return sortByTime(merged);
}

/** One question's reviews, newest first, for "review past answers". */
export function historyOf(entries: readonly ReviewEntry[], questionId: string): ReviewEntry[] {
  return sortByTime(entries.filter((e) => e.id === questionId)).reverse();
}
