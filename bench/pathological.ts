/**
 * Pathological inputs for the parsers, each a function of a size `n`: the reproducers of the
 * reliability review (shared/reviews/reliability-2026-12-01.md §1.2–1.3) plus a few more shapes of
 * the same kinds. Used by bench/scaling.ts (time at 1×, 4×, 16×) and test/unit/fuzz.test.ts.
 */
import { generateGenericReadme } from './parse';

/** The parser entry point an input is aimed at. */
export type Target = 'generic' | 'native' | 'frontMatter' | 'render';

export interface Pathological {
  name: string;
  target: Target;
  /** `n` at 1× in the scaling benchmark. */
  base: number;
  make: (n: number) => string;
}

const FRONT = '---\nid: t\ntitle: T\n---\n';
const repeat = (n: number, make: (i: number) => string, join = '\n') => Array.from({ length: n }, (_, i) => make(i)).join(join);

export const PATHOLOGICAL: Pathological[] = [
  { name: 'answer paragraph of ![]( ', target: 'generic', base: 2000, make: (n) => `## What is X?\n\nWords ${'![]('.repeat(n)}\n` },
  { name: 'heading Q + spaces + x', target: 'generic', base: 2000, make: (n) => `## Q${' '.repeat(n)}x?\n\nAn answer.\n` },
  { name: 'heading of <', target: 'generic', base: 2000, make: (n) => `## What is ${'<'.repeat(n)}?\n\nAn answer.\n` },
  { name: 'heading of [](', target: 'generic', base: 1000, make: (n) => `## What is ${'[]('.repeat(n)}?\n\nAn answer.\n` },
  { name: 'heading of [[[…]', target: 'generic', base: 2000, make: (n) => `## What is ${'['.repeat(n)}]x?\n\nAn answer.\n` },
  { name: 'sections with the same title', target: 'generic', base: 400, make: (n) => repeat(n, () => '## Basics\n\n### What is X?\n\nAn answer.\n') },
  { name: 'identical questions', target: 'generic', base: 400, make: (n) => repeat(n, () => '## What is X?\n\nAn answer.\n') },
  { name: 'headings with 7 prompts', target: 'generic', base: 2000, make: (n) => repeat(n, (i) => `## What is ${'abcdefg'[i % 7]}?\n\nAn answer.\n`) },
  { name: 'README (bench/parse.ts)', target: 'generic', base: 100, make: (n) => generateGenericReadme(n) },
  { name: 'empty bullets after - id:', target: 'native', base: 2000, make: (n) => `${FRONT}## Q\n\n- id: q\n${'-\n'.repeat(n)}` },
  { name: 'metadata line of n values', target: 'native', base: 20000, make: (n) => `${FRONT}## Q\n\n- snippet: ${'a,'.repeat(n)}\n` },
  { name: 'native questions', target: 'native', base: 500, make: (n) => FRONT + repeat(n, (i) => `## Q${i}?\n\n- id: q${i}\n\n### Answer\n\nA.\n\n### Key points\n\n- k\n`) },
  { name: 'lone CRs between questions', target: 'native', base: 500, make: (n) => FRONT + repeat(n, (i) => `## Q${i}?\r\r- id: q${i}\r\r### Answer\r\rA.\r\r### Key points\r\r- k\r`) },
  { name: 'front matter keys', target: 'frontMatter', base: 400, make: (n) => `---\n${repeat(n, (i) => `k${i}: v`)}\n---\n` },
  { name: 'front matter synonyms', target: 'frontMatter', base: 300, make: (n) => `---\nid: t\ntitle: T\nsynonyms:\n${repeat(n, (i) => `  t${i}: [a, b]`)}\n---\n` },
  { name: 'front matter aliases', target: 'frontMatter', base: 200, make: (n) => `---\nid: t\ntitle: T\na: &a x\ntags: [${repeat(n, () => '*a', ', ')}]\n---\n` },
  { name: 'front matter unresolved aliases', target: 'frontMatter', base: 200, make: (n) => `---\nid: t\ntitle: T\ntags: [${repeat(n, (i) => `*args${i}`, ', ')}]\n---\n` },
  { name: 'front matter anchors, each aliased once', target: 'frontMatter', base: 50, make: (n) => `---\nid: t\ntitle: T\n${repeat(n, (i) => `a${i}: &a${i} x`)}\ntags: [${repeat(n, (i) => `*a${i}`, ', ')}]\n---\n` },
  { name: 'front matter deep flow', target: 'frontMatter', base: 500, make: (n) => `---\nid: t\ntitle: T\ntags: ${'['.repeat(n)}${']'.repeat(n)}\n---\n` },
  { name: 'render: ![]( paragraph', target: 'render', base: 2000, make: (n) => `Words ${'![]('.repeat(n)}\n` },
  { name: 'render: nested lists', target: 'render', base: 2000, make: (n) => repeat(n, (i) => `${' '.repeat(Math.min(i, 200) * 2)}- x`) },
];

/** The review's one-line reproducers that used to throw (R1–R3) or shift answers (R10). */
export const REPRODUCERS = {
  unresolvedAlias: `---\nid: python\ntitle: Python\ntags: [python, *args]\n---\n`,
  aliasBomb: `---\nid: t\ntitle: T\na: &a x\nb: [${Array.from({ length: 101 }, () => '*a').join(', ')}]\n---\n`,
  longMetadataLine: `${FRONT}## Q\n\n- snippet: ${'a,'.repeat(200_000)}\n`,
};
