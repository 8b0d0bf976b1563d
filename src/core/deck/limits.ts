/**
 * What one deck file may hold. Decks are untrusted input that is parsed on the extension host, so
 * every parser stops at these bounds with a diagnostic instead of running for as long as the input
 * asks. Generous: the largest "interview questions" READMEs are about 1 MB with under 1,000
 * questions, and the bank's decks are under 100 KB.
 */

/** Characters in one deck file (a 5 MB README parses in well under a second). */
export const MAX_DECK_CHARS = 5 * 1024 * 1024;

/** Questions read from one file; the rest are reported and left out. */
export const MAX_QUESTIONS = 5000;

/** Characters of YAML front matter (a deck's id, title, order, tags and synonyms). */
export const MAX_FRONT_MATTER_CHARS = 100_000;

/** YAML aliases in the front matter, and yaml's own limit on how far they may expand (its default). */
export const MAX_YAML_ALIASES = 100;

/** Values on one metadata line (`- snippet: a.py, b.py`) and phrases on one `- also:`/`- not:` line. */
export const MAX_LIST_VALUES = 100;

export function tooLargeMessage(chars: number): string {
  return `This file is ${(chars / 1024 / 1024).toFixed(1)} MB; deck files over ${MAX_DECK_CHARS / 1024 / 1024} MB are not read. Split it into smaller files.`;
}
