/**
 * Judges a typed answer the way an interviewer would: per key point, covered, partly covered or
 * missed, with the reason in a few words, and a suggested grade from the coverage.
 *
 * Evidence for a key point: its weighted terms stated anywhere in the answer, or one of the deck's
 * alternatives stated in one sentence. Against it: the answer states those terms the other way
 * round (negated, or by their vocabulary opposite), says it of another subject of the prompt
 * (PATCH where the point is about PUT), or states one of the deck's contradictions.
 */
import { Question } from '../deck/model';
import { Grade } from '../progress/scheduler';
import { Analyser, Concept, Pattern, answerCounts, concepts, documentFrequencies } from './concepts';
import { ABSOLUTES, AnswerIndex, agrees, bestClause, bestSentence, coverage, indexAnswer, occurrences, quote } from './evidence';
import { Stemmer, lightStem, porter2Stem } from './stem';
import { Token, markNegation, tokenise } from './text';
import { CompiledVocabulary, VocabularySource, applyVocabulary, compileVocabulary, synonymGroups } from './vocabulary';

export interface KeyPointVerdict {
  /** The key point as written in the deck (Markdown). */
  text: string;
  covered: boolean;
  partly: boolean;
  /** A few words: what was said, or the idea that is missing, or why it does not count. */
  reason: string;
  /** The answer states something the key point (or the deck's `not:`) says is wrong. */
  contradicted: boolean;
  /** Share of the key point's weight the answer states (1 when an alternative is stated). */
  score: number;
}

export interface AnswerVerdict {
  keyPoints: KeyPointVerdict[];
  suggestedGrade: Grade;
}

/** Each mechanism can be turned off, so the benchmark can show what it brings. */
export interface GraderFeatures {
  porter2: boolean;
  vocabulary: boolean;
  weighting: boolean;
  idf: boolean;
  typos: boolean;
  negation: boolean;
  subjects: boolean;
  alternatives: boolean;
  contradictions: boolean;
  /** A clause that claims absolutely ("only", "never") what the point does not is no evidence for it. */
  absolutes: boolean;
  /** A clause that states a wrong claim (`not:`, or a point the other way round) is no evidence for the question's other points. */
  tainting: boolean;
}

export const ALL_FEATURES: GraderFeatures = {
  porter2: true, vocabulary: true, weighting: true, idf: true, typos: true, negation: true, subjects: true, alternatives: true, contradictions: true, absolutes: true, tainting: true,
};

/** A key point is covered from this share of its weight (more than half its parts), partly covered from the lower one (a real bar: a quarter was met by topic words alone). */
export const COVERED_AT = 0.6;
export const PARTLY_AT = 0.4;
/** An alternative counts when one sentence states this share of it; a contradiction needs more. */
const ALTERNATIVE_AT = 0.75;
/** A sentence that states this share of the point's own weight says the point: no later check undoes it. */
const STATED_WHOLE_AT = 0.9;
/** A one-word alternative needs this share of the point's own words beside it. */
const BARE_ALTERNATIVE_AT = 0.35;
/** A contradiction is a claim: its words in order, at most this many other terms between two of them. */
const CONTRADICTION_GAP = 2;

export interface GraderOptions {
  vocabulary: VocabularySource;
  /** The questions whose wording sets how rare (telling) each term is: the bank, at least. */
  corpus: Iterable<Question>;
  features?: Partial<GraderFeatures>;
}

/** A deck's own synonyms (front matter): term → alternatives. */
export type Synonyms = Readonly<Record<string, readonly string[]>>;

export class Grader {
  private readonly features: GraderFeatures;
  private readonly stem: Stemmer;
  private readonly base: VocabularySource;
  private readonly compiled = new Map<Synonyms | undefined, CompiledVocabulary>();
  private readonly df: Map<string, number>;
  private readonly documents: number;
  private readonly cache = new WeakMap<Question, { synonyms: Synonyms | undefined; concepts: Concept[] }>();
  /** The question's own key points read as an answer: a check that fires on them is no evidence of a wrong answer. */
  private readonly ownText = new WeakMap<Question, AnswerIndex>();
  /** Each key point's own text read as an answer, for the subject and count checks. */
  private readonly ownPoint = new WeakMap<Concept, AnswerIndex>();

  constructor(options: GraderOptions) {
    this.features = { ...ALL_FEATURES, ...options.features };
    this.stem = this.features.porter2 ? porter2Stem : lightStem;
    this.base = this.features.vocabulary ? options.vocabulary : { same: [], opposite: [] };
    const corpus = [...options.corpus];
    this.df = documentFrequencies(corpus, { stem: this.stem, vocabulary: this.vocabularyFor(undefined) });
    this.documents = corpus.length;
  }

  grade(answer: string, question: Question, synonyms?: Synonyms): AnswerVerdict {
    const analyser = this.analyser(synonyms);
    const index = this.indexOf(answer, analyser);
    const list = this.conceptsOf(question, synonyms, analyser);
    let own = this.ownText.get(question);
    if (!own) this.ownText.set(question, (own = this.indexOf(question.keyPoints.map((k) => k.text).join('. '), analyser)));
    const wrongClaims = list.map((concept) => this.wrongClaim(concept, index, own));
    // A clause that states a wrong claim is no evidence for any other point either.
    const tainted = new Set(this.features.tainting ? wrongClaims.filter((c): c is number => c !== undefined) : []);
    const reversed: number[] = [];
    const ownPoints = list.map((concept) => {
      let point = this.ownPoint.get(concept);
      if (!point) this.ownPoint.set(concept, (point = this.indexOf(concept.text, analyser)));
      return point;
    });
    let keyPoints = list.map((concept, i) => this.judge(concept, index, ownPoints[i], wrongClaims[i], tainted, reversed));
    if (this.features.tainting && reversed.some((c) => !tainted.has(c))) {
      // So is a clause that says a point the other way round: judge again without it.
      for (const clause of reversed) tainted.add(clause);
      keyPoints = keyPoints.map((first, i) => (first.contradicted ? first : this.judge(list[i], index, ownPoints[i], wrongClaims[i], tainted, [])));
    }
    return { keyPoints, suggestedGrade: suggestGrade(keyPoints) };
  }

  /** A text as the grader reads an answer: stems, vocabulary, negation, clauses and sentences. */
  private indexOf(text: string, analyser: Analyser): AnswerIndex {
    const raw = tokenise(text, this.stem);
    const tokens = applyVocabulary(raw, analyser.vocabulary);
    if (this.features.negation) markNegation(tokens);
    const terms = tokens.filter((t) => !t.stop && !t.neg);
    return indexAnswer(terms, raw, this.features.typos, answerCounts(terms));
  }

  private analyser(synonyms: Synonyms | undefined): Analyser {
    const weighting = { df: this.df, documents: this.documents, discount: this.features.weighting, idf: this.features.idf };
    return { stem: this.stem, vocabulary: this.vocabularyFor(synonyms), weighting };
  }

  private vocabularyFor(synonyms: Synonyms | undefined): CompiledVocabulary {
    let compiled = this.compiled.get(synonyms);
    if (!compiled) {
      compiled = compileVocabulary([...this.base.same, ...synonymGroups(synonyms)], this.base.opposite, this.stem);
      this.compiled.set(synonyms, compiled);
    }
    return compiled;
  }

  private conceptsOf(question: Question, synonyms: Synonyms | undefined, analyser: Analyser): Concept[] {
    const cached = this.cache.get(question);
    if (cached && cached.synonyms === synonyms) return cached.concepts;
    const fresh = concepts(question, analyser);
    this.cache.set(question, { synonyms, concepts: fresh });
    return fresh;
  }

  /** The clause stating one of the deck's contradictions of the point, if any. */
  private wrongClaim(concept: Concept, index: AnswerIndex, own: AnswerIndex): number | undefined {
    if (!this.features.contradictions) return undefined;
    for (const claim of concept.contradictions) {
      // A claim the key points' own words also state ("filter" in a point about `.filter()`) tells nothing.
      if (statedInOrder(claim, own, CONTRADICTION_GAP) !== undefined) continue;
      const hit = statedInOrder(claim, index, CONTRADICTION_GAP);
      if (hit === undefined) continue;
      // "writes only to the cache" is wrong for its "only": without it the words are the point's own.
      const sweeping = claim.text.toLowerCase().split(/[^\p{L}]+/u).filter((w) => ABSOLUTES.has(w));
      if (sweeping.every((w) => index.absolutes.get(hit)?.has(w))) return hit;
    }
    return undefined;
  }

  private judge(concept: Concept, index: AnswerIndex, own: AnswerIndex, wrongClaim: number | undefined, tainted: Set<number>, reversed: number[]): KeyPointVerdict {
    let score = 0;
    const verdict = (covered: boolean, partly: boolean, reason: string, contradicted = false): KeyPointVerdict => ({ text: concept.text, covered, partly, reason, contradicted, score });
    index.admit = admitFor(concept, index, tainted, this.features.absolutes);
    // The point said nearly word for word, the same way round, in one sentence: a contradiction or a
    // subject check that fires there is matching the point's own words, not a wrong claim.
    const whole = statedIn(concept, index, STATED_WHOLE_AT);
    if (whole !== undefined) return verdict(true, false, `said: “${quote(index, whole)}”`);
    if (wrongClaim !== undefined) return verdict(false, false, `wrong: “${quote(index, wrongClaim)}”`, true);
    const cover = coverage(concept.terms, index);
    const total = concept.total || 1;
    score = segmentScore(concept, cover.matchedKeys) - cover.reversed / total;
    if (this.features.negation && cover.reversed >= 0.2 * total && cover.reversed >= 0.5 * cover.matched) {
      reversed.push(...cover.reversedTokens.map((t) => t.clause));
      return verdict(false, false, `says the opposite: “${quote(index, cover.reversedTokens[0].clause)}”`, true);
    }
    // A subject or count check that fires on the key point's own words cannot tell a wrong answer.
    const checked = (check: (c: Concept, i: AnswerIndex) => string | undefined) => (check(concept, own) === undefined ? check(concept, index) : undefined);
    const swapped = this.features.subjects ? checked(swappedSubject) ?? checked(wrongCount) : undefined;
    if (swapped) return verdict(false, false, swapped, true);
    let said: string | undefined;
    if (this.features.alternatives) {
      for (const alternative of concept.alternatives) {
        const hit = statedIn(alternative, index, ALTERNATIVE_AT);
        if (hit === undefined) continue;
        // A bare name ("converters", "ETag") is reused by wrong answers too: it needs the point's own words beside it.
        if (alternative.terms.length === 1 && score < BARE_ALTERNATIVE_AT) continue;
        score = 1;
        said = quote(index, hit);
        break;
      }
    }
    if (score >= COVERED_AT) return verdict(true, false, `said: “${said ?? evidenceQuote(concept, index)}”`);
    const missing = missingIdea(concept, cover.matchedKeys);
    if (score >= PARTLY_AT) return verdict(false, true, `partly; missing: ${missing}`);
    return verdict(false, false, `missing: ${missing}`);
  }
}

/**
 * The clause that states `p` within one sentence: every term of a short phrase (this share of a
 * longer one's weight), its subjects named, nothing reversed, and not in a denial ("… are not supported").
 */
function statedIn(p: Pattern, index: AnswerIndex, share: number): number | undefined {
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

/** The clause where the answer says `p`'s terms in order, each within `gap` other terms of the last, the same way round. */
function statedInOrder(p: Pattern, index: AnswerIndex, gap: number): number | undefined {
  if (p.terms.length === 0) return undefined;
  const tokens = index.tokens;
  const position = new Map(tokens.map((t, i) => [t, i]));
  const at = (term: Pattern['terms'][number]) => occurrences(term.key, index).filter((t) => agrees(term, t));
  for (const start of at(p.terms[0])) {
    let last = position.get(start) as number;
    let ok = true;
    for (const term of p.terms.slice(1)) {
      const next = at(term)
        .map((t) => position.get(t) as number)
        .filter((i) => i > last && i - last - 1 <= gap && tokens[i].sentence === start.sentence)
        .sort((x, y) => x - y)[0];
      if (next === undefined) {
        ok = false;
        break;
      }
      last = next;
    }
    if (ok) return start.clause;
  }
  return undefined;
}

/**
 * Which of the answer's tokens may be evidence for the point: not those of a clause stating a wrong
 * claim, nor of a clause that claims absolutely ("only", "never", "every") what the point does not.
 */
function admitFor(concept: Concept, index: AnswerIndex, tainted: Set<number>, absolutes: boolean): (token: Token) => boolean {
  const own = new Set([concept.text, ...concept.alternatives.map((a) => a.text)].join(' ').toLowerCase().split(/[^\p{L}]+/u));
  // "each request" in the point is what "every request" says in the answer.
  if (own.has('each')) own.add('every');
  return (token) => {
    if (tainted.has(token.clause)) return false;
    if (!absolutes) return true;
    const words = index.absolutes.get(token.clause);
    return !words || [...words].every((w) => own.has(w));
  };
}

/** "PATCH replaces the resource" for a point about PUT: a part of the point said of another subject. */
function swappedSubject(concept: Concept, index: AnswerIndex): string | undefined {
  if (concept.subjects.size < 2) return undefined;
  for (const segment of concept.segments) {
    if (!segment.subject) continue;
    const content = concept.terms.filter((t) => segment.keys.has(t.key) && !concept.subjects.has(t.key));
    const weight = content.reduce((sum, t) => sum + t.weight, 0);
    const best = weight > 0 ? bestClause(content, index) : undefined;
    if (!best || best.weight < 0.35 * weight) continue;
    const said = clauseSubjects(index, best.clause, concept.subjects);
    if (said.length === 0 || said.some((t) => t.key === segment.subject)) continue;
    return `says it of ${said[0].word}: “${quote(index, best.clause)}”`;
  }
  return undefined;
}

/** The subjects a clause names, or those of the clause before it in its sentence ("X does A, and B"). */
function clauseSubjects(index: AnswerIndex, clause: number, subjects: Set<string>): Token[] {
  const sentence = index.tokens.find((t) => t.clause === clause)?.sentence;
  for (let c = clause; c >= 0; c--) {
    const inClause = index.tokens.filter((t) => t.clause === c);
    if (inClause.length && inClause[0].sentence !== sentence) break;
    const named = inClause.filter((t) => subjects.has(t.key));
    if (named.length) return named;
  }
  return [];
}

/** "two parts" where the point says three. */
function wrongCount(concept: Concept, index: AnswerIndex): string | undefined {
  for (const [key, n] of concept.counts) {
    const said = index.counts.get(key);
    if (said && !said.has(n)) return `says ${[...said][0]} ${index.byKey.get(key)?.[0].word ?? key}, not ${n}`;
  }
  return undefined;
}

function evidenceQuote(concept: Concept, index: AnswerIndex): string {
  const best = bestClause(concept.terms, index);
  return best ? quote(index, best.clause) : '';
}

/** A segment counts in full once this share of its weight is stated: a paraphrase rarely uses every word. */
const SEGMENT_SATURATION = 0.7;

/** Weighted coverage of the key point, segment by segment, each saturating. */
function segmentScore(concept: Concept, matched: Set<string>): number {
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
function missingIdea(concept: Concept, matched: Set<string>): string {
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

/** From the share of key points covered (partly counts half); a contradiction caps it at Hard. */
export function suggestGrade(verdicts: readonly KeyPointVerdict[]): Grade {
  if (verdicts.length === 0) return 3;
  const share = verdicts.reduce((sum, v) => sum + (v.covered ? 1 : v.partly ? 0.5 : 0), 0) / verdicts.length;
  const grade: Grade = share >= 0.9 ? 4 : share >= 0.6 ? 3 : share >= 0.3 ? 2 : 1;
  return verdicts.some((v) => v.contradicted) ? (Math.min(grade, 2) as Grade) : grade;
}

/** The user's "I did cover this": those key points count as covered, and the grade follows. */
export function withUserCorrections(verdict: AnswerVerdict, coveredByUser: Iterable<number>): AnswerVerdict {
  const marked = new Set(coveredByUser);
  const keyPoints = verdict.keyPoints.map((v, i) =>
    marked.has(i) && !v.covered ? { ...v, covered: true, partly: false, contradicted: false, reason: 'you marked it covered' } : v,
  );
  return { keyPoints, suggestedGrade: suggestGrade(keyPoints) };
}
