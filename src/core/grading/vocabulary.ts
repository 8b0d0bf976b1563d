/**
 * The shared vocabulary of the field (questions/vocabulary.yml) and a deck's own synonyms: groups of
 * phrases that mean the same (FK / foreign key, "keeps no session" / stateless) become one concept
 * in both the key point and the answer, and pairs of opposites (stateless / stateful) make one
 * phrase the negation of the other, so "stateful" in an answer contradicts "stateless".
 */
import { Stemmer } from './stem';
import { Token, tokenise } from './text';

export interface VocabularySource {
  /** Each group: phrases that mean the same; the first names the concept. */
  same: string[][];
  /** Each pair: a phrase and its opposite. */
  opposite: [string, string][];
}

export const EMPTY_VOCABULARY: VocabularySource = { same: [], opposite: [] };

/** A deck's front-matter `synonyms` (term → alternatives) as vocabulary groups. */
export function synonymGroups(synonyms: Readonly<Record<string, readonly string[]>> | undefined): string[][] {
  return Object.entries(synonyms ?? {}).map(([term, alternatives]) => [term, ...alternatives]);
}

interface Phrase {
  keys: string[];
  concept: string;
  flip: boolean;
  /** Matched word for word, function words included (`literalKeys`). */
  literal?: boolean;
}

export interface CompiledVocabulary {
  /** Phrases of two or more keys by their first key, longest first. */
  byFirst: Map<string, Phrase[]>;
  /** One-word forms: key → its concept. */
  single: Map<string, Phrase>;
  /** Phrases matched word for word, function words included, by their first key (`literalKeys`). */
  literal: Map<string, Phrase[]>;
}

/** The keys a phrase is matched on: its terms and negation cues, not its function words. */
function phraseKeys(text: string, stem: Stemmer): string[] {
  return tokenise(text, stem).filter((t) => !t.stop).map((t) => t.key);
}

/**
 * A phrase that is one word once its function words go ("http only", "per process", "n + 1",
 * "scale out") is matched with them: otherwise every "http", "process", "1" or "scale" would be it.
 */
function literalKeys(text: string, stem: Stemmer): string[] | undefined {
  const all = tokenise(text, stem);
  return all.length > 1 && all.filter((t) => !t.stop).length === 1 ? all.map((t) => t.key) : undefined;
}

export function compileVocabulary(groups: readonly string[][], opposites: readonly [string, string][], stem: Stemmer): CompiledVocabulary {
  const phrases: Phrase[] = [];
  const conceptOf = new Map<string, string>();
  const groupOf = new Map<string, string[]>();
  for (const group of groups) {
    const forms = group.map((text) => phraseOf(text, stem)).filter((p): p is Omit<Phrase, 'concept' | 'flip'> => p !== undefined);
    if (forms.length < 2) continue;
    const concept = `=${phraseKeys(group.find((text) => phraseKeys(text, stem).length > 0) as string, stem).join(' ')}`;
    for (const form of forms) {
      conceptOf.set(form.keys.join(' '), concept);
      groupOf.set(form.keys.join(' '), group);
      phrases.push({ ...form, concept, flip: false });
    }
  }
  for (const [term, opposite] of opposites) {
    const termForm = phraseOf(term, stem);
    if (!termForm) continue;
    const key = termForm.keys.join(' ');
    const concept = conceptOf.get(key) ?? (termForm.keys.length === 1 ? key : `=${key}`);
    if (!conceptOf.has(key) && termForm.keys.length > 1) phrases.push({ ...termForm, concept, flip: false });
    const oppositeForm = phraseOf(opposite, stem);
    if (!oppositeForm) continue;
    for (const text of groupOf.get(oppositeForm.keys.join(' ')) ?? [opposite]) {
      const form = phraseOf(text, stem);
      if (form) phrases.push({ ...form, concept, flip: true });
    }
  }
  // A later entry for the same phrase wins: the opposites override the group's own concept.
  const unique = new Map(phrases.filter((p) => !p.literal).map((p) => [p.keys.join(' '), p]));
  const literal = byFirstKey(new Map(phrases.filter((p) => p.literal).map((p) => [p.keys.join(' '), p])).values());
  // One-word forms apply first, and longer phrases are written in their terms, so that
  // "server remembers" also matches "server keeps" (keep and remember being one concept).
  const single = new Map<string, Phrase>();
  for (const phrase of unique.values()) if (phrase.keys.length === 1) single.set(phrase.keys[0], phrase);
  const longer = [...unique.values()].filter((p) => p.keys.length > 1).map((p) => ({ ...p, keys: p.keys.map((k) => single.get(k)?.concept ?? k) }));
  return { byFirst: byFirstKey(longer), single, literal };
}

/** Phrases by their first key, longest first (so the longest match wins). */
function byFirstKey(phrases: Iterable<Phrase>): Map<string, Phrase[]> {
  const byFirst = new Map<string, Phrase[]>();
  for (const phrase of phrases) {
    const list = byFirst.get(phrase.keys[0]) ?? [];
    list.push(phrase);
    byFirst.set(phrase.keys[0], list);
  }
  for (const list of byFirst.values()) list.sort((a, b) => b.keys.length - a.keys.length);
  return byFirst;
}

/** The keys a phrase of the vocabulary is matched on (none: a phrase of function words only). */
function phraseOf(text: string, stem: Stemmer): Omit<Phrase, 'concept' | 'flip'> | undefined {
  const literal = literalKeys(text, stem);
  if (literal) return { keys: literal, literal: true };
  const keys = phraseKeys(text, stem);
  return keys.length ? { keys } : undefined;
}

/** Replaces each phrase of the vocabulary (within one sentence) by its concept, left to right. */
export function applyVocabulary(tokens: Token[], vocabulary: CompiledVocabulary): Token[] {
  if (vocabulary.byFirst.size === 0 && vocabulary.single.size === 0 && vocabulary.literal.size === 0) return tokens;
  const content = withLiterals(tokens, vocabulary.literal)
    .filter((t) => !t.stop)
    .map((t) => {
      const one = vocabulary.single.get(t.key);
      return one && (one.concept !== t.key || one.flip) ? { ...t, key: one.concept, flip: one.flip } : t;
    });
  return mergePhrases(content, (i) => phraseAt(content, i, vocabulary.byFirst.get(content[i].key)));
}

/** The literal phrases, word for word (function words included), each made one token of its concept. */
function withLiterals(tokens: Token[], literal: Map<string, Phrase[]>): Token[] {
  return literal.size === 0 ? tokens : mergePhrases(tokens, (i) => phraseAt(tokens, i, literal.get(tokens[i].key)));
}

/** The longest of `candidates` (longest first) whose keys the tokens from `i` spell, within one sentence. */
function phraseAt(tokens: Token[], i: number, candidates: Phrase[] | undefined): Phrase | undefined {
  return candidates?.find((p) => p.keys.every((key, k) => tokens[i + k]?.key === key && tokens[i + k].sentence === tokens[i].sentence));
}

/** Left to right, each phrase found at a position becomes one token of its concept. */
function mergePhrases(tokens: Token[], at: (i: number) => Phrase | undefined): Token[] {
  const out: Token[] = [];
  for (let i = 0; i < tokens.length; ) {
    const phrase = at(i);
    if (!phrase) {
      out.push(tokens[i]);
      i++;
      continue;
    }
    const words = tokens.slice(i, i + phrase.keys.length);
    out.push({ ...tokens[i], key: phrase.concept, word: words.map((t) => t.word).join(' '), neg: false, stop: false, flip: phrase.flip });
    i += phrase.keys.length;
  }
  return out;
}
