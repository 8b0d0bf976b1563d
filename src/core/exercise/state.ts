import { ExerciseStatus } from './model';
import { RunReport } from './report';

/** What is remembered of an exercise between sessions (kept in globalState, synced). */
export interface ExerciseRecord {
  status: 'failing' | 'passing';
  /** ISO time of the last run that produced a verdict. */
  lastRunAt: string;
  runs: number;
  /** ISO time of the first pass, kept once reached. */
  passedAt?: string;
}

/** Keyed by exercise id, in a map with no prototype (ids such as "constructor" are plain keys). */
export type ExerciseStates = Record<string, ExerciseRecord>;

export const emptyExerciseStates = (): ExerciseStates => Object.create(null) as ExerciseStates;

export function statusOf(states: ExerciseStates, id: string): ExerciseStatus {
  return Object.prototype.hasOwnProperty.call(states, id) ? states[id].status : 'untried';
}

/** The states after a run; a run that could not happen (status error) changes nothing. */
export function recordRun(states: ExerciseStates, id: string, report: RunReport, now: Date): ExerciseStates {
  if (report.status === 'error') return states;
  const next = copy(states);
  const previous = Object.prototype.hasOwnProperty.call(states, id) ? states[id] : undefined;
  const at = now.toISOString();
  const passing = report.status === 'passed';
  next[id] = { status: passing ? 'passing' : 'failing', lastRunAt: at, runs: (previous?.runs ?? 0) + 1, passedAt: previous?.passedAt ?? (passing ? at : undefined) };
  if (next[id].passedAt === undefined) delete next[id].passedAt;
  return next;
}

/** Validates stored states: drops what is malformed, and clamps stamps from the future to `now`. */
export function readExerciseStates(raw: unknown, now: Date): ExerciseStates {
  const states = emptyExerciseStates();
  if (!raw || typeof raw !== 'object' || Array.isArray(raw)) return states;
  for (const [id, value] of Object.entries(raw as Record<string, unknown>)) {
    const record = recordOf(value, now);
    if (record) states[id] = record;
  }
  return states;
}

/** Two windows or two machines: per exercise, the later run wins; run counts never go down. */
export function mergeExerciseStates(a: ExerciseStates, b: ExerciseStates): ExerciseStates {
  const merged = copy(a);
  for (const [id, theirs] of Object.entries(b)) {
    const ours = Object.prototype.hasOwnProperty.call(a, id) ? a[id] : undefined;
    const later = !ours || theirs.lastRunAt > ours.lastRunAt ? theirs : ours;
    const passedAt = [ours?.passedAt, theirs.passedAt].filter((t): t is string => !!t).sort()[0];
    merged[id] = { ...later, runs: Math.max(ours?.runs ?? 0, theirs.runs) };
    if (passedAt) merged[id].passedAt = passedAt;
  }
  return merged;
}

function recordOf(value: unknown, now: Date): ExerciseRecord | undefined {
  if (!value || typeof value !== 'object') return undefined;
  const v = value as Record<string, unknown>;
  if (v.status !== 'failing' && v.status !== 'passing') return undefined;
  const lastRunAt = stamp(v.lastRunAt, now);
  if (!lastRunAt) return undefined;
  const runs = typeof v.runs === 'number' && Number.isInteger(v.runs) && v.runs > 0 ? Math.min(v.runs, 1e6) : 1;
  const passedAt = stamp(v.passedAt, now);
  return passedAt ? { status: v.status, lastRunAt, runs, passedAt } : { status: v.status, lastRunAt, runs };
}

function stamp(value: unknown, now: Date): string | undefined {
  if (typeof value !== 'string') return undefined;
  const time = Date.parse(value);
  if (!Number.isFinite(time)) return undefined;
  return new Date(Math.min(time, now.getTime())).toISOString();
}

function copy(states: ExerciseStates): ExerciseStates {
  return Object.assign(emptyExerciseStates(), states);
}
