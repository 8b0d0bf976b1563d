/**
 * Reads `vocabulary.yml` (the shared vocabulary of the field, questions/README.md) with each
 * problem at its line, for the grader and for `interview-coach lint`. Total: a broken file gives
 * problems and whatever groups could be read, never an exception.
 */
import { LineCounter, Node, isMap, isScalar, isSeq, parseDocument } from 'yaml';
import { MAX_YAML_ALIASES } from '../deck/limits';
import type { Severity } from '../deck/model';
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
  const lines = new LineCounter();
  const lineOf = (node: unknown) => {
    const range = (node as Node | undefined)?.range;
    return range ? lines.linePos(range[0]).line : 1;
  };
  const doc = parseDocument(text, { lineCounter: lines, prettyErrors: false, uniqueKeys: true });
  for (const error of doc.errors) problems.push({ line: lines.linePos(error.pos[0]).line, severity: 'error', message: `cannot read the vocabulary: ${error.message.split('\n')[0]}` });
  if (doc.errors.length) return { vocabulary: EMPTY_VOCABULARY, problems };
  try {
    doc.toJS({ maxAliasCount: MAX_YAML_ALIASES });
  } catch (error) {
    return failed(1, `cannot read the vocabulary: ${error instanceof Error ? error.message : String(error)}`);
  }
  if (doc.contents === null) return { vocabulary: EMPTY_VOCABULARY, problems };
  if (!isMap(doc.contents)) return failed(lineOf(doc.contents), 'the vocabulary must be a mapping with "same:" and "opposite:" lists');
  for (const pair of doc.contents.items) {
    const key = isScalar(pair.key) ? String(pair.key.value) : '';
    if (!(KEYS as readonly string[]).includes(key)) problems.push({ line: lineOf(pair.key), severity: 'warning', message: `unknown key "${key}": use same or opposite` });
  }
  const report: Report = (line, message, severity = 'error') => problems.push({ line, severity, message });
  const same = groups(doc.get('same', true), 'same', lineOf, report);
  const opposite = groups(doc.get('opposite', true), 'opposite', lineOf, report).filter((pair) => {
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
function groups(list: unknown, key: string, lineOf: (node: unknown) => number, report: Report): Group[] {
  if (list === undefined || (isScalar(list) && list.value === null)) return [];
  if (!isSeq(list)) {
    report(lineOf(list), `"${key}" must be a list of lists of phrases, like - [foreign key, fk]`);
    return [];
  }
  const out: Group[] = [];
  list.items.forEach((item, i) => {
    const phrases = isSeq(item) ? item.items.map((p) => (isScalar(p) && (typeof p.value === 'string' || typeof p.value === 'number') ? String(p.value) : undefined)) : undefined;
    if (phrases && phrases.every((p): p is string => p !== undefined)) out.push({ phrases, line: lineOf(item) });
    else report(lineOf(item), `${key} #${i + 1}: a group is a list of phrases, like [foreign key, fk]`);
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
