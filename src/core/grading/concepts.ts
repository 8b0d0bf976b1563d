/**
 * The deck side of grading: each key point as a concept, i.e. its terms weighted by what they tell,
 * its segments (to name the idea that is missing), the deck's alternatives (`also:`) and
 * contradictions (`not:`), and which of the question's subjects it speaks about.
 *
 * A term's weight is its rarity across the corpus (inverse document frequency over the questions),
 * lowered for words that tell little here: words of the prompt (every answer repeats them),
 * asides in parentheses, years, and common filler. So "Fielding, 2000" or "plus" never decide.
 */
import { KeyPoint, Question } from '../deck/model';
import { CompiledVocabulary, applyVocabulary } from './vocabulary';
import { Stemmer } from './stem';
import { STOP_WORDS, Token, fold, markNegation, tokenise } from './text';

export interface Term {
  key: string;
  weight: number;
  /** False when the deck states it negated ("no server-side session"). */
  asserted: boolean;
  /** A subject named by the prompt (PUT, PATCH): what the statement is about. */
  subject: boolean;
  /** Said in a negative clause of the deck ("table names can't be parameterised"). */
  negative?: boolean;
  /** Meant either way: stated both ways in one part, or set off by a contrast ("bypass `save()`"). */
  either?: boolean;
}

export interface Pattern {
  text: string;
  terms: Term[];
  total: number;
  /** A code name that is also a function word (`is`, `as`) the claim starts with: it must come right before the claim's first term. */
  lead?: string;
  /** How many words its own text spans, first term to last ("static files are CSS and JS": 6): an alternative is said within about as many. */
  reach?: number;
  /** An alternative that only names what the point is about (its leading words, or the prompt's): no claim on its own. */
  naming?: boolean;
}

export interface Concept extends Pattern {
  /** Parts of the key point, to name the missing idea in a few words and to bind each to its subject. */
  segments: Segment[];
  alternatives: Pattern[];
  contradictions: Pattern[];
  /** What the question's statements are about (PUT, PATCH; RDB, AOF): to catch one said of the other. */
  subjects: Set<string>;
  /** Those of the subjects the prompt names (PUT and PATCH in "PUT vs PATCH"), not labels of one point. */
  promptSubjects: Set<string>;
  /** Numbers the point counts things with ("three parts"): number → the counted term. */
  counts: Map<string, string>;
  /** What the point names rather than claims: its code spans (`qs.explain()`) and the prompt's words. */
  names: Set<string>;
}

export interface Segment {
  text: string;
  keys: Set<string>;
  /** What the part is about: its label ("RDB" in "RDB = snapshots") or its first term, when that names a subject. */
  subject?: string;
  /** A short part before `:` or `=` that names what follows ("Fixed window" in "Fixed window = INCR…"). */
  label?: boolean;
}

export interface Weighting {
  /** Per key: in how many corpus documents (questions) it occurs. */
  df: ReadonlyMap<string, number>;
  documents: number;
  /** Lower weights for filler words, asides, years and prompt words (turned off for ablation). */
  discount: boolean;
  /** Weigh by rarity at all (turned off for ablation: every term weighs 1). */
  idf: boolean;
}

export interface Analyser {
  stem: Stemmer;
  vocabulary: CompiledVocabulary;
  weighting: Weighting;
}

/** Tokens with the vocabulary applied and negation marked. */
export function analyse(text: string, analyser: Analyser): Token[] {
  const tokens = applyVocabulary(tokenise(text, analyser.stem), analyser.vocabulary);
  markNegation(tokens);
  return tokens.filter((t) => !t.stop && !t.neg);
}

/** Document frequency of each key over a corpus of questions (prompt, key points, model answer). */
export function documentFrequencies(questions: Iterable<Question>, analyser: Omit<Analyser, 'weighting'>): Map<string, number> {
  const df = new Map<string, number>();
  for (const q of questions) {
    const text = [q.prompt, q.answer, ...q.keyPoints.flatMap((k) => [k.text, ...k.alternatives])].join('\n');
    const keys = new Set(applyVocabulary(tokenise(text, analyser.stem), analyser.vocabulary).filter((t) => !t.stop && !t.neg).map((t) => t.key));
    for (const key of keys) df.set(key, (df.get(key) ?? 0) + 1);
  }
  return df;
}

// Words that carry no idea of the field on their own.
const FILLER = new Set(
  `plus avoid hard part make makes made give gives need needs want keep keeps good bad better best new old large small big
  many lot lots kind sort usual usually common commonly typical example examples case cases point points way ways time times
  first second last next often rather real really also around able allow allows help helps handle handles
  work works working general generally certain specific specifically different difference same thing know known mean means
  say says said see seen look looks come comes go goes done doing try tries`
    .split(/\s+/)
    .filter(Boolean),
);

/** How rare a key is across the corpus (inverse document frequency): what a term tells. */
export function rarityOf(key: string, df: ReadonlyMap<string, number>, documents: number): number {
  return Math.log(1 + documents / (1 + (df.get(key) ?? 0)));
}

function weightOf(token: Token, promptKeys: Set<string>, w: Weighting): number {
  const rarity = w.idf ? rarityOf(token.key, w.df, w.documents) : 1;
  if (!w.discount) return rarity;
  let factor = 1;
  if (promptKeys.has(token.key)) factor *= 0.35;
  if (token.aside) factor *= 0.4;
  if (/^(1[89]|20)\d\d$/.test(token.word)) factor *= 0.2;
  if (FILLER.has(token.word)) factor *= 0.3;
  return rarity * factor;
}

export function pattern(text: string, promptKeys: Set<string>, analyser: Analyser): Pattern {
  const terms = new Map<string, Term>();
  const tokens = analyse(text, analyser);
  for (const token of tokens) {
    const weight = weightOf(token, promptKeys, analyser.weighting);
    const known = terms.get(token.key);
    if (known) known.weight = Math.max(known.weight, weight);
    else terms.set(token.key, { key: token.key, weight, asserted: token.asserted, subject: promptKeys.has(token.key), ...(token.negativeClause ? { negative: true } : {}) });
  }
  // Stated both ways in one part ("not authenticated, sent with WWW-Authenticate"): either way agrees, neither is turned round.
  for (const key of bothWays(text, analyser)) Object.assign(terms.get(key) ?? {}, { asserted: true, either: true });
  // …and so is one set off by a contrast ("bypass `save()`", "salt defeats rainbow tables").
  for (const token of tokens) if (token.contrast) Object.assign(terms.get(token.key) ?? {}, { asserted: true, either: true });
  const list = [...terms.values()];
  return { text, terms: list, total: list.reduce((sum, t) => sum + t.weight, 0), reach: tokens.length ? tokens[tokens.length - 1].at - tokens[0].at + 1 : 0 };
}

/** A key point's parts and the marks between them (`;`, a label's `:` or `=`, dashes, sentence ends), asides dropped: [part, mark, part, …]. */
function splitParts(text: string): string[] {
  return fold(text).replace(/\([^)]*\)/g, ' ').split(/(;|:\s|\s=\s|\s[–—-]\s|\.\s)/);
}

/** Keys one part of the text states both negated and not (parts of a point may each have their own polarity: "per process: use a shared backend"). */
function bothWays(text: string, analyser: Analyser): string[] {
  return splitParts(text).flatMap((part, i) => {
    if (i % 2 === 1) return [];
    const tokens = analyse(part, analyser);
    return [...new Set(tokens.filter((t) => !t.asserted && tokens.some((o) => o.key === t.key && o.asserted)).map((t) => t.key))];
  });
}

/** A short part before `:` that starts with one of these states a condition ("Over the limit:", "In production:"), not a subject. */
const CONDITION_WORDS = /^(over|on|in|for|with|without|after|before|when|if|during|under|at|by|from|to|once|until)\b/;

/**
 * Key-point parts split at `;`, at a label's colon or `=` and at dashes, without their asides. A
 * short part before `:` or `=` is a label and the subject of what follows; otherwise a part's first
 * term is its subject when the prompt names it ("PUT sends the full representation").
 */
function segments(text: string, prompt: Set<string>, analyser: Analyser): Segment[] {
  const pieces = splitParts(text);
  const out: Segment[] = [];
  let label: string | undefined;
  for (let i = 0; i < pieces.length; i += 2) {
    const part = pieces[i].replace(/\s+/g, ' ').trim();
    const separator = pieces[i + 1] ?? '';
    const terms = analyse(part, analyser);
    if (!part || terms.length === 0) continue;
    // A count ("Three parts: …") names nothing; "RDB = periodic snapshots: compact" has one label, RDB.
    const names = !/^\d/.test(terms[0].key);
    const isLabel = /^(:|=)/.test(separator.trim()) && terms.length <= 3 && label === undefined && names && !CONDITION_WORDS.test(part);
    // A label ends with its statement; one the prompt names is still the subject of the part it ends ("Uvicorn: ASGI server…;").
    const ends = separator.trim() === ';' || separator.trim() === '.';
    if (ends && label !== undefined && !prompt.has(label)) label = undefined;
    const subject = isLabel ? terms[0].key : label ?? (names && prompt.has(terms[0].key) ? terms[0].key : undefined);
    out.push({ text: part, keys: new Set(terms.map((t) => t.key)), subject, ...(isLabel ? { label: true } : {}) });
    if (isLabel) label = terms[0].key;
    if (ends) label = undefined;
  }
  return out;
}

/** A small number that counts things; not "one", which is mostly an article ("one query per row", "one of them"). */
function isCount(key: string): boolean {
  return /^\d\d?$/.test(key) && key !== '1';
}

/** "three base64url parts" → 3 counts "base64url"… and "part": each number with the next two terms. */
function countsOf(text: string, analyser: Analyser): Map<string, string> {
  const counts = new Map<string, string>();
  const tokens = analyse(text, analyser);
  tokens.forEach((t, i) => {
    if (!isCount(t.key)) return;
    for (const next of tokens.slice(i + 1, i + 3)) if (next.clause === t.clause && !/^\d/.test(next.key)) counts.set(next.key, t.key);
  });
  return counts;
}

export function answerCounts(tokens: Token[]): Map<string, Set<string>> {
  const counts = new Map<string, Set<string>>();
  tokens.forEach((t, i) => {
    if (!isCount(t.key)) return;
    for (const next of tokens.slice(i + 1, i + 3)) {
      if (next.clause !== t.clause || /^\d/.test(next.key)) continue;
      const set = counts.get(next.key) ?? new Set<string>();
      set.add(t.key);
      counts.set(next.key, set);
    }
  });
  return counts;
}

export function promptKeys(question: Question, analyser: Analyser): Set<string> {
  return new Set(analyse(question.prompt, analyser).map((t) => t.key));
}

/** Code names of the question that are also function words (`is` in "`is` vs `==`"): a claim starting with one keeps it. */
function codeFunctionWords(question: Question): Set<string> {
  const text = [question.prompt, ...question.keyPoints.map((k) => k.text)].join('\n');
  // `only()`, `.get()`, `GET`: the name without its call parentheses or a leading dot.
  const spans = [...text.matchAll(/`\.?([A-Za-z_]+)(?:\(\))?`/g)].map((m) => m[1].toLowerCase());
  return new Set(spans.filter((w) => STOP_WORDS.has(w)));
}

/** A claim (`not:`) as a pattern; it tells nothing when it names only what the prompt names ("Redis cannot use both" → "redis"). */
function claimPattern(text: string, prompt: Set<string>, code: Set<string>, analyser: Analyser): Pattern | undefined {
  const claim = pattern(text, prompt, analyser);
  if (!claim.terms.some((t) => !t.subject)) return undefined;
  const first = tokenise(text, analyser.stem)[0];
  return first?.stop && code.has(first.word) ? { ...claim, lead: first.word } : claim;
}

/** Words a point leads with: what it is about ("yield" dependencies, "If-Match"; a label: "Fixed window"). */
const LEADING_TERMS = 1;

/** Its label ("Fixed window" in "Fixed window = INCR…"), else its first words. */
function leadingKeys(parts: Segment[], analyser: Analyser): Set<string> {
  const [first] = parts;
  if (!first) return new Set();
  if (first.label) return first.keys;
  return new Set(analyse(first.text, analyser).slice(0, LEADING_TERMS).map((t) => t.key));
}

/** An alternative made only of names: the prompt's words, the point's leading words, the question's subjects ("both RDB and AOF": its claim is a function word). */
function namingOrNot(alternative: Pattern, parts: Segment[], prompt: Set<string>, subjects: Set<string>, analyser: Analyser): Pattern {
  const leading = leadingKeys(parts, analyser);
  const naming = alternative.terms.length > 0 && alternative.terms.every((t) => prompt.has(t.key) || leading.has(t.key) || subjects.has(t.key));
  return naming ? { ...alternative, naming } : alternative;
}

/** The prompt's words and the keys of the point's code spans (`Concept.names`). */
function namesOf(text: string, prompt: Set<string>, analyser: Analyser): Set<string> {
  const names = new Set(prompt);
  for (const span of text.match(/`[^`]+`/g) ?? []) for (const t of analyse(span, analyser)) names.add(t.key);
  return names;
}

export function concepts(question: Question, analyser: Analyser): Concept[] {
  const prompt = promptKeys(question, analyser);
  const code = codeFunctionWords(question);
  const parts = question.keyPoints.map((point) => segments(point.text, prompt, analyser));
  const subjects = new Set(parts.flat().flatMap((segment) => (segment.subject ? [segment.subject] : [])));
  const promptSubjects = new Set([...subjects].filter((key) => prompt.has(key)));
  // A part that names two subjects ("WSGI servers vs ASGI servers") compares them: it is about neither alone.
  for (const segment of parts.flat()) {
    if ([...segment.keys].some((key) => key !== segment.subject && subjects.has(key))) segment.subject = undefined;
  }
  return question.keyPoints.map((point: KeyPoint, i) => ({
    ...pattern(point.text, prompt, analyser),
    segments: parts[i],
    alternatives: point.alternatives.map((alt) => namingOrNot(pattern(alt, prompt, analyser), parts[i], prompt, subjects, analyser)),
    contradictions: point.contradictions.flatMap((claim) => claimPattern(claim, prompt, code, analyser) ?? []),
    subjects,
    promptSubjects,
    counts: countsOf(point.text, analyser),
    names: namesOf(point.text, prompt, analyser),
  }));
}
