/**
 * The answer side of grading: the answer's terms indexed by key, with typo tolerance for longer
 * words, and the measures the verdict is made of: how much of a pattern's weight the answer
 * states, how much it states the other way round, and in which clause.
 */
import { Pattern, Term } from './concepts';
import { Token } from './text';

export interface AnswerIndex {
  tokens: Token[];
  /** Every token of the text, function words too, by position (`Token.at`). */
  raw: Token[];
  byKey: Map<string, Token[]>;
  /** Every word of each clause (function words too), to quote the answer back. */
  clauseWords: Map<number, string[]>;
  /** Typo matches found so far: key → the answer's tokens within edit distance. */
  fuzzy: Map<string, Token[]>;
  typos: boolean;
  /** Numbers the answer counts things with: term → the numbers said before it. */
  counts: Map<string, Set<string>>;
  /** Clauses that claim something absolutely ("only", "always", "never matters"): clause → those words. */
  absolutes: Map<number, Set<string>>;
  /** Clauses that start with "which" after another clause of their sentence → that clause (what they are said of). */
  relative: Map<number, number>;
  /** Which tokens may count as evidence for the pattern being judged (all, when unset). */
  admit?: (token: Token) => boolean;
}

/** Sweeping words wrong answers lean on ("only for documentation", "order never matters", "every single write"). */
export const ABSOLUTES = new Set(['only', 'always', 'never', 'every', 'all', 'nothing', 'equally', 'whole', 'entire', 'everything', 'any', 'completely', 'entirely', 'totally']);

export function indexAnswer(tokens: Token[], rawTokens: Token[], typos: boolean, counts: Map<string, Set<string>> = new Map()): AnswerIndex {
  const byKey = new Map<string, Token[]>();
  for (const token of tokens) {
    const list = byKey.get(token.key);
    if (list) list.push(token);
    else byKey.set(token.key, [token]);
  }
  const clauseWords = new Map<number, string[]>();
  for (const token of rawTokens) {
    const words = clauseWords.get(token.clause) ?? [];
    words.push(token.word);
    clauseWords.set(token.clause, words);
  }
  const absolutes = new Map<number, Set<string>>();
  for (const [i, token] of rawTokens.entries()) {
    if (!ABSOLUTES.has(token.word)) continue;
    // "not only for small apps" claims nothing absolute.
    if (token.word === 'only' && rawTokens[i - 1]?.word === 'not') continue;
    const words = absolutes.get(token.clause) ?? new Set<string>();
    words.add(token.word);
    absolutes.set(token.clause, words);
  }
  const relative = new Map<number, number>();
  rawTokens.forEach((token, i) => {
    const before = rawTokens[i - 1];
    if (token.word === 'which' && before && before.clause < token.clause && before.sentence === token.sentence) relative.set(token.clause, before.clause);
  });
  return { tokens, raw: rawTokens, byKey, clauseWords, fuzzy: new Map(), typos, counts, absolutes, relative };
}

/** Optimal string alignment distance, abandoned once it exceeds `max`. */
function editDistance(a: string, b: string, max: number): number {
  if (Math.abs(a.length - b.length) > max) return max + 1;
  let prev2: number[] = [];
  let prev = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const row = [i];
    let best = i;
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let d = Math.min(prev[j] + 1, row[j - 1] + 1, prev[j - 1] + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) d = Math.min(d, prev2[j - 2] + 1);
      row.push(d);
      best = Math.min(best, d);
    }
    if (best > max) return max + 1;
    prev2 = prev;
    prev = row;
  }
  return prev[b.length];
}

/** Longer words tolerate a typo (two from nine letters); short words and code names must be exact. */
function typoAllowance(key: string): number {
  if (!/^[a-z]+$/.test(key) || key.length < 5) return 0;
  return key.length >= 9 ? 2 : 1;
}

export function occurrences(key: string, index: AnswerIndex): Token[] {
  const exact = index.byKey.get(key);
  if (exact || !index.typos) return exact ?? [];
  const known = index.fuzzy.get(key);
  if (known) return known;
  const max = typoAllowance(key);
  const found: Token[] = [];
  if (max > 0) {
    for (const [other, tokens] of index.byKey) {
      if (other[0] === key[0] && typoAllowance(other) > 0 && editDistance(key, other, max) <= max) found.push(...tokens);
    }
  }
  index.fuzzy.set(key, found);
  return found;
}

/** Same sense: an asserted term is not negated; a negated one ("no session") sits in a negative clause. */
export function agrees(term: Term, token: Token): boolean {
  if (term.either) return true;
  // A term negated by the deck agrees with one the answer negates, or one in a negative clause, unless
  // that clause's negation is the vocabulary's own flip undone ("isn't stateful" is stateless).
  if (!term.asserted) return !token.asserted || (token.negativeClause && !token.flip);
  // A negative statement negated in other words ("can't parameterise table names" for "table names can't be parameterised").
  if (term.negative && !token.asserted) return true;
  return token.asserted;
}

/** Plainly the other way round: negated where the deck asserts it (outside a negative clause of the deck, whose negation may fall on other words), or asserted in a clause with no negation at all. */
function disagrees(term: Term, token: Token): boolean {
  if (term.either || (term.asserted && term.negative) || token.contrast) return false;
  return term.asserted ? !token.asserted : token.asserted && !token.negativeClause;
}

export interface Coverage {
  /** Weight the answer states the same way. */
  matched: number;
  /** Weight it only states the other way round (negated, or by its opposite). */
  reversed: number;
  matchedKeys: Set<string>;
  reversedTokens: Token[];
}

/** How the answer (or one of its sentences) states the pattern's terms. */
export function coverage(terms: readonly Term[], index: AnswerIndex, within?: (t: Token) => boolean): Coverage {
  const result: Coverage = { matched: 0, reversed: 0, matchedKeys: new Set(), reversedTokens: [] };
  for (const term of terms) {
    const admitted = index.admit ? occurrences(term.key, index).filter(index.admit) : occurrences(term.key, index);
    const found = within ? admitted.filter(within) : admitted;
    if (found.length === 0) continue;
    if (found.some((t) => agrees(term, t))) {
      result.matched += term.weight;
      result.matchedKeys.add(term.key);
    } else if (found.every((t) => disagrees(term, t))) {
      result.reversed += term.weight;
      result.reversedTokens.push(found[0]);
    }
  }
  return result;
}

/** The sentence of the answer that states most of the pattern, with that coverage. */
export function bestSentence(p: Pattern, index: AnswerIndex): { sentence: number; cover: Coverage } | undefined {
  const sentences = new Set<number>();
  for (const term of p.terms) for (const t of occurrences(term.key, index)) sentences.add(t.sentence);
  let best: { sentence: number; cover: Coverage } | undefined;
  for (const sentence of sentences) {
    const cover = coverage(p.terms, index, (t) => t.sentence === sentence);
    if (!best || cover.matched > best.cover.matched) best = { sentence, cover };
  }
  return best;
}

/** The clause of the answer where the non-subject terms of the pattern are densest. */
export function bestClause(terms: readonly Term[], index: AnswerIndex): { clause: number; weight: number } | undefined {
  const byClause = new Map<number, number>();
  for (const term of terms) {
    if (term.subject) continue;
    const clauses = new Set(occurrences(term.key, index).filter((t) => agrees(term, t)).map((t) => t.clause));
    for (const c of clauses) byClause.set(c, (byClause.get(c) ?? 0) + term.weight);
  }
  let best: { clause: number; weight: number } | undefined;
  for (const [clause, weight] of byClause) if (!best || weight > best.weight) best = { clause, weight };
  return best;
}

/** A few words of the answer's clause, to quote it back. */
export function quote(index: AnswerIndex, clause: number, words = 9): string {
  const all = index.clauseWords.get(clause) ?? [];
  return all.length > words ? `${all.slice(0, words).join(' ')}…` : all.join(' ');
}
