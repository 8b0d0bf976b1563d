/**
 * The key-point matcher as it was before the grader (bag of stemmed words, 60% of terms), kept
 * only so the benchmark can print the "before" figures beside the grader's.
 */

import type { KeyPoint } from '../../src/core/deck/model';
import { lightStem } from '../../src/core/grading/stem';

export interface KeyPointMatch {
  /** The key point as written in the deck (Markdown). */
  keyPoint: string;
  covered: boolean;
  /** The key point's significant terms found in the answer, as written in the key point. */
  matched: string[];
  /** Its significant terms not found. */
  missing: string[];
}

/**
 * A key point is covered when at least this share of its distinct significant terms is in the
 * answer, rounded up, and at least one: 1 term needs 1, 2 need 2, 3 need 2, 4 need 3, 5 need 3.
 */
export const COVERAGE_THRESHOLD = 0.6;

export function requiredTerms(termCount: number): number {
  // The epsilon keeps 0.6 × 5 = 3.0000000000000004 from rounding up to 4.
  return Math.max(1, Math.ceil(termCount * COVERAGE_THRESHOLD - 1e-9));
}

/** Canonical term → alternatives, each possibly several words: `{ jwt: ['json web token'] }`. */
export type Synonyms = Readonly<Record<string, readonly string[]>>;

/** The normalised, stemmed significant terms of `text`, in order (synonyms not applied). */
export function normaliseTerms(text: string): string[] {
  return significant(tokenise(text)).map((t) => t.key);
}

export function matchKeyPoints(answer: string, keyPoints: readonly KeyPoint[], synonyms?: Synonyms): KeyPointMatch[] {
  const phrases = synonymPhrases(synonyms ?? {});
  const answerTokens = tokenise(answer);
  const answerKeys = new Set(applySynonyms(significant(answerTokens), phrases).map((t) => t.key));
  // A code name in a key point (`select_related`) also matches when typed with spaces.
  for (const joined of joinedWords(answerTokens)) answerKeys.add(joined);

  // A key point made only of stop words ("It is what it is") is matched on all its words.
  const allAnswerKeys = new Set(answerTokens.map((t) => t.key));

  return keyPoints.map(({ text: keyPoint }) => {
    const tokens = tokenise(keyPoint);
    const onlyStopWords = significant(tokens).length === 0;
    const terms = applySynonyms(onlyStopWords ? tokens : significant(tokens), phrases);
    const found = onlyStopWords ? allAnswerKeys : answerKeys;
    const distinct = new Map<string, string>();
    for (const term of terms) if (!distinct.has(term.key)) distinct.set(term.key, term.label);
    const matched: string[] = [];
    const missing: string[] = [];
    for (const [key, label] of distinct) (found.has(key) ? matched : missing).push(label);
    const covered = distinct.size > 0 && matched.length >= requiredTerms(distinct.size);
    return { keyPoint, covered, matched, missing };
  });
}

interface Token {
  /** What is compared: the stem, or a synonym group's canonical form. */
  key: string;
  /** What is shown: the words as written (lowercased, Markdown stripped). */
  label: string;
  stop: boolean;
}

/** Markdown that would otherwise leak into terms: links keep their text, code and emphasis marks go. */
function stripMarkdown(text: string): string {
  // Underscore emphasis is handled in tokenise: words lose leading/trailing underscores.
  return text
    .replace(/!?\[([^\]]*)\]\([^)]*\)/g, '$1')
    .replace(/\[([^\]]*)\]\[[^\]]*\]/g, '$1')
    .replace(/<\/?[a-z][^>]*>/gi, ' ')
    .replace(/[`*~]/g, ' ');
}

// A word, optionally glued by + or # so `n+1`, `c++` and `c#` stay whole; `_` stays inside words.
const TOKEN = /(?:[\p{L}\p{N}_]+(?:\+\+?|#)?)+/gu;

function tokenise(text: string): Token[] {
  const folded = stripMarkdown(text)
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/(\p{L})['’](\p{L})/gu, '$1$2'); // don't → dont
  const tokens: Token[] = [];
  for (const match of folded.match(TOKEN) ?? []) {
    const word = match.replace(/^_+|_+$/g, '');
    if (!word) continue;
    const number = NUMBER_WORDS[word];
    const stop = STOP_WORDS.has(word) || (/^\p{L}$/u.test(word) && number === undefined);
    tokens.push({ key: number ?? stem(word), label: word, stop });
  }
  return tokens;
}

function significant(tokens: Token[]): Token[] {
  return tokens.filter((t) => !t.stop);
}

/** `select related` → `select_related`, `get or create` → `get_or_create` (pairs and triples). */
function joinedWords(tokens: Token[]): string[] {
  const joined: string[] = [];
  for (let i = 0; i < tokens.length; i++) {
    if (i + 1 < tokens.length) joined.push(`${tokens[i].label}_${tokens[i + 1].label}`);
    if (i + 2 < tokens.length) joined.push(`${tokens[i].label}_${tokens[i + 1].label}_${tokens[i + 2].label}`);
  }
  return joined;
}

interface Phrase {
  keys: string[];
  canonical: string;
}

/** Every form of every group, longest first so `json web token` wins over `token`. */
function synonymPhrases(synonyms: Synonyms): Phrase[] {
  const phrases: Phrase[] = [];
  for (const [canonicalText, alternatives] of Object.entries(synonyms)) {
    const canonicalKeys = normaliseTerms(canonicalText);
    if (canonicalKeys.length === 0) continue;
    const canonical = `=${canonicalKeys.join(' ')}`; // cannot collide with a plain stem
    for (const form of [canonicalText, ...alternatives]) {
      const keys = normaliseTerms(form);
      if (keys.length > 0) phrases.push({ keys, canonical });
    }
  }
  return phrases.sort((a, b) => b.keys.length - a.keys.length);
}

/** Replaces each occurrence of a synonym form with its group's canonical key, left to right. */
function applySynonyms(tokens: Token[], phrases: Phrase[]): Token[] {
  if (phrases.length === 0) return tokens;
  const out: Token[] = [];
  let i = 0;
  while (i < tokens.length) {
    const phrase = phrases.find((p) => p.keys.every((key, k) => tokens[i + k]?.key === key));
    if (phrase) {
      const words = tokens.slice(i, i + phrase.keys.length);
      out.push({ key: phrase.canonical, label: words.map((t) => t.label).join(' '), stop: false });
      i += phrase.keys.length;
    } else {
      out.push(tokens[i++]);
    }
  }
  return out;
}

/** The old suffix rules, now `lightStem` in the grader (where `--ablate` compares it with Porter2). */
export const stem = lightStem;

const NUMBER_WORDS: Record<string, string> = {
  zero: '0', one: '1', two: '2', three: '3', four: '4', five: '5', six: '6', seven: '7', eight: '8', nine: '9', ten: '10',
};

// Common English function words; negations are here too, since matching is by words, not meaning.
const STOP_WORDS = new Set(
  `a about above after again against all also am an and any are as at be because been before being below between both but by
  can cannot could did do does doing done down during each either else etc eg ie even ever every few for from further
  get gets got had has have having he her here hers him his how however i if in into is it its itself just let lets
  like may me might more most much must my no nor not now of off on once only or other our ours out over own per
  quite rather really same she should since so some such than that thats the their theirs them then there these they
  this those though through thus to too under until up upon us use used uses using very via vs was way we well were
  what when where whether which while who whom whose why will with within without would yet you your yours
  dont doesnt didnt isnt arent wasnt werent cant couldnt shouldnt wont wouldnt hasnt havent hadnt im ive youre theyre
  thing things something basically actually simply`
    .split(/\s+/)
    .filter(Boolean),
);
