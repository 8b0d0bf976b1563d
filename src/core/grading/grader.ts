/**
 * Judges a typed answer the way an interviewer would: per key point, covered, partly covered or
 * missed, with the reason in a few words, and a suggested grade from the coverage.
 *
 * Evidence for a key point: its weighted terms stated anywhere in the answer, or one of the deck's
 * alternatives stated in one sentence. Against it: the answer states those terms the other way
 * round (negated, or by their vocabulary opposite), says it of another subject of the prompt
 * (PATCH where the point is about PUT), or states one of the deck's contradictions. Names alone
 * (the point's code, the prompt's words) are no evidence, and an answer that gets points wrong is
 * read with distrust (distrust.ts).
 */
import { Question } from '../deck/model';
import { Grade } from '../progress/scheduler';
import { Analyser, Concept, Pattern, Term, answerCounts, concepts, documentFrequencies } from './concepts';
import { ABSOLUTES, AnswerIndex, coverage, indexAnswer, quote } from './evidence';
import { CLAIM_WORDS_AT, aboutPoint, admitFor, claimShare, evidenceQuote, missingIdea, segmentScore, statedIn, statedInClause, statedInOrder, turnedInStatement } from './claims';
import { saidOfOther, statedAlone, swappedSubject, wrongCount } from './subjects';
import { alternativeHolds, isCodeName } from './alternatives';
import { foreignFactClauses, pointOfClause } from './closedFacts';
import { distrusted, strayShare } from './distrust';
import { Stemmer, lightStem, porter2Stem } from './stem';
import { markNegation, tokenise } from './text';
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
  /** The sentence that states a point but turns one of its telling terms round ("optional" for "required") says the opposite. */
  turning: boolean;
  /** In an answer that gets several points wrong (or one, and strays from the question's material), a point counts only when one sentence states it. */
  distrust: boolean;
}

export const ALL_FEATURES: GraderFeatures = {
  porter2: true, vocabulary: true, weighting: true, idf: true, typos: true, negation: true, subjects: true, alternatives: true, contradictions: true, absolutes: true, tainting: true, turning: true, distrust: true,
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
/** A contradiction is a claim: its words in order, at most this many other terms between two of them (or, from three terms, all in one clause). */
const CONTRADICTION_GAP = 2;
/** A claim of this many terms still counts with one of them (not its first) unsaid. */
const LONG_CLAIM = 4;

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
  /** The question's own key points and model answer read as an answer: a claim they state is no evidence of a wrong answer. */
  private readonly ownText = new WeakMap<Question, AnswerIndex>();
  /** The question's prompt, model answer, key points and alternatives read as an answer: what a right answer draws on. */
  private readonly material = new WeakMap<Question, AnswerIndex>();
  /** Each key point's own text read as an answer, for the subject and count checks. */
  private readonly ownPoint = new WeakMap<Concept, AnswerIndex>();
  /** Whether each `not:` claim is one the question's own text states (then it tells nothing). */
  private readonly inert = new WeakMap<Pattern, boolean>();

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
    const own = remembered(this.ownText, question, () => this.indexOf([...question.keyPoints.map((k) => k.text), question.answer].join('.\n'), analyser));
    const ownPoints = list.map((concept) => remembered(this.ownPoint, concept, () => this.indexOf(concept.text, analyser)));
    const claimed = list.map((concept) => this.wrongClaims(concept, index, own));
    // A version or status code the question never names, said of a point, is that point got wrong.
    if (this.features.contradictions) {
      for (const { clause, kind } of foreignFactClauses(index, this.materialOf(question, analyser))) {
        const point = pointOfClause(list, ownPoints, index, clause, kind);
        if (point !== undefined) claimed[point].push(clause);
      }
    }
    const wrongClaims = claimed.map((hits) => hits[0]);
    // A clause that states a wrong claim (any of them) is no evidence for any other point either.
    const tainted = new Set(this.features.tainting ? claimed.flat() : []);
    const reversed: number[] = [];
    let keyPoints = list.map((concept, i) => this.judge(concept, index, ownPoints[i], wrongClaims[i], tainted, reversed));
    if (this.features.tainting && reversed.some((c) => !tainted.has(c))) {
      // So is a clause that says a point the other way round: judge again without it.
      for (const clause of reversed) tainted.add(clause);
      keyPoints = keyPoints.map((first, i) => (first.contradicted ? first : this.judge(list[i], index, ownPoints[i], wrongClaims[i], tainted, [])));
    }
    if (this.features.distrust) {
      const stray = () => strayShare(index, this.materialOf(question, analyser), this.df, this.documents);
      // Foreignness tells only against a question with material of its own: a model answer and alternatives.
      const authored = question.answer.trim() !== '' && question.keyPoints.some((k) => k.alternatives.length > 0);
      keyPoints = distrusted(keyPoints, stray, (i) => {
        index.admit = admitFor(list[i], index, tainted, this.features.absolutes);
        return statedIn(list[i], index, COVERED_AT) !== undefined;
      }, authored);
    }
    return { keyPoints, suggestedGrade: suggestGrade(keyPoints) };
  }

  private materialOf(question: Question, analyser: Analyser): AnswerIndex {
    return remembered(this.material, question, () => this.indexOf([question.prompt, question.answer, ...question.keyPoints.flatMap((k) => [k.text, ...k.alternatives])].join('.\n'), analyser));
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
    return remembered(this.compiled, synonyms, () => compileVocabulary([...this.base.same, ...synonymGroups(synonyms)], this.base.opposite, this.stem));
  }

  private conceptsOf(question: Question, synonyms: Synonyms | undefined, analyser: Analyser): Concept[] {
    const cached = this.cache.get(question);
    if (cached && cached.synonyms === synonyms) return cached.concepts;
    const fresh = concepts(question, analyser);
    this.cache.set(question, { synonyms, concepts: fresh });
    return fresh;
  }

  /** The clauses stating the deck's contradictions of the point, the first claim's first (none: empty). */
  private wrongClaims(concept: Concept, index: AnswerIndex, own: AnswerIndex): number[] {
    if (!this.features.contradictions) return [];
    const hits: number[] = [];
    for (const claim of concept.contradictions) {
      // A long claim may leave out one of its topic words (said plainly), never what makes it false:
      // a word the question's own text does not use, or its last ("… in parallel").
      const last = claim.terms[claim.terms.length - 1];
      const skippable = (term: Term) => claim.terms.length >= LONG_CLAIM && term !== last && term.asserted && own.byKey.has(term.key);
      const find = (i: AnswerIndex) => statedInOrder(claim, i, CONTRADICTION_GAP, skippable, true) ?? statedInClause(claim, i);
      // A claim the question's own text also states ("filter" in a point about `.filter()`) tells nothing (read once per claim).
      if (remembered(this.inert, claim, () => find(own) !== undefined)) continue;
      const hit = find(index);
      if (hit === undefined) continue;
      // "writes only to the cache" is wrong for its "only": without it the words are the point's own.
      const sweeping = claim.text.toLowerCase().split(/[^\p{L}]+/u).filter((w) => ABSOLUTES.has(w));
      if (sweeping.every((w) => index.absolutes.get(hit)?.has(w))) hits.push(hit);
    }
    return hits;
  }

  private judge(concept: Concept, index: AnswerIndex, own: AnswerIndex, wrongClaim: number | undefined, tainted: Set<number>, reversed: number[]): KeyPointVerdict {
    let score = 0;
    const verdict = (covered: boolean, partly: boolean, reason: string, contradicted = false): KeyPointVerdict => ({ text: concept.text, covered, partly, reason, contradicted, score });
    index.admit = admitFor(concept, index, tainted, this.features.absolutes);
    // The point said nearly word for word, the same way round, in one sentence: a contradiction or a
    // subject check that fires there is matching the point's own words, not a wrong claim.
    const whole = statedIn(concept, index, STATED_WHOLE_AT);
    // …except a swap of its subjects ("the request context holds current_app, the app context the request").
    const checked = (check: (c: Concept, i: AnswerIndex) => string | undefined) => (check(concept, own) === undefined ? check(concept, index) : undefined);
    const swappedWhole = whole !== undefined && this.features.subjects ? checked((c, i) => swappedSubject(c, i, 'clause')) : undefined;
    if (swappedWhole) return verdict(false, false, swappedWhole, true);
    if (whole !== undefined) return verdict(true, false, `said: “${quote(index, whole)}”`);
    if (wrongClaim !== undefined) return verdict(false, false, `wrong: “${quote(index, wrongClaim)}”`, true);
    const cover = coverage(concept.terms, index);
    const total = concept.total || 1;
    score = segmentScore(concept, cover.matchedKeys) - cover.reversed / total;
    // A term turned round says the opposite only in a sentence that states other terms of the
    // point the same way: alone ("no big keys" for "avoid big keys") it may be the point in other words.
    const opposite = cover.reversedTokens.filter((token) => aboutPoint(concept, index, token) && !(this.features.subjects && saidOfOther(concept, index, token)));
    const oppositeWeight = opposite.reduce((sum, token) => sum + (concept.terms.find((t) => t.key === token.key)?.weight ?? 0), 0);
    if (this.features.negation && opposite.length > 0 && oppositeWeight >= 0.2 * total && oppositeWeight >= 0.5 * cover.matched) {
      reversed.push(...opposite.map((t) => t.clause));
      return verdict(false, false, `says the opposite: “${quote(index, opposite[0].clause)}”`, true);
    }
    const turned = this.features.turning ? turnedInStatement(concept, index, cover) : undefined;
    if (turned !== undefined) {
      reversed.push(turned);
      return verdict(false, false, `says the opposite: “${quote(index, turned)}”`, true);
    }
    // A subject or count check that fires on the key point's own words cannot tell a wrong answer (`checked`).
    // …nor does a swap undo a point that a sentence of its own, naming no other subject, states ("super() calls the base class" beside the MRO said right).
    const swapped = this.features.subjects ? (statedAlone(concept, index, COVERED_AT) ? undefined : checked(swappedSubject)) ?? checked(wrongCount) : undefined;
    if (swapped) return verdict(false, false, swapped, true);
    let said: string | undefined;
    if (this.features.alternatives) {
      for (const alternative of concept.alternatives) {
        const hit = statedIn(alternative, index, ALTERNATIVE_AT);
        if (hit === undefined) continue;
        // A code name ("Access-Control-Allow-Credentials") is said whole, its words together, not gathered from a sentence.
        const name = isCodeName(alternative.text);
        if (name && statedInOrder(alternative, index, 0) === undefined) continue;
        // A bare name ("converters", "ETag") is reused by wrong answers too: it needs the point's own
        // words beside it, other than the name itself (`explain` in "`qs.explain()` shows the plan").
        const named = new Set(alternative.terms.map((t) => t.key));
        const beside = segmentScore(concept, new Set([...cover.matchedKeys].filter((key) => !named.has(key))));
        if ((name || alternative.terms.length === 1) && beside < BARE_ALTERNATIVE_AT) continue;
        if (!alternativeHolds(alternative, index, ALTERNATIVE_AT, beside)) continue;
        score = 1;
        said = quote(index, hit);
        break;
      }
    }
    // Its names alone (the code it is about, the prompt's words) are no claim: some of its other words must be said.
    if (score >= COVERED_AT && said === undefined && claimShare(concept, cover.matchedKeys) < CLAIM_WORDS_AT) score = Math.min(score, PARTLY_AT);
    if (score >= COVERED_AT) return verdict(true, false, `said: “${said ?? evidenceQuote(concept, index)}”`);
    const missing = missingIdea(concept, cover.matchedKeys);
    if (score >= PARTLY_AT) return verdict(false, true, `partly; missing: ${missing}`);
    return verdict(false, false, `missing: ${missing}`);
  }
}

/** The value `map` keeps for `key`, made and kept on first use. */
function remembered<K, V>(map: { get(key: K): V | undefined; set(key: K, value: V): unknown }, key: K, make: () => V): V {
  let value = map.get(key);
  if (value === undefined) map.set(key, (value = make()));
  return value;
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
