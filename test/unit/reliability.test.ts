/**
 * Regression tests for the parser findings of the reliability review
 * (shared/reviews/reliability-2026-12-01.md §1.2, R1–R11): each reproducer, and what it must give.
 * No test here asserts on time; bench/scaling.ts prints the growth, test/unit/fuzz.test.ts catches hangs.
 */
import * as assert from 'assert';
import { splitFrontMatter } from '../../src/core/deck/frontMatter';
import { parseGenericMarkdown } from '../../src/core/deck/genericMarkdown';
import { IdAllocator } from '../../src/core/deck/ids';
import { MAX_DECK_CHARS, MAX_QUESTIONS } from '../../src/core/deck/limits';
import { PARSER_BUG } from '../../src/core/deck/model';
import { parseDeck } from '../../src/core/deck/parseDeck';
import { linkLabels, stripTags, withoutImages } from '../../src/core/deck/generic/inlineText';
import { REPRODUCERS } from '../../bench/pathological';

const FRONT = '---\nid: t\ntitle: T\n---\n';
const question = (i: number, answer = `Answer ${i}.`) => `## Question ${i}?\n\n- id: q${i}\n\n### Answer\n\n${answer}\n\n### Key points\n\n- point ${i}\n`;
const NATIVE = FRONT + [1, 2, 3].map((i) => question(i, `First line of ${i}\nsecond line of ${i}`)).join('\n');
const messages = (diagnostics: { message: string }[]) => diagnostics.map((d) => d.message).join('\n');

describe('parser reliability (review 2026-12-01)', () => {
  it('R1: an alias with no anchor (tags: [python, *args]) is a diagnostic at its line, not a throw', () => {
    const { data, problems } = splitFrontMatter(REPRODUCERS.unresolvedAlias);
    assert.strictEqual(data, undefined);
    assert.deepStrictEqual(problems.map((p) => p.line), [4]);
    assert.match(problems[0].message, /alias "\*args" with no "&args" anchor/);
    const { deck, diagnostics } = parseDeck(REPRODUCERS.unresolvedAlias, '/decks/python.md');
    assert.strictEqual(deck?.id, 'python', 'falls back to the file name');
    assert.ok(!messages(diagnostics).includes(PARSER_BUG));
  });

  it('R2: more than 100 aliases, and a billion-laughs expansion, are diagnostics', () => {
    const many = splitFrontMatter(REPRODUCERS.aliasBomb);
    assert.strictEqual(many.data, undefined);
    assert.match(messages(many.problems), /more than 100 YAML aliases/);
    const levels = ['a: &a [x, x, x, x, x, x, x, x, x, x]'];
    for (let l = 1; l < 9; l++) levels.push(`${'abcdefghi'[l]}: &${'abcdefghi'[l]} [${Array(10).fill(`*${'abcdefghi'[l - 1]}`).join(', ')}]`);
    const laughs = splitFrontMatter(`---\n${levels.join('\n')}\n---\n`);
    assert.strictEqual(laughs.data, undefined);
    assert.match(messages(laughs.problems), /Front matter cannot be read: Excessive alias count/);
    // Aliases used properly still work.
    const fine = splitFrontMatter('---\nid: t\ntitle: T\ntags: &t [a, b]\nsynonyms:\n  x: *t\n---\n');
    assert.deepStrictEqual(fine.data?.synonyms, { x: ['a', 'b'] });
  });

  it('R3: a metadata line of 200,000 values is read up to the limit, with a warning', () => {
    const { diagnostics } = parseDeck(REPRODUCERS.longMetadataLine, '/decks/t.md');
    assert.match(messages(diagnostics), /lists 200000 values; only the first 100 are read/);
    assert.ok(!messages(diagnostics).includes(PARSER_BUG));
  });

  it('R4–R7: links, images and tags are stripped like the regexes did, in one pass', () => {
    let seed = 7;
    const next = () => (seed = (Math.imul(seed, 1664525) + 1013904223) >>> 0) / 2 ** 32;
    const alphabet = ['[', ']', '(', ')', '!', '<', '>', 'a', ' ', '![', '](', '\n'];
    for (let n = 0; n < 3000; n++) {
      const text = Array.from({ length: Math.floor(next() * 30) }, () => alphabet[Math.floor(next() * alphabet.length)]).join('');
      assert.strictEqual(stripTags(text), text.replace(/<[^>]*>/g, ''), JSON.stringify(text));
      assert.strictEqual(withoutImages(text), text.replace(/!\[[^\]]*\]\([^)]*\)/g, ''), JSON.stringify(text));
      assert.strictEqual(linkLabels(text), text.replace(/\[([^\]]*)\]\([^)]*\)/g, '$1'), JSON.stringify(text));
    }
  });

  it('R8: a heading with a long run of spaces and a {#id} reads as before', () => {
    const { decks } = parseGenericMarkdown(`## Q.${' '.repeat(5000)}What is X?   {#what-is-x}\n\nX is y.\n`, '/n/notes.md');
    assert.deepStrictEqual(decks.flatMap((d) => d.questions.map((q) => q.prompt)), ['What is X?']);
  });

  it('R9: identical headings and section titles get the same ids as before (-2, -3…), however many', () => {
    const { decks } = parseGenericMarkdown(Array(3).fill('## Basics\n\n### What is X?\n\nAn answer.\n').join('\n'), '/n/notes.md');
    assert.deepStrictEqual(decks.map((d) => d.id), ['notes-basics', 'notes-basics-2', 'notes-basics-3']);
    assert.deepStrictEqual(decks.flatMap((d) => d.questions.map((q) => q.id)), ['notes-what-is-x', 'notes-what-is-x-2', 'notes-what-is-x-3']);
    // The allocator against the one it replaced (probe base, base-2, base-3… every time).
    const naive = new Set<string>();
    const take = (base: string) => {
      let id = base;
      for (let n = 2; naive.has(id); n++) id = `${base}-${n}`;
      naive.add(id);
      return id;
    };
    const allocator = new IdAllocator();
    for (const base of ['a', 'a', 'a-2', 'a', 'a-2', 'b', 'a-3', 'a', 'b', 'a-2-2', 'a-2']) assert.strictEqual(allocator.take(base), take(base), base);
  });

  it('R10: a lone CR is a line break like LF and CRLF: answers do not shift', () => {
    const lf = parseDeck(NATIVE, '/decks/t.md');
    assert.strictEqual(lf.deck?.questions.length, 3);
    assert.deepStrictEqual(lf.diagnostics, []);
    for (const [name, eol] of [['CR', '\r'], ['CRLF', '\r\n']]) {
      const variant = parseDeck(NATIVE.replace(/\n/g, eol), '/decks/t.md');
      assert.deepStrictEqual(variant, lf, name);
    }
    // A lone CR on every third line break only (a CR before an LF would make one CRLF break).
    let count = 0;
    const mixed = NATIVE.replace(/\n(?!\n)/g, () => (++count % 3 === 0 ? '\r' : '\n'));
    assert.ok(/[^\n]\r[^\n]/.test(mixed));
    assert.deepStrictEqual(parseDeck(mixed, '/decks/t.md'), lf);
  });

  it('R11: a byte-order mark before the front matter is ignored', () => {
    assert.deepStrictEqual(parseDeck(`\ufeff${NATIVE}`, '/decks/t.md'), parseDeck(NATIVE, '/decks/t.md'));
  });

  it('a key written twice in the front matter is reported at its line (yaml\'s quadratic check is off)', () => {
    const { data, problems } = splitFrontMatter('---\nid: t\ntitle: T\nid: u\n---\n');
    assert.strictEqual(data, undefined);
    assert.deepStrictEqual(problems, [{ line: 4, message: 'Front matter is not valid YAML: the key "id" appears twice in one mapping.' }]);
    const nested = splitFrontMatter('---\nid: t\ntitle: T\nsynonyms:\n  a: b\n  a: c\n---\n');
    assert.deepStrictEqual(nested.problems.map((p) => p.line), [6]);
  });

  it('a file over the size limit is refused with one diagnostic, by both parsers', () => {
    const big = `${FRONT}${'x'.repeat(MAX_DECK_CHARS)}\n`;
    for (const diagnostics of [parseDeck(big, '/d/big.md').diagnostics, parseGenericMarkdown(big, '/d/big.md').diagnostics]) {
      assert.strictEqual(diagnostics.length, 1);
      assert.match(diagnostics[0].message, /^This file is 5\.0 MB; deck files over 5 MB are not read/);
    }
    assert.match(splitFrontMatter(`---\nk: ${'v'.repeat(200_000)}\n---\n`).problems[0].message, /larger than 100 KB/);
  });

  it(`reads at most ${MAX_QUESTIONS} questions of a file and says so`, function () {
    this.timeout(30_000); // 10,000 questions parsed: a few seconds on a slow machine
    const count = MAX_QUESTIONS + 2;
    const native = parseDeck(FRONT + Array.from({ length: count }, (_, i) => question(i)).join('\n'), '/d/t.md');
    assert.strictEqual(native.deck?.questions.length, MAX_QUESTIONS);
    assert.deepStrictEqual(native.diagnostics.map((d) => d.message), [`Only the first ${MAX_QUESTIONS} questions of a deck are read; split it into several files.`]);
    const generic = parseGenericMarkdown(Array.from({ length: count }, (_, i) => `## What is ${i}?\n\nAn answer.\n`).join('\n'), '/d/t.md');
    assert.strictEqual(generic.decks[0].questions.length, MAX_QUESTIONS);
    assert.match(messages(generic.diagnostics), /Only the first 5000 questions of a file are read/);
  });

  it('parse results are plain data that a worker can post back (structured clone keeps them equal)', () => {
    const native = parseDeck(NATIVE, '/decks/t.md');
    assert.deepStrictEqual(structuredClone(native), native);
    const generic = parseGenericMarkdown('# T\n\n## What is X?\n\n- one\n- two\n', '/n/t.md');
    assert.deepStrictEqual(structuredClone(generic), generic);
  });
});
