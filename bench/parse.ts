/**
 * Parser benchmark: `npm run bench`. Generates README-style Markdown Q&A files (about 500 KB and 500
 * questions, then 4× and 16× that) and native decks of similar size, and prints for each the parse
 * time (median of several runs after a warm-up), the throughput, and the ratio to markdown-it's own
 * `parse()` of the same text, plus how time grows from 1× to 16×, so that a regression to
 * non-linear time shows. Prints figures only: nothing here asserts on time.
 */
import MarkdownIt from 'markdown-it';
import { performance } from 'perf_hooks';
import { GENERIC_MARKDOWN_OPTIONS, parseGenericMarkdown } from '../src/core/deck/genericMarkdown';
import { parseDeck } from '../src/core/deck/parseDeck';

/** A small deterministic PRNG so every run benchmarks the same text. */
function random(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (Math.imul(state, 1664525) + 1013904223) >>> 0;
    return state / 0x100000000;
  };
}

const SUBJECTS = ['closures', 'the event loop', 'garbage collection', 'a hash map', 'database indexes', 'HTTP caching', 'CORS', 'JWT signatures', 'a B-tree', 'the GIL', 'generators', 'decorators', 'promises', 'optimistic locking', 'idempotent requests', 'consistent hashing', 'rate limiting', 'the CAP theorem', 'TCP slow start', 'memoisation'];
const STARTS = ['What is', 'Explain', 'How does one use', 'Why would you choose', 'When should you avoid', 'Describe the trade-offs of', 'What problem is solved by', 'How would you test'];
const WORDS = 'the a request cache value thread process lock index query server client memory object function scope key token network latency order result error state update read write cost'.split(' ');

function sentence(next: () => number, words = 12): string {
  const out: string[] = [];
  const n = words + Math.floor(next() * 8);
  for (let i = 0; i < n; i++) out.push(WORDS[Math.floor(next() * WORDS.length)]);
  const text = out.join(' ');
  return `${text[0].toUpperCase()}${text.slice(1)} \`${WORDS[Math.floor(next() * WORDS.length)]}()\` ${WORDS[Math.floor(next() * WORDS.length)]}.`;
}

function codeBlock(next: () => number): string {
  const lines = ['```python'];
  const n = 4 + Math.floor(next() * 5);
  for (let i = 0; i < n; i++) lines.push(`${i === 0 ? '' : '    '}${WORDS[Math.floor(next() * WORDS.length)]}_${i} = compute(${i}, "${WORDS[Math.floor(next() * WORDS.length)]}")  # ${WORDS[Math.floor(next() * WORDS.length)]}`);
  lines.push('```');
  return lines.join('\n');
}

function promptFor(index: number): string {
  return `${STARTS[index % STARTS.length]} ${SUBJECTS[Math.floor(index / STARTS.length) % SUBJECTS.length]} in case ${index + 1}?`;
}

/** A README of `questions` numbered questions in sections, with a TOC, badges, tables and back-to-top links. */
export function generateGenericReadme(questions: number, seed = 1): string {
  const next = random(seed);
  const perSection = 25;
  const out: string[] = [
    '# Interview Questions',
    '',
    '[![Build](https://img.shields.io/badge/build-passing-green.svg)](https://example.invalid) [![License: MIT](https://img.shields.io/badge/License-MIT-yellow.svg)](LICENSE)',
    '',
    `> ${sentence(next)}`,
    '',
    '## Table of Contents',
    '',
  ];
  for (let i = 0; i < questions; i++) out.push(`${i % perSection === 0 ? '' : '   '}${i % perSection === 0 ? `* [Section ${i / perSection + 1}](#section-${i / perSection + 1})\n   ` : ''}* [${promptFor(i)}](#q${i + 1})`);
  out.push('');
  for (let i = 0; i < questions; i++) {
    if (i % perSection === 0) out.push('---', '', `## Section ${i / perSection + 1}: ${SUBJECTS[(i / perSection) % SUBJECTS.length]}`, '', sentence(next), '');
    out.push(`### ${i + 1}. ${promptFor(i)}`, '');
    out.push(`${sentence(next)} ${sentence(next)} ${sentence(next)}`, '');
    if (i % 3 === 0) out.push(`- ${sentence(next, 6)}`, `- ${sentence(next, 6)}`, `- ${sentence(next, 6)}`, '');
    out.push(codeBlock(next), '');
    if (i % 5 === 0) out.push('| case | cost | note |', '|---|---|---|', `| ${WORDS[i % WORDS.length]} | O(1) | ${sentence(next, 4)} |`, `| ${WORDS[(i + 3) % WORDS.length]} | O(n) | ${sentence(next, 4)} |`, '');
    if (i % 7 === 0) out.push('#### Example', '', sentence(next), '');
    out.push(sentence(next), '');
    out.push('<div align="right">', '    <b><a href="#table-of-contents">↥ back to top</a></b>', '</div>', '');
  }
  out.push('## Contributing', '', sentence(next), '', '## License', '', 'MIT', '');
  return out.join('\n');
}

/** A native deck (questions/README.md) of `questions` questions. */
export function generateNativeDeck(questions: number, seed = 2): string {
  const next = random(seed);
  const out: string[] = ['---', 'id: bench', 'title: Benchmark deck', 'order: 1', 'tags: [bench]', '---', '', '# Benchmark deck', '', sentence(next), ''];
  for (let i = 0; i < questions; i++) {
    out.push(`## ${promptFor(i)}`, '', `- id: bench-q${i + 1}`, `- difficulty: ${['easy', 'medium', 'hard'][i % 3]}`, '', '### Answer', '');
    out.push(`${sentence(next)} ${sentence(next)} ${sentence(next)}`, '', codeBlock(next), '', sentence(next), '');
    out.push('### Key points', '', `- ${sentence(next, 5)}`, `- ${sentence(next, 5)}`, `- ${sentence(next, 5)}`, '');
    out.push('### Follow-ups', '', `- ${sentence(next, 6)}`, '');
  }
  return out.join('\n');
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
}

/** Median time of `run` after a warm-up; slow inputs get fewer runs (at least 3). */
function time(run: () => unknown, maxRuns: number, budgetMs = 4000): number {
  run();
  const first = performance.now();
  run();
  const once = performance.now() - first;
  const runs = Math.max(3, Math.min(maxRuns, Math.floor(budgetMs / Math.max(once, 0.001))));
  const samples: number[] = [];
  for (let i = 0; i < runs; i++) {
    const start = performance.now();
    run();
    samples.push(performance.now() - start);
  }
  return median(samples);
}

interface Row {
  input: string;
  bytes: number;
  questions: number;
  ms: number;
  markdownItMs: number;
}

type Tokenizer = { parse(text: string, env: object): unknown };

function measure(input: string, text: string, parse: (text: string) => number, markdownIt: Tokenizer): Row {
  process.stderr.write(`measuring ${input}\u2026\n`);
  const questions = parse(text);
  const ms = time(() => parse(text), 15);
  const markdownItMs = time(() => markdownIt.parse(text, {}), 15);
  return { input, bytes: Buffer.byteLength(text), questions, ms, markdownItMs };
}

function main() {
  const base = 500;
  const rows: Row[] = [];
  const notes: string[] = [];
  const genericTokenizer = new MarkdownIt(GENERIC_MARKDOWN_OPTIONS);
  const generic = (scale: number) =>
    measure(`generic ${scale}×`, generateGenericReadme(base * scale), (t) => parseGenericMarkdown(t, '/bench/interview-questions.md').decks.reduce((n, d) => n + d.questions.length, 0), genericTokenizer);
  rows.push(generic(1), generic(4), generic(16));

  const nativeTokenizer = new MarkdownIt({ html: false });
  const native = (scale: number) =>
    measure(`native ${scale}×`, generateNativeDeck(base * scale), (t) => parseDeck(t, '/bench/bench.md').deck?.questions.length ?? 0, nativeTokenizer);
  const native1 = native(1);
  const native4 = native(4);
  rows.push(native1, native4);
  const growth4 = native4.ms / native1.ms;
  if (growth4 <= 6) rows.push(native(16));
  else {
    notes.push(
      `native 16×: skipped, because 4× the text took ${growth4.toFixed(1)}× the time (linear ≈ 4); at that rate one 16× parse would take about ${((native4.ms * growth4) / 1000).toFixed(0)} s.`,
    );
  }

  const header = ['input', 'size', 'questions', 'parse (median)', 'throughput', 'markdown-it parse', 'ratio'];
  const table = rows.map((r) => [
    r.input,
    `${(r.bytes / 1024).toFixed(0)} KB`,
    String(r.questions),
    `${r.ms.toFixed(1)} ms`,
    `${(r.bytes / 1024 / 1024 / (r.ms / 1000)).toFixed(1)} MB/s`,
    `${r.markdownItMs.toFixed(1)} ms`,
    `${(r.ms / r.markdownItMs).toFixed(2)}×`,
  ]);
  const widths = header.map((h, c) => Math.max(h.length, ...table.map((row) => row[c].length)));
  const line = (cells: string[]) => `| ${cells.map((cell, c) => (c === 0 ? cell.padEnd(widths[c]) : cell.padStart(widths[c]))).join(' | ')} |`;
  const out: string[] = [line(header), `|${widths.map((w, c) => (c === 0 ? `:${'-'.repeat(w + 1)}` : `${'-'.repeat(w + 1)}:`)).join('|')}|`, ...table.map(line), ''];
  for (const kind of ['generic', 'native']) {
    const small = rows.find((r) => r.input === `${kind} 1×`);
    for (const scale of [4, 16]) {
      const large = rows.find((r) => r.input === `${kind} ${scale}×`);
      if (!small || !large) continue;
      const growth = large.ms / small.ms;
      const markdownItGrowth = large.markdownItMs / small.markdownItMs;
      out.push(
        `${kind}: ${scale}× the text took ${growth.toFixed(1)}× the time (linear ≈ ${scale}; markdown-it alone ${markdownItGrowth.toFixed(1)}×, so relative to markdown-it ${(growth / markdownItGrowth).toFixed(2)}×)`,
      );
    }
  }
  out.push(...notes);
  out.push(`node ${process.version}, ${process.platform}/${process.arch}`);
  process.stdout.write(`${out.join('\n')}\n`);
}

if (require.main === module) main();
