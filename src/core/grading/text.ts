/**
 * Text to tokens for the grader: Markdown stripped, case and accents folded, each word stemmed,
 * function words marked, negation cues ("not", "never", "doesn't", "instead of", "rather than")
 * kept as tokens of their own, and sentence and clause numbers recorded so that evidence can be
 * looked for within one statement instead of across the whole answer.
 */
import { Stemmer } from './stem';

export interface Token {
  /** What is compared: the stem, or a vocabulary concept (`=…`). */
  key: string;
  /** As written (lower case), for reasons shown to the user. */
  word: string;
  /** A negation cue rather than a term. */
  neg: boolean;
  /** A function word: never evidence on its own. */
  stop: boolean;
  sentence: number;
  clause: number;
  /** Inside parentheses: examples and asides weigh less. */
  aside: boolean;
  /** Set by the vocabulary for the opposite of a term (`stateful` for `stateless`). */
  flip: boolean;
  /** False when the token is negated in its clause (after `flip`): "keeps no session". */
  asserted: boolean;
  /** Its clause says "not", "no", "never"… somewhere (or uses an opposite). */
  negativeClause: boolean;
  /** Its position among all the text's tokens (function words included), to see the word before it. */
  at: number;
  /** Set off by a contrast ("bypasses save()", "seek vs full scan", "otherwise spoofed"): it may be meant either way, so it turns nothing round. */
  contrast?: boolean;
  /** A preposition or an auxiliary comes right before it ("in" of "no big keys in prod", "can" of "instead of 403 can hide it"): a denial of a thing ends there. */
  denialEnds?: boolean;
}

/** Markdown that would leak into terms: links keep their text, code and emphasis marks go. */
export function stripMarkdown(text: string): string {
  return text
    .replace(/!?\[([^\]]*)\]\([^)]*\)/g, '$1')
    .replace(/\[([^\]]*)\]\[[^\]]*\]/g, '$1')
    .replace(/<\/?[a-z][^>]*>/gi, ' ')
    .replace(/[`*~]/g, ' ');
}

/** Lower case, no accents, apostrophes inside words dropped (don't → dont), abbreviations' and names' dots gone. */
export function fold(text: string): string {
  return stripMarkdown(text)
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/(\p{L})['’](\p{L})/gu, '$1$2')
    .replace(/\b(e\.g|i\.e|etc|vs|cf)\./g, '$1 ')
    // Notes' shorthand: "w/o" is "without" (a negation), "w/" is "with".
    .replace(/\bw\/o\b/g, 'without')
    .replace(/\bw\/(?=\s)/g, 'with')
    // A dot inside a name (`gc.collect`, `settings.py`) ends no sentence; one in a number (4.0) stays.
    .replace(/([\p{L}\p{N}_])\.(?=[\p{L}_])/gu, '$1 ')
    // A thousands separator (16,384 slots) is part of its number, not a clause mark.
    .replace(/\b(\d{1,3}),(?=\d{3}\b)/g, '$1');
}

// Numbers with dots (4.0, 3.13), words glued by + or # (n+1, c++, c#), operators (==, !=, +=) that
// answers name as subjects ("== compares values"), sentence and clause marks.
const PIECE = /\p{N}+(?:\.\p{N}+)+|(?:[\p{L}\p{N}_]+(?:\+\+?|#)?)+|[=!]==?|[-+*/|&^%]=|[.;!?\n]|[,:()=→/]|->/gu;
const SENTENCE_END = new Set(['.', ';', '!', '?', '\n']);
// A slash joins alternatives within one phrase ("not localStorage/sessionStorage"): it is no clause mark.
const CLAUSE_MARK = new Set([',', ':', '(', ')', '=', '→', '->']);
/** Words that start a new clause, so "PATCH replaces it and PUT patches it" is two statements. */
const CLAUSE_WORDS = new Set(['and', 'but', 'while', 'whereas', 'so', 'because', 'although', 'though', 'which', 'then', 'whilst', 'unlike']);

const NEGATIONS = new Set(
  '!= not no never without cannot nothing none neither nor non dont doesnt didnt isnt arent wasnt werent cant couldnt shouldnt wont wouldnt hasnt havent hadnt mustnt neednt nobody nowhere'.split(' '),
);
/** Words that deny what comes before them in their clause: "ALLOWED_HOSTS is ignored". */
const DENYING_PREDICATES = new Set(['ignored', 'unnecessary', 'pointless', 'useless', 'irrelevant', 'needless', 'unneeded', 'antipattern', 'myth', 'overrated']);
/** "jti denylisting doesn't work", "a salt isn't needed": a negated verb that ends its clause denies what comes before it. */
const DENIED_VERBS = new Set(['work', 'works', 'help', 'helps', 'matter', 'matters', 'needed', 'necessary', 'required']);
const DENYING_NEGATIONS = new Set(['not', 'dont', 'doesnt', 'wont', 'isnt', 'arent', 'cant']);
/** How many terms after a negation cue it reaches, within its clause. */
const NEGATION_REACH = 4;

export function tokenise(text: string, stem: Stemmer): Token[] {
  // A dash between spaces sets off an aside ("isn't authenticated - the response carries…"): a clause mark.
  const pieces = fold(text).replace(/\s[-–—]+\s/g, ' , ').match(PIECE) ?? [];
  const tokens: Token[] = [];
  let sentence = 0;
  let clause = 0;
  let depth = 0;
  let setOff = 0;
  let boundary = false;
  for (let i = 0; i < pieces.length; i++) {
    const piece = pieces[i];
    // A call's empty parentheses (`save()`) end no clause.
    if (piece === '(' && pieces[i + 1] === ')') {
      i++;
      continue;
    }
    if (SENTENCE_END.has(piece)) {
      if (piece !== '.' || tokens.length) {
        sentence++;
        clause++;
      }
      setOff = 0;
      continue;
    }
    if (piece === '/') continue;
    if (CLAUSE_MARK.has(piece)) {
      if (piece === '(') depth++;
      if (piece === ')') depth = Math.max(0, depth - 1);
      clause++;
      setOff = 0;
      continue;
    }
    const word = piece.replace(/^_+|_+$/g, '');
    if (!word) continue;
    if (CLAUSE_WORDS.has(word)) {
      clause++;
      // "bypass save() and the model signals": what a contrast sets off goes on over "and".
      if (word !== 'and') setOff = 0;
    }
    const next = pieces[i + 1];
    // "instead of X" and "rather than X" deny X; "not only" denies nothing; "None" is Python's, "none of" denies.
    const backward = DENYING_PREDICATES.has(word) || (word === 'anti' && next === 'pattern') || (DENYING_NEGATIONS.has(word) && DENIED_VERBS.has(next) && endsClause(pieces[i + 2]));
    // "unlike X, …" and "people think X" say X is not so.
    const contrast = word === 'unlike' || word === 'misconception' || (REPORTED.has(word) && HEARSAY.has(pieces[i - 1] ?? ''));
    const cue = backward || contrast || (NEGATIONS.has(word) ? !(word === 'not' && next === 'only') && !(word === 'none' && next !== 'of') : (word === 'instead' && next === 'of') || (word === 'rather' && next === 'than'));
    const number = NUMBER_WORDS[word];
    const stop = !cue && (STOP_WORDS.has(word) || (/^\p{L}$/u.test(word) && number === undefined));
    tokens.push({
      key: backward ? '¬<' : cue ? '¬' : number ?? stem(word), word, neg: cue, stop, sentence, clause, aside: depth > 0, flip: false, asserted: true, negativeClause: false, at: tokens.length,
      ...(setOff > 0 && !stop && !cue ? { contrast: true } : {}),
      ...(boundary && !stop && !cue ? { denialEnds: true } : {}),
    });
    if (!stop && !cue) boundary = false;
    if (PREPOSITIONS.has(word) || AUXILIARIES.has(word)) boundary = true;
    if (setOff > 0 && !stop && !cue) setOff--;
    if (CONTRASTS.test(word)) setOff = NEGATION_REACH;
  }
  return tokens;
}

/** "instead of 403 can hide it": a verb after the denied thing is not denied with it. */
const AUXILIARIES = new Set(['is', 'are', 'was', 'were', 'be', 'can', 'could', 'will', 'would', 'should', 'must', 'may', 'might', 'has', 'have', 'does', 'do']);

/** Negations of a thing rather than of a verb: what they deny ends at a preposition. */
const NOUN_DENIALS = new Set(['no', 'without', 'instead', 'rather', 'none', 'nothing', 'neither', 'nor']);
/** "no big keys in prod", "no speed-up for CPU-bound threads": what a denial of a thing denies ends at these. */
const PREPOSITIONS = new Set(['in', 'on', 'for', 'at', 'from', 'to', 'by', 'with', 'during', 'under', 'via', 'per', 'across', 'between', 'within', 'into', 'through', 'behind']);

/** Words after which a term may be meant either way: what is bypassed, avoided or compared against. */
const CONTRASTS = /^(vs|versus|over|otherwise|bypass(es|ed|ing)?|skip(s|ped|ping)?|avoid(s|ed|ing)?|prevent(s|ed|ing)?|defeat(s|ed|ing)?|hides?|hiding|lacks?)$/;

/** "people think X", "many assume X": X is what others say, not the answer's claim. */
const REPORTED = new Set(['think', 'assume', 'believe', 'claim', 'say']);
const HEARSAY = new Set(['people', 'many', 'some', 'folks', 'devs', 'developers', 'everyone', 'often', 'commonly', 'juniors', 'beginners']);

function endsClause(piece: string | undefined): boolean {
  return piece === undefined || SENTENCE_END.has(piece) || CLAUSE_MARK.has(piece) || CLAUSE_WORDS.has(piece);
}

/** Marks the terms a negation cue reaches (the next few terms of its clause); flips count as one more negation. */
export function markNegation(tokens: Token[]): void {
  const negative = new Set(tokens.filter((t) => t.neg || t.flip).map((t) => t.clause));
  for (const token of tokens) token.negativeClause = negative.has(token.clause);
  let reach = 0;
  let denial = false;
  let clause = -1;
  for (const token of tokens) {
    if (token.clause !== clause) {
      reach = 0;
      clause = token.clause;
    }
    if (token.neg && token.key === '¬<') {
      denyBefore(tokens, tokens.indexOf(token));
      continue;
    }
    if (token.neg) {
      // "non-blocking", "non-simple": the prefix negates its word, not the rest of the clause.
      reach = token.word === 'non' ? 1 : NEGATION_REACH;
      denial = NOUN_DENIALS.has(token.word);
      continue;
    }
    if (token.stop) continue;
    // "No" denies a thing, not where or for what: "no big keys in prod" still speaks of prod ("can't break it down into DB time" denies it all).
    if (denial && reach > 0 && reach < NEGATION_REACH && token.denialEnds) reach = 0;
    const negated = reach > 0;
    if (reach > 0) reach--;
    token.asserted = negated === token.flip;
  }
}

function denyBefore(tokens: Token[], at: number): void {
  let left = NEGATION_REACH;
  for (let i = at - 1; i >= 0 && left > 0 && tokens[i].clause === tokens[at].clause; i--) {
    if (tokens[i].stop || tokens[i].neg) continue;
    tokens[i].asserted = !tokens[i].asserted;
    left--;
  }
}

const NUMBER_WORDS: Record<string, string> = {
  zero: '0', one: '1', two: '2', three: '3', four: '4', five: '5', six: '6', seven: '7', eight: '8', nine: '9', ten: '10', single: '1',
};

// Function words; negations are cues, not stop words, because they change what a sentence says.
export const STOP_WORDS = new Set(
  `a about above again against all also am an and any are as at be because been being below between both but by
  can could did do does doing done down during each either else etc eg ie even ever every few for from further
  get gets got had has have having he her here hers him his how however i if in into is it its itself just let lets
  like may me might more most much must my now of off on once only or other our ours out over own per
  quite rather really same she should since so some such than that thats the their theirs them then there these they
  this those though through thus to too under until up upon us use used uses using very via vs was way we well were
  what when where whether which while who whom whose why will with within would yet you your yours
  im ive youre theyre thing things something basically actually simply just also instead its whats
  usually often typically generally mostly mainly always sometimes e g i`
    .split(/\s+/)
    .filter(Boolean),
);
