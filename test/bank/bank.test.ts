import * as assert from 'assert';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { bankSource, loadDecks } from '../../src/core/deck/load/loadDecks';
import { nodeFileAccess } from '../../src/node/nodeFileAccess';
import { DeckSet } from '../../src/core/deck/model';
import { pool, runOnStack, Stack, STACKS, stackVersions, timeTable } from './pythonStacks';

/** The built-in bank: what the extension ships in questions/. */
const bankFolder = path.resolve(__dirname, '../../../questions');

/** Every (snippet, stack) pair, so both cores stay busy across both stacks. */
function pairs(snippets: string[]): { file: string; stack: Stack }[] {
  return snippets.flatMap((file) => STACKS.map((stack) => ({ file, stack })));
}
describe('the built-in question bank', function () {
  let bank: DeckSet;
  before(async () => {
    bank = await loadDecks([bankSource(bankFolder)], nodeFileAccess);
  });

  it('every deck parses without diagnostics', () => {
    const problems = bank.diagnostics.map((d) => `${path.relative(bankFolder, d.file)}:${d.line}: ${d.severity}: ${d.message}`);
    assert.deepStrictEqual(problems, []);
  });

  it('has at least 5 questions per topic and 70 in all, with unique ids', () => {
    const counts = bank.decks.map((deck) => `${deck.id}=${deck.questions.length}`);
    console.log(`      ${counts.join(' ')}`);
    for (const deck of bank.decks) assert.ok(deck.questions.length >= 5, `${deck.id} has ${deck.questions.length} questions`);
    const ids = bank.decks.flatMap((deck) => deck.questions.map((q) => q.id));
    assert.ok(ids.length >= 70, `${ids.length} questions`);
    assert.strictEqual(new Set(ids).size, ids.length);
  });

  it('every question has an interview-length answer, 3–6 key points and a follow-up', () => {
    const off: string[] = [];
    for (const q of bank.decks.flatMap((deck) => deck.questions)) {
      const words = q.answer.replace(/```[\s\S]*?```/g, '').split(/\s+/).filter(Boolean).length;
      if (words < 60 || words > 300) off.push(`${q.id}: ${words} words`);
      if (q.keyPoints.length < 3 || q.keyPoints.length > 6) off.push(`${q.id}: ${q.keyPoints.length} key points`);
      if (q.followUps.length < 1) off.push(`${q.id}: no follow-up`);
    }
    assert.deepStrictEqual(off, []);
  });

  it('every snippet file is referenced by a question and exists', () => {
    const referenced = new Set(bank.decks.flatMap((deck) => deck.questions.flatMap((q) => q.snippets)));
    for (const file of referenced) assert.ok(fs.existsSync(file), file);
    const onDisk = listPython(path.join(bankFolder, 'snippets'));
    const orphans = onDisk.filter((file) => !referenced.has(file)).map((file) => path.relative(bankFolder, file));
    assert.deepStrictEqual(orphans, [], 'snippets no question uses');
  });

  it('the Python stacks the snippets run on', async function () {
    this.timeout(60_000);
    for (const stack of STACKS) console.log(`      ${stack}: ${await stackVersions(stack)}`);
  });

  it('every snippet runs from another folder on both stacks, exits 0 and ends with its OK: line', async function () {
    this.timeout(15 * 60_000);
    const snippets = [...new Set(bank.decks.flatMap((deck) => deck.questions.flatMap((q) => q.snippets)))];
    const elsewhere = fs.mkdtempSync(path.join(os.tmpdir(), 'ic-snippets-'));
    const results = await pool(pairs(snippets), 2, async ({ file, stack }) => ({ file, stack, ...(await runOnStack(stack, [file], elsewhere)) }));
    fs.rmSync(elsewhere, { recursive: true, force: true });
    const failures = results
      .filter((r) => r.code !== 0 || !lastLine(r.stdout).startsWith('OK:'))
      .map((r) => `${r.stack}: ${path.relative(bankFolder, r.file)} (exit ${r.code}, ${r.ms} ms):\n${r.output.split('\n').slice(-12).join('\n')}`);
    const rows = snippets.map((file) => ({
      name: path.relative(path.join(bankFolder, 'snippets'), file),
      ms: Object.fromEntries(results.filter((r) => r.file === file).map((r) => [r.stack, r.ms])),
    }));
    console.log(`      ${snippets.length} snippets on ${STACKS.join(' and ')}, ms per run:\n${timeTable(rows)}`);
    assert.deepStrictEqual(failures, []);
  });

  it('a snippet whose packages are missing prints the pip advice, not a traceback, on both stacks', async function () {
    this.timeout(10 * 60_000);
    const snippets = [...new Set(bank.decks.flatMap((deck) => deck.questions.flatMap((q) => q.snippets)))];
    // -S leaves out site-packages, so only the standard library is importable.
    // These runs stop at their first import, so four at a time fit on two cores.
    const results = await pool(pairs(snippets), 4, async ({ file, stack }) => ({ file, stack, ...(await runOnStack(stack, ['-S', file], path.dirname(file))) }));
    const bad = results
      .filter((r) => !(r.code === 0 && lastLine(r.stdout).startsWith('OK:')) && !(r.code === 2 && /pip install/.test(r.output) && !/Traceback/.test(r.output)))
      .map((r) => `${r.stack}: ${path.relative(bankFolder, r.file)} (exit ${r.code}):\n${r.output.split('\n').slice(-8).join('\n')}`);
    assert.deepStrictEqual(bad, []);
  });
});

function lastLine(output: string): string {
  const lines = output.trim().split('\n');
  return lines[lines.length - 1]?.trim() ?? '';
}

function listPython(folder: string): string[] {
  if (!fs.existsSync(folder)) return [];
  return fs.readdirSync(folder, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(folder, entry.name);
    if (entry.isDirectory()) return listPython(full);
    return entry.name.endsWith('.py') ? [full] : [];
  });
}
