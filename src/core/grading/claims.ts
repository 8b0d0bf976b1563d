/**
 * How an answer states things, for the grader: a pattern said in one sentence or in order, which
 * tokens may count as evidence for a point, a point said the other way round, and the words that
 * name a missing idea. Pure functions over the answer's index (subjects and counts: subjects.ts).
 */
import { Concept, Pattern, Term } from './concepts';
import { AnswerIndex, Coverage, agrees, bestClause, bestSentence, occurrences, quote } from './evidence';
import { Token } from './text';

/**
 * The clause that states `p` within one sentence: every term of a short phrase (this share of a
 * longer one's weight), its subjects named, nothing reversed, and not in a denial ("… are not supported").
 */
export function statedIn(p: Pattern, index: AnswerIndex, share: number): number | undefined {
  if (p.total === 0) return undefined;
  const best = bestSentence(p, index);
  if (!best || best.cover.reversed > 0) return undefined;
  const needed = p.terms.length <= 4 ? p.total - 1e-9 : share * p.total;
  if (best.cover.matched < needed) return undefined;
  if (p.terms.some((t) => t.subject && !best.cover.matchedKeys.has(t.key))) return undefined;
  const hit = index.tokens.find((t) => t.sentence === best.sentence && best.cover.matchedKeys.has(t.key));
  const negative = p.terms.some((t) => !t.asserted);
  if (!hit || hit.negativeClause !== negative) return undefined;
  return hit.clause;
}

/**
 * The clause where the answer says `p`'s terms in order, each within `gap` other terms of the last,
 * the same way round; one `skippable` term after the first may be missing (a long claim is rarely
 * said word for word).
 */
export function statedInOrder(p: Pattern, index: AnswerIndex, gap: number, skippable: (term: Term) => boolean = () => false, claim = false): number | undefined {
  if (p.terms.length === 0) return undefined;
  const tokens = index.tokens;
  const position = new Map(tokens.map((t, i) => [t, i]));
  const at = (term: Pattern['terms'][number]) => occurrences(term.key, index).filter((t) => (claim ? claims(term, t) : agrees(term, t)));
  const near = (tokens: Token[], last: number, sentence: number, room: number) =>
    tokens.map((t) => position.get(t) as number).filter((i) => i > last && i - last - 1 <= room && index.tokens[i].sentence === sentence).sort((x, y) => x - y)[0];
  for (const start of at(p.terms[0])) {
    if (p.lead && index.raw[start.at - 1]?.word !== p.lead) continue;
    let last = position.get(start) as number;
    let ok = true;
    let missing = 0;
    for (const term of p.terms.slice(1)) {
      const next = near(at(term), last, start.sentence, gap + missing);
      // A term said there the other way round ("after" for "before") is not one left out.
      const turned = next === undefined && near(occurrences(term.key, index), last, start.sentence, gap + 1) !== undefined;
      if (next === undefined && !turned && missing === 0 && skippable(term)) missing++;
      else if (next === undefined) {
        ok = false;
        break;
      } else last = next;
    }
    if (ok) return start.clause;
  }
  return undefined;
}

/** Claims of fewer terms name a relation in one order ("from a seq scan to an index scan"): they are said in order. */
const ANY_ORDER_FROM = 3;
/** Words whose claim is its order ("the function runs before validation"). */
const ORDER_WORDS = /^(befor|after|first|last|earlier|later|preced|follow|then)$/;

/**
 * The clause where the answer says every term of a claim the same way round, in any order
 * ("filters go in the body of the GET request" for "filters in the request body of a GET").
 */
export function statedInClause(p: Pattern, index: AnswerIndex): number | undefined {
  if (p.terms.length < ANY_ORDER_FROM || p.terms.some((t) => ORDER_WORDS.test(t.key))) return undefined;
  for (const start of occurrences(p.terms[0].key, index).filter((t) => claims(p.terms[0], t))) {
    if (p.lead && index.raw[start.at - 1]?.word !== p.lead) continue;
    if (p.terms.slice(1).every((term) => occurrences(term.key, index).some((t) => t.clause === start.clause && claims(term, t)))) return start.clause;
  }
  return undefined;
}

/**
 * A claim's term said the same way round: strictly (a claim that says "nothing" somewhere is not
 * stated by its denial, "filter() doesn't raise when nothing matches"), and not set off by a
 * contrast ("skips `Model.clean()`" claims no call of it).
 */
function claims(term: Term, token: Token): boolean {
  if (term.either) return true;
  return term.asserted ? token.asserted && !token.contrast : agrees(term, token);
}

/**
 * Which of the answer's tokens may be evidence for the point: not those of a clause stating a wrong
 * claim, nor of a clause that claims absolutely ("only", "never", "every") what the point does not.
 */
export function admitFor(concept: Concept, index: AnswerIndex, tainted: Set<number>, absolutes: boolean): (token: Token) => boolean {
  const own = new Set([concept.text, ...concept.alternatives.map((a) => a.text)].join(' ').toLowerCase().split(/[^\p{L}]+/u));
  // "each request" in the point is what "every request" says in the answer.
  if (own.has('each')) own.add('every');
  const admitted = (clause: number): boolean => {
    if (tainted.has(clause)) return false;
    // ", which prevents update anomalies" is said of the clause before it, and stands or falls with it.
    const of = index.relative.get(clause);
    if (of !== undefined && !admitted(of)) return false;
    if (!absolutes) return true;
    const words = index.absolutes.get(clause);
    return !words || [...words].every((w) => own.has(w));
  };
  return (token) => admitted(token.clause);
}

/** The sentence stating the point must carry this share of its weight to be about it… */
const ABOUT_POINT_AT = 0.4;
/** …and then turning terms of this share of the weight round says the opposite. */
const TURNED_AT = 0.15;

/**
 * "`on_delete` is optional on a ForeignKey" for "`on_delete` is required on every ForeignKey": the
 * sentence that states the point turns one of its telling terms round (negated, or its opposite),
 * however much of the rest it repeats. The clause where it does, or undefined.
 */
export function turnedInStatement(concept: Concept, index: AnswerIndex, cover: Coverage): number | undefined {
  if (cover.reversedTokens.length === 0) return undefined;
  const best = bestSentence(concept, index);
  if (!best || best.cover.matched < ABOUT_POINT_AT * concept.total) return undefined;
  let weight = 0;
  let clause: number | undefined;
  for (const token of cover.reversedTokens) {
    const term = concept.terms.find((t) => t.key === token.key);
    const there = occurrences(token.key, index).find((t) => t.sentence === best.sentence);
    if (!term || !there) continue;
    weight += term.weight;
    clause ??= there.clause;
  }
  return weight >= TURNED_AT * concept.total ? clause : undefined;
}

export function evidenceQuote(concept: Concept, index: AnswerIndex): string {
  const best = bestClause(concept.terms, index);
  return best ? quote(index, best.clause) : '';
}

/** A segment counts in full once this share of its weight is stated: a paraphrase rarely uses every word. */
const SEGMENT_SATURATION = 0.7;

/** Weighted coverage of the key point, segment by segment, each saturating. */
export function segmentScore(concept: Concept, matched: Set<string>): number {
  const weight = new Map(concept.terms.map((t) => [t.key, t.weight]));
  const seen = new Set<string>();
  let total = 0;
  let score = 0;
  for (const segment of concept.segments) {
    let segWeight = 0;
    let segMatched = 0;
    for (const key of segment.keys) {
      if (seen.has(key)) continue;
      seen.add(key);
      const w = weight.get(key) ?? 0;
      segWeight += w;
      if (matched.has(key)) segMatched += w;
    }
    if (segWeight === 0) continue;
    total += segWeight;
    score += segWeight * Math.min(1, segMatched / (SEGMENT_SATURATION * segWeight));
  }
  // Terms only in asides (dropped from segments) still count a little, through the whole.
  return total ? score / total : 0;
}

/** The part of the key point with the most weight not found in the answer, as the deck says it. */
export function missingIdea(concept: Concept, matched: Set<string>): string {
  const weight = new Map(concept.terms.map((t) => [t.key, t.weight]));
  let best = concept.segments[0];
  let bestMissing = -1;
  for (const segment of concept.segments) {
    let missing = 0;
    for (const key of segment.keys) if (!matched.has(key)) missing += weight.get(key) ?? 0;
    if (missing > bestMissing) [best, bestMissing] = [segment, missing];
  }
  const text = best?.text ?? concept.text;
  return text.length > 80 ? `${text.slice(0, 78).replace(/\s+\S*$/, '')}…` : text;
}

/** Share of the weight of a point's words other than its names that covering it on its own words needs. */
export const CLAIM_WORDS_AT = 0.15;

/** How much of the weight of the point's words other than its names (`Concept.names`) is matched; 1 when it has no others. */
export function claimShare(concept: Concept, matched: Set<string>): number {
  const claim = concept.terms.filter((t) => !concept.names.has(t.key));
  const weight = claim.reduce((sum, t) => sum + t.weight, 0);
  return weight > 0 ? claim.reduce((sum, t) => sum + (matched.has(t.key) ? t.weight : 0), 0) / weight : 1;
}

/** A sentence is about the point when it states this share of the point's weight (other terms than one turned round) the same way. */
const ABOUT_SENTENCE_AT = 0.15;

/** Whether the sentence of a term said the other way round also states other terms of the point the same way. */
export function aboutPoint(concept: Concept, index: AnswerIndex, turned: Token): boolean {
  const stated = concept.terms.filter((t) => t.key !== turned.key && occurrences(t.key, index).some((x) => x.sentence === turned.sentence && agrees(t, x)));
  return stated.reduce((sum, t) => sum + t.weight, 0) >= ABOUT_SENTENCE_AT * (concept.total || 1);
}
