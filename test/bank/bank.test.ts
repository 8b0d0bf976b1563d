import * as assert from 'assert';
import { execFile } from 'child_process';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { bankSource, loadDecks } from '../../src/core/deck/load/loadDecks';
import { nodeFileAccess } from '../../src/node/nodeFileAccess';
import { DeckSet } from '../../src/core/deck/model';

/** The built-in bank: what the extension ships in questions/. */
const bankFolder = path.resolve(__dirname, '../../../questions');
/** Debian's Python sees the Debian packages the snippets use (scripts/setup.sh installs them). */
const PYTHON = process.env.SNIPPET_PYTHON ?? '/usr/bin/python3';
const SNIPPET_TIMEOUT_MS = 60_000;

interface RunResult {
  code: number | null;
  stdout: string;
  /** stdout then stderr, for failure reports. */
  output: string;
  ms: number;
}

function runPython(args: string[], cwd: string): Promise<RunResult> {
  const started = Date.now();
  return new Promise((resolve) => {
    execFile(PYTHON, args, { cwd, timeout: SNIPPET_TIMEOUT_MS, env: { ...process.env, PYTHONDONTWRITEBYTECODE: '1' }, maxBuffer: 8 * 1024 * 1024 }, (error, stdout, stderr) => {
      const code = error ? (typeof error.code === 'number' ? error.code : null) : 0;
      resolve({ code, stdout, output: `${stdout}${stderr}`, ms: Date.now() - started });
    });
  });
}

/** Runs `jobs` with at most `width` at a time (the machine has 2 cores). */
async function pool<T, R>(items: T[], width: number, job: (item: T) => Promise<R>): Promise<R[]> {
  const results: R[] = new Array(items.length);
  let next = 0;
  await Promise.all(
    Array.from({ length: width }, async () => {
      while (next < items.length) {
        const index = next++;
        results[index] = await job(items[index]);
      }
    }),
  );
  return results;
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

  it('every snippet runs from another folder, exits 0 and ends with its OK: line', async function () {
    this.timeout(15 * 60_000);
    const snippets = [...new Set(bank.decks.flatMap((deck) => deck.questions.flatMap((q) => q.snippets)))];
    const elsewhere = fs.mkdtempSync(path.join(os.tmpdir(), 'ic-snippets-'));
    const results = await pool(snippets, 2, async (file) => ({ file, ...(await runPython([file], elsewhere)) }));
    fs.rmSync(elsewhere, { recursive: true, force: true });
    const failures = results
      .filter((r) => r.code !== 0 || !lastLine(r.stdout).startsWith('OK:'))
      .map((r) => `${path.relative(bankFolder, r.file)} (exit ${r.code}, ${r.ms} ms):\n${r.output.split('\n').slice(-12).join('\n')}`);
    const slowest = [...results].sort((a, b) => b.ms - a.ms).slice(0, 3);
    console.log(`      ${results.length} snippets, ${results.reduce((s, r) => s + r.ms, 0)} ms in all; slowest: ${slowest.map((r) => `${path.basename(r.file)} ${r.ms} ms`).join(', ')}`);
    assert.deepStrictEqual(failures, []);
  });

  it('a snippet whose packages are missing prints the pip advice, not a traceback', async function () {
    this.timeout(10 * 60_000);
    const snippets = [...new Set(bank.decks.flatMap((deck) => deck.questions.flatMap((q) => q.snippets)))];
    // -S leaves out site-packages, so only the standard library is importable.
    const results = await pool(snippets, 2, async (file) => ({ file, ...(await runPython(['-S', file], path.dirname(file))) }));
    const bad = results
      .filter((r) => !(r.code === 0 && lastLine(r.stdout).startsWith('OK:')) && !(r.code === 2 && /pip install/.test(r.output) && !/Traceback/.test(r.output)))
      .map((r) => `${path.relative(bankFolder, r.file)} (exit ${r.code}):\n${r.output.split('\n').slice(-8).join('\n')}`);
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
