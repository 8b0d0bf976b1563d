/**
 * Reads `vocabulary.yml` (the shared vocabulary of the field, questions/README.md) with each
 * problem at its line, for the grader and for `interview-coach lint`. Total: a broken file gives
 * problems and whatever groups could be read, never an exception.
 */
import { MAX_YAML_ALIASES } from '../deck/limits';
import type { Severity } from '../deck/model';
import { blockListItemLines, readYaml, topLevelKeyLines } from '../deck/yaml';
import { porter2Stem } from './stem';
import { tokenise } from './text';
import { EMPTY_VOCABULARY, VocabularySource } from './vocabulary';

export interface VocabularyProblem {
  /** 1-based line in the file. */
  line: number;
  severity: Severity;
  message: string;
}

export interface ParsedVocabulary {
  vocabulary: VocabularySource;
  problems: VocabularyProblem[];
}

/** The file is a few KB; a far larger one is not a vocabulary. */
export const MAX_VOCABULARY_CHARS = 1024 * 1024;

const KEYS = ['same', 'opposite'] as const;

export function parseVocabulary(text: string): ParsedVocabulary {
  const problems: VocabularyProblem[] = [];
  const failed = (line: number, message: string): ParsedVocabulary => ({ vocabulary: EMPTY_VOCABULARY, problems: [...problems, { line, severity: 'error', message }] });
  if (text.length > MAX_VOCABULARY_CHARS) return failed(1, `the vocabulary is over ${MAX_VOCABULARY_CHARS / 1024} KB, so it is not read`);
  const read = readYaml(text, { maxAliases: MAX_YAML_ALIASES });
  if (read.problem) return failed(read.problem.line + 1, `cannot read the vocabulary: ${read.problem.message}`);
  const data = read.value;
  if (data === null || data === undefined) return { vocabulary: EMPTY_VOCABULARY, problems };
  if (typeof data !== 'object' || Array.isArray(data)) return failed(1, 'the vocabulary must be a mapping with "same:" and "opposite:" lists');
  // Lines as the file is written (block style: `same:` then `- [a, b]` lines); otherwise the key's, or 1.
  const keyLines = topLevelKeyLines(text);
  const keyLine = (key: string) => keyLines.get(key) ?? 1;
  const values = data as Record<string, unknown>;
  for (const key of Object.keys(values)) {
    if (!(KEYS as readonly string[]).includes(key)) problems.push({ line: keyLine(key), severity: 'warning', message: `unknown key "${key}": use same or opposite` });
  }
  const report: Report = (line, message, severity = 'error') => problems.push({ line, severity, message });
  const listOf = (key: string) => groups(values[key], key, keyLine(key), blockListItemLines(text, key), report);
  const same = listOf('same');
  const opposite = listOf('opposite').filter((pair) => {
    if (pair.phrases.length === 2) return true;
    report(pair.line, 'a pair of opposites has exactly two phrases, like [stateless, stateful]');
    return false;
  });
  checkPhrases(same, report);
  return { vocabulary: { same: same.map((g) => g.phrases), opposite: opposite.map((g) => g.phrases as [string, string]) }, problems };
}

type Report = (line: number, message: string, severity?: Severity) => void;

interface Group {
  phrases: string[];
  line: number;
}

/** Each item of a `same:`/`opposite:` list: a list of phrases. */
function groups(list: unknown, key: string, listLine: number, itemLines: number[], report: Report): Group[] {
  if (list === undefined || list === null) return [];
  if (!Array.isArray(list)) {
    report(listLine, `"${key}" must be a list of lists of phrases, like - [foreign key, fk]`);
    return [];
  }
  const out: Group[] = [];
  list.forEach((item: unknown, i) => {
    const line = itemLines[i] ?? listLine;
    const phrases = Array.isArray(item) ? item.map((p: unknown) => (typeof p === 'string' || typeof p === 'number' ? String(p) : undefined)) : undefined;
    if (phrases && phrases.every((p): p is string => p !== undefined)) out.push({ phrases, line });
    else report(line, `${key} #${i + 1}: a group is a list of phrases, like [foreign key, fk]`);
  });
  return out;
}

/** Phrases that cannot match anything (only function words), one-phrase groups, and a phrase in two groups (the later one wins). */
function checkPhrases(same: Group[], report: Report): void {
  const seen = new Map<string, number>();
  for (const { phrases, line } of same) {
    const keys = phrases.map((phrase) => tokenise(phrase, porter2Stem).filter((t) => !t.stop).map((t) => t.key).join(' '));
    keys.forEach((k, i) => {
      if (!k) report(line, `"${phrases[i]}" has only function words, so it never matches: write the term itself`);
    });
    if (keys.filter(Boolean).length < 2) report(line, `the group [${phrases.join(', ')}] needs at least two phrases that mean the same`, 'warning');
    for (const k of new Set(keys.filter(Boolean))) {
      const earlier = seen.get(k);
      if (earlier !== undefined) report(line, `"${phrases[keys.indexOf(k)]}" is also in the group on line ${earlier}: a phrase belongs to one group`, 'warning');
      else seen.set(k, line);
    }
  }
}
