/**
 * THE YAML reader of the decks' front matter, exercise manifests and the shared vocabulary:
 * js-yaml (a third of the `yaml` package's size in the bundle) with the YAML 1.2 core schema, so
 * dates and `<<` stay plain text as before. Total: a problem is returned with its line, never thrown.
 * Aliases are counted as they are read, and the value's size with aliases expanded is measured
 * without expanding it (a "billion laughs" document is refused, not walked).
 */
import { CORE_SCHEMA, LoaderState, YAMLException, load } from 'js-yaml';

export interface YamlProblem {
  /** 0-based line in the YAML text. */
  line: number;
  message: string;
  kind: 'syntax' | 'unknown-alias' | 'duplicate-key' | 'too-many-aliases' | 'too-large' | 'too-deep';
  /** The alias name (unknown-alias) or the key (duplicate-key). */
  name?: string;
}

export type YamlResult = { value: unknown; problem?: undefined } | { value?: undefined; problem: YamlProblem };

export interface YamlLimits {
  /** Alias uses allowed in one document (each is cheap here, but a deck has no need of many). */
  maxAliases?: number;
  /** Nodes that aliases may add once expanded, beyond the document's own. */
  maxExpandedNodes?: number;
}

const MAX_DEPTH = 100;
export const EXCESSIVE_ALIASES = 'Excessive alias count indicates a resource exhaustion attack';

export function readYaml(text: string, limits: YamlLimits = {}): YamlResult {
  const lines = lineStarts(text);
  const aliasLines: number[] = [];
  const listener = (event: 'open' | 'close', state: LoaderState) => {
    // An alias is the one node that closes with no kind and a value (an empty node has none).
    if (event === 'close' && state.kind === null && state.result !== null) aliasLines.push(lineAt(lines, lastNonSpace(state.input, state.position)));
  };
  let value: unknown;
  try {
    value = load(text, { schema: CORE_SCHEMA, maxDepth: MAX_DEPTH, listener });
  } catch (error) {
    return { problem: problemOf(error, text) };
  }
  const maxAliases = limits.maxAliases ?? Infinity;
  if (aliasLines.length > maxAliases) {
    return { problem: { line: aliasLines[maxAliases], message: `more than ${maxAliases} aliases`, kind: 'too-many-aliases' } };
  }
  if (aliasLines.length > 0 && expandedSize(value) > distinctSize(value) + (limits.maxExpandedNodes ?? 10_000)) {
    return { problem: { line: 0, message: EXCESSIVE_ALIASES, kind: 'too-large' } };
  }
  return { value };
}

function problemOf(error: unknown, text: string): YamlProblem {
  if (!(error instanceof YAMLException)) throw error;
  // "unexpected end of the stream" is marked past the last line: point at the last written one.
  const line = Math.min(error.mark?.line ?? 0, lastWrittenLine(text));
  const alias = /^unidentified alias "(.*)"$/.exec(error.reason);
  if (alias) return { line, message: error.reason, kind: 'unknown-alias', name: alias[1] };
  if (error.reason === 'duplicated mapping key') {
    return { line, message: error.reason, kind: 'duplicate-key', name: keyAt(text, error.mark?.position ?? 0) };
  }
  if (error.reason.startsWith('nesting exceeded maxDepth')) return { line, message: error.reason, kind: 'too-deep' };
  return { line, message: error.reason, kind: 'syntax' };
}

/** The mapping key written at `position` (js-yaml points a duplicate key's error at its start). */
function keyAt(text: string, position: number): string {
  const match = /^(?:"((?:[^"\\\n]|\\.)*)"|'((?:[^'\n]|'')*)'|([^\n]*?))\s*:(?:\s|$)/.exec(text.slice(position, position + 1000));
  if (!match) return text.slice(position).split('\n')[0].trim();
  return match[1] ?? match[2]?.replace(/''/g, "'") ?? match[3].trim();
}

function lastWrittenLine(text: string): number {
  const lines = text.split('\n');
  let last = lines.length - 1;
  while (last > 0 && lines[last].trim() === '') last--;
  return last;
}

function lineStarts(text: string): number[] {
  const starts = [0];
  for (let i = text.indexOf('\n'); i >= 0; i = text.indexOf('\n', i + 1)) starts.push(i + 1);
  return starts;
}

function lineAt(starts: number[], position: number): number {
  let low = 0;
  let high = starts.length - 1;
  while (low < high) {
    const middle = (low + high + 1) >> 1;
    if (starts[middle] <= position) low = middle;
    else high = middle - 1;
  }
  return low;
}

/** The position of the last character before `position` that is not white space (a node's end). */
function lastNonSpace(input: string, position: number): number {
  let p = Math.min(position, input.length) - 1;
  while (p > 0 && /\s/.test(input[p])) p--;
  return Math.max(p, 0);
}

/** Nodes in the value as a tree, each alias expanded: counted once per distinct object (memoised). */
function expandedSize(value: unknown, memo = new Map<object, number>()): number {
  if (value === null || typeof value !== 'object') return 1;
  const known = memo.get(value);
  if (known !== undefined) return known;
  memo.set(value, 1); // a cycle (an alias inside its own anchor) counts once
  let size = 1;
  for (const child of Object.values(value)) size += expandedSize(child, memo);
  memo.set(value, size);
  return size;
}

/** Nodes in the value with each distinct object counted once (as written). */
function distinctSize(value: unknown, seen = new Set<object>()): number {
  if (value === null || typeof value !== 'object' || seen.has(value)) return 1;
  seen.add(value);
  let size = 1;
  for (const child of Object.values(value)) size += distinctSize(child, seen);
  return size;
}

/**
 * The 1-based line of each top-level key written in block style (`key:` at the start of a line, as
 * manifests are written); a key written otherwise (in a `{...}` mapping) is reported at line 1.
 */
export function topLevelKeyLines(text: string): Map<string, number> {
  const lines = new Map<string, number>();
  text.split(/\r?\n/).forEach((line, index) => {
    const match = /^(?:"([^"\\]*)"|'([^']*)'|([^\s#:'"{[\]}\-?][^:#]*?))\s*:(?:\s|$)/.exec(line);
    const key = match && (match[1] ?? match[2] ?? match[3]);
    if (key !== undefined && key !== null && !lines.has(key)) lines.set(key, index + 1);
  });
  return lines;
}

/**
 * The 1-based lines of the items of a top-level key's block list (`key:` then `- …` lines, as the
 * vocabulary is written), in order; empty when the list is written otherwise.
 */
export function blockListItemLines(text: string, key: string): number[] {
  const lines = text.split(/\r?\n/);
  const start = topLevelKeyLines(text).get(key);
  if (start === undefined) return [];
  const items: number[] = [];
  let indent: number | undefined;
  for (let i = start; i < lines.length; i++) {
    const line = lines[i];
    if (/^[^\s#-]/.test(line)) break; // the next top-level key
    const item = /^(\s*)-(?:\s|$)/.exec(line);
    if (!item) continue;
    indent ??= item[1].length;
    if (item[1].length === indent) items.push(i + 1);
  }
  return items;
}
