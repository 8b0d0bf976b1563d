import * as path from 'path';
import { DeckDiagnostic, ID_PATTERN, Severity } from '../deck/model';
import { readYaml, topLevelKeyLines } from '../deck/yaml';
import { DEFAULT_TIMEOUT_SECONDS, EXERCISE_MANIFEST, Exercise, ExerciseListing, MAX_TIMEOUT_SECONDS } from './model';

export interface ParsedExercise {
  exercise: Exercise | undefined;
  diagnostics: DeckDiagnostic[];
}

const KEYS = new Set(['id', 'question', 'title', 'brief', 'main', 'hints', 'timeout']);
const MAX_MANIFEST_CHARS = 64 * 1024;

/**
 * Reads one exercise folder's `exercise.yml` against what the folder holds (questions/README.md,
 * "Exercises"). Pure and total: problems are diagnostics at the manifest's lines, never exceptions.
 */
export function parseExercise(text: string, folder: string, listing: ExerciseListing): ParsedExercise {
  const file = path.join(folder, EXERCISE_MANIFEST);
  const diagnostics: DeckDiagnostic[] = [];
  const report = (line: number, message: string, severity: Severity = 'error') => diagnostics.push({ file, line, severity, message });
  if (text.length > MAX_MANIFEST_CHARS) {
    report(1, `${EXERCISE_MANIFEST} is over ${MAX_MANIFEST_CHARS / 1024} KB: keep it to the metadata.`);
    return { exercise: undefined, diagnostics };
  }
  const read = readYaml(text, { maxAliases: 10 });
  if (read.problem) {
    const { line, kind, message } = read.problem;
    report(line + 1, kind === 'too-large' || kind === 'too-many-aliases' ? `${EXERCISE_MANIFEST} cannot be read: ${message}` : `${EXERCISE_MANIFEST} is not valid YAML: ${message}`);
    return { exercise: undefined, diagnostics };
  }
  const data = read.value;
  if (!data || typeof data !== 'object' || Array.isArray(data)) {
    report(1, `${EXERCISE_MANIFEST} must be a mapping of id, question, title, brief, main and hints.`);
    return { exercise: undefined, diagnostics };
  }
  const values = data as Record<string, unknown>;
  const keyLines = topLevelKeyLines(text);
  const keyLine = (key: string) => keyLines.get(key) ?? 1;
  for (const key of Object.keys(values)) {
    if (!KEYS.has(key)) report(keyLine(key), `Unknown key "${key}": use ${[...KEYS].join(', ')}.`, 'warning');
  }
  const textOf = (key: string): string | undefined => {
    const value = values[key];
    if (typeof value === 'string' && value.trim()) return value.trim();
    report(value === undefined ? 1 : keyLine(key), value === undefined ? `${EXERCISE_MANIFEST} has no "${key}".` : `"${key}" must be text.`);
    return undefined;
  };
  const id = textOf('id');
  const questionId = textOf('question');
  const title = textOf('title');
  const brief = textOf('brief');
  const main = textOf('main');
  if (id && !ID_PATTERN.test(id)) report(keyLine('id'), `Exercise id "${id}" must be lowercase letters, digits and dashes.`);
  if (id && id !== path.basename(folder)) report(keyLine('id'), `Exercise id "${id}" must be the name of its folder ("${path.basename(folder)}").`);
  const hints = readHints(values.hints, () => keyLine('hints'), report);
  const timeoutSeconds = readTimeout(values.timeout, () => keyLine('timeout'), report);
  const files = checkListing(listing, main, () => keyLine('main'), report);
  const usable = id && ID_PATTERN.test(id) && id === path.basename(folder) && questionId && title && brief && main && files;
  if (!usable) return { exercise: undefined, diagnostics };
  return { exercise: { id, questionId, questionLine: keyLine('question'), title, brief, main, hints, timeoutSeconds, folder, files }, diagnostics };
}

type Report = (line: number, message: string, severity?: Severity) => void;

function readHints(value: unknown, line: () => number, report: Report): string[] {
  if (value === undefined) return [];
  if (Array.isArray(value) && value.every((hint) => typeof hint === 'string' && hint.trim())) return value.map((hint: string) => hint.trim());
  report(line(), '"hints" must be a list of sentences.');
  return [];
}

function readTimeout(value: unknown, line: () => number, report: Report): number {
  if (value === undefined) return DEFAULT_TIMEOUT_SECONDS;
  if (typeof value === 'number' && Number.isFinite(value) && value >= 1 && value <= MAX_TIMEOUT_SECONDS) return value;
  report(line(), `"timeout" must be a number of seconds from 1 to ${MAX_TIMEOUT_SECONDS}.`);
  return DEFAULT_TIMEOUT_SECONDS;
}

/** The starter's files when the folder has what an exercise needs; diagnostics otherwise. */
function checkListing(listing: ExerciseListing, main: string | undefined, mainLine: () => number, report: Report): string[] | undefined {
  let ok = true;
  for (const part of ['starter', 'solution', 'checks'] as const) {
    if (listing[part] === undefined || listing[part]!.length === 0) {
      report(1, `The exercise has no ${part}/ folder with files in it.`);
      ok = false;
    }
  }
  if (listing.checks && listing.checks.length > 0 && !listing.checks.some((f) => /(^|\/)test_[^/]*\.py$/.test(f))) {
    report(1, 'checks/ holds no test_*.py file.');
    ok = false;
  }
  const starter = listing.starter ?? [];
  if (main && starter.length > 0 && !starter.includes(main)) {
    report(mainLine(), `"main" names ${main}, which is not in starter/.`);
    ok = false;
  }
  const missing = starter.filter((f) => !(listing.solution ?? []).includes(f));
  if (listing.solution && missing.length > 0) report(1, `solution/ lacks ${missing.join(', ')}: it holds the same files as starter/, fixed.`, 'warning');
  return ok ? [...starter].sort() : undefined;
}
