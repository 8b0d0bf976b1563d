/**
 * Stemming: Porter2 (the Snowball English stemmer, `wink-porter2-stemmer`) after folding British
 * spellings to American ones, so that normalise/normalize, caching/cached and
 * statelessness/stateless meet. The hand-written suffix rules it replaced are kept as
 * `lightStem` so the benchmark can compare both (`npm run bench -- --ablate`).
 */
import porter2 from 'wink-porter2-stemmer';

/** Porter2 cuts these to another word's stem (authorization → author, stateful → state, optional → option, invalidate → invalid): keep them apart. */
const STEM_EXCEPTIONS: Record<string, string> = {
  authorization: 'authoriz', authorizations: 'authoriz', authorize: 'authoriz', authorized: 'authoriz', authorizes: 'authoriz', authorizing: 'authoriz',
  authorizer: 'authoriz', stateful: 'stateful', statefulness: 'stateful',
  // optional → option would make the OPTIONS method and "Meta options" the opposite of "required".
  optional: 'optional', optionally: 'optional',
  // invalidate → invalid would make "invalid credentials" a cache invalidation, and "missing" a cache miss.
  invalidate: 'invalidat', invalidates: 'invalidat', invalidated: 'invalidat', invalidating: 'invalidat', invalidation: 'invalidat', invalidations: 'invalidat',
  missing: 'missing',
};

export type Stemmer = (word: string) => string;

/** normalise → normalize, behaviour → behavior: one spelling before stemming. */
function americanise(word: string): string {
  return word
    .replace(/^([a-z]{3,})is(e|ed|es|ing|ation|ations|er|ers)$/, '$1iz$2')
    .replace(/^([a-z]{3,})our(s|ed|ing)?$/, (all, stem: string, end = '') => (/(behavi|hon|col|fav|harb|lab|neighb)$/.test(stem) ? `${stem}or${end}` : all));
}

/** Code-like tokens (`select_related`, `n+1`, `401`, `c#`) are compared as written. */
function isPlainWord(word: string): boolean {
  return /^[a-z]+$/.test(word);
}

export const porter2Stem: Stemmer = (word) => {
  if (!isPlainWord(word) || word.length < 3) return word;
  const folded = americanise(word);
  return STEM_EXCEPTIONS[folded] ?? porter2(folded);
};

/** The old light suffix stemmer (cache, caches, cached, caching → cach). */
export const lightStem: Stemmer = (word) => {
  if (!isPlainWord(word) || word.length < 3) return word;
  let w = word.replace(/^([a-z]{4,})is(e|ed|es|ing|ation|ations)$/, '$1iz$2');
  if (w.endsWith('ies') && w.length > 4) w = w.slice(0, -3) + 'i';
  else if (w.endsWith('s') && !/(ss|us|is)$/.test(w)) w = w.slice(0, -1);
  if (w.endsWith('ied') && w.length > 4) w = w.slice(0, -3) + 'i';
  else if (w.endsWith('ing') && hasVowelStem(w.slice(0, -3))) w = w.slice(0, -3);
  else if (w.endsWith('ed') && hasVowelStem(w.slice(0, -2))) w = w.slice(0, -2);
  if (w.endsWith('ization')) w = w.slice(0, -5) + 'e';
  else if (w.endsWith('ation') && w.length > 7) w = w.slice(0, -5) + 'ate';
  else if (w.endsWith('ment') && w.length > 7) w = w.slice(0, -4);
  else if (w.endsWith('ly') && !w.endsWith('ily') && w.length > 5) w = w.slice(0, -2);
  if (w.endsWith('e') && w.length > 2) w = w.slice(0, -1);
  if (w.endsWith('y') && w.length > 2) w = w.slice(0, -1) + 'i';
  if (/([bcdfghjkmnpqrtvwxy])\1$/.test(w) && w.length > 2) w = w.slice(0, -1);
  return w;
};

function hasVowelStem(rest: string): boolean {
  return rest.length >= 2 && /[aeiouy]/.test(rest);
}
