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
}

export interface CompiledVocabulary {
  /** Phrases of two or more keys by their first key, longest first. */
  byFirst: Map<string, Phrase[]>;
  /** One-word forms: key → its concept. */
  single: Map<string, Phrase>;
}

/** The keys a phrase is matched on: its terms and negation cues, not its function words. */
function phraseKeys(text: string, stem: Stemmer): string[] {
  return tokenise(text, stem).filter((t) => !t.stop).map((t) => t.key);
}

export function compileVocabulary(groups: readonly string[][], opposites: readonly [string, string][], stem: Stemmer): CompiledVocabulary {
  const phrases: Phrase[] = [];
  const conceptOf = new Map<string, string>();
  const groupOf = new Map<string, string[]>();
  for (const group of groups) {
    const named = group.map((p) => phraseKeys(p, stem)).filter((k) => k.length > 0);
    if (named.length < 2) continue;
    const concept = `=${named[0].join(' ')}`;
    for (const keys of named) {
      conceptOf.set(keys.join(' '), concept);
      groupOf.set(keys.join(' '), group);
      phrases.push({ keys, concept, flip: false });
    }
  }
  for (const [term, opposite] of opposites) {
    const termKeys = phraseKeys(term, stem);
    if (termKeys.length === 0) continue;
    const concept = conceptOf.get(termKeys.join(' ')) ?? (termKeys.length === 1 ? termKeys[0] : `=${termKeys.join(' ')}`);
    if (!conceptOf.has(termKeys.join(' ')) && termKeys.length > 1) phrases.push({ keys: termKeys, concept, flip: false });
    const oppositeKeys = phraseKeys(opposite, stem);
    const forms = groupOf.get(oppositeKeys.join(' '))?.map((p) => phraseKeys(p, stem)) ?? [oppositeKeys];
    for (const keys of forms) if (keys.length) phrases.push({ keys, concept, flip: true });
  }
  // A later entry for the same phrase wins: the opposites override the group's own concept.
  const unique = new Map(phrases.map((p) => [p.keys.join(' '), p]));
  // One-word forms apply first, and longer phrases are written in their terms, so that
  // "server remembers" also matches "server keeps" (keep and remember being one concept).
  const single = new Map<string, Phrase>();
  for (const phrase of unique.values()) if (phrase.keys.length === 1) single.set(phrase.keys[0], phrase);
  const byFirst = new Map<string, Phrase[]>();
  for (const original of unique.values()) {
    if (original.keys.length === 1) continue;
    const phrase = { ...original, keys: original.keys.map((k) => single.get(k)?.concept ?? k) };
    const list = byFirst.get(phrase.keys[0]) ?? [];
    list.push(phrase);
    byFirst.set(phrase.keys[0], list);
  }
  for (const list of byFirst.values()) list.sort((a, b) => b.keys.length - a.keys.length);
  return { byFirst, single };
}

/** Replaces each phrase of the vocabulary (within one sentence) by its concept, left to right. */
export function applyVocabulary(tokens: Token[], vocabulary: CompiledVocabulary): Token[] {
  if (vocabulary.byFirst.size === 0 && vocabulary.single.size === 0) return tokens;
  const content = tokens
    .filter((t) => !t.stop)
    .map((t) => {
      const one = vocabulary.single.get(t.key);
      return one && (one.concept !== t.key || one.flip) ? { ...t, key: one.concept, flip: one.flip } : t;
    });
  const out: Token[] = [];
  let i = 0;
  while (i < content.length) {
    const first = content[i];
    const phrase = vocabulary.byFirst.get(first.key)?.find((p) => p.keys.every((key, k) => content[i + k]?.key === key && content[i + k].sentence === first.sentence));
    if (!phrase) {
      out.push(first);
      i++;
      continue;
    }
    const words = content.slice(i, i + phrase.keys.length);
    out.push({ ...first, key: phrase.concept, word: words.map((t) => t.word).join(' '), neg: false, stop: false, flip: phrase.flip });
    i += phrase.keys.length;
  }
  return out;
}
