/**
 * The key-point matcher as it was before the grader (bag of stemmed words, 60% of terms), kept
 * only so the benchmark can print the "before" figures beside the grader's.
 */

import type { KeyPoint } from '../../src/core/deck/model';

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

/**
 * A light suffix stemmer for English prose. It only has to map a word's forms to the same key
 * (cache, caches, cached, caching → cach), not produce real words. Code-like tokens
 * (`select_related`, `n+1`, `401`) are left alone.
 */
export function stem(word: string): string {
  if (!/^[a-z]+$/.test(word) || word.length < 3) return word;
  let w = word;
  // British and American spellings meet: normalise, normalised, normalisation → normaliz…
  w = w.replace(/^([a-z]{4,})is(e|ed|es|ing|ation|ations)$/, '$1iz$2');
  // Plurals.
  if (w.endsWith('ies') && w.length > 4) w = w.slice(0, -3) + 'i';
  else if (w.endsWith('s') && !/(ss|us|is)$/.test(w)) w = w.slice(0, -1);
  // Verb endings, only when a real stem with a vowel remains (string, thing, red stay whole).
  if (w.endsWith('ied') && w.length > 4) w = w.slice(0, -3) + 'i';
  else if (w.endsWith('ing') && hasVowelStem(w.slice(0, -3))) w = w.slice(0, -3);
  else if (w.endsWith('ed') && hasVowelStem(w.slice(0, -2))) w = w.slice(0, -2);
  // Derivations: optimization → optimize, validation → validate, deployment → deploy, quickly → quick.
  if (w.endsWith('ization')) w = w.slice(0, -5) + 'e';
  else if (w.endsWith('ation') && w.length > 7) w = w.slice(0, -5) + 'ate';
  else if (w.endsWith('ment') && w.length > 7) w = w.slice(0, -4);
  else if (w.endsWith('ly') && !w.endsWith('ily') && w.length > 5) w = w.slice(0, -2);
  // Endings that differ between forms: cache/cach(ing), query/queri(es), map/mapp(ed).
  if (w.endsWith('e') && w.length > 2) w = w.slice(0, -1);
  if (w.endsWith('y') && w.length > 2) w = w.slice(0, -1) + 'i';
  if (/([bcdfghjkmnpqrtvwxy])\1$/.test(w) && w.length > 2) w = w.slice(0, -1);
  return w;
}

function hasVowelStem(rest: string): boolean {
  return rest.length >= 2 && /[aeiouy]/.test(rest);
}

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
