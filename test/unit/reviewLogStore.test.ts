/**
 * The review log on disk, with real processes appending at once (two windows are two extension
 * hosts) and processes killed mid-way. Nothing here is simulated: the files, locks and processes are real.
 */
import * as assert from 'assert';
import { ChildProcess, spawn } from 'child_process';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { ReviewEntry, parseReviewLog, serialiseEntry } from '../../src/core/progress/reviewLog';
import { ReviewLogFile } from '../../src/vscode/storage/reviewLogFile';

const WORKER = path.join(__dirname, 'workers', 'reviewLogWorker.js');
const old = (i: number): ReviewEntry => ({ id: `old-${i}`, at: new Date(Date.UTC(2020, 0, 1) + i * 1000).toISOString(), grade: 3, mode: 'flashcard' });

/** Runs a worker; resolves with the appends it acknowledged once it exits. */
function runWorker(args: string[]): { child: ChildProcess; done: Promise<{ acknowledged: number; code: number | null }> } {
  const child = spawn(process.execPath, [WORKER, ...args], { stdio: ['ignore', 'pipe', 'pipe'] });
  let out = '';
  let err = '';
  child.stdout!.on('data', (chunk) => (out += chunk));
  child.stderr!.on('data', (chunk) => (err += chunk));
  const done = new Promise<{ acknowledged: number; code: number | null }>((resolve) =>
    child.on('exit', (code) => {
      if (code !== 0 && code !== null) process.stderr.write(err);
      resolve({ acknowledged: (out.match(/^ok /gm) ?? []).length, code });
    }),
  );
  return { child, done };
}

describe('review log store on disk (real processes)', function () {
  this.timeout(60_000);
  let folder: string;
  let file: string;

  beforeEach(() => {
    folder = fs.mkdtempSync(path.join(os.tmpdir(), 'ic-reviewlog-'));
    file = path.join(folder, 'reviews.jsonl');
  });
  afterEach(() => fs.rmSync(folder, { recursive: true, force: true }));

  it('loses no append when 4 processes append 100 reviews each and compact after every append', async () => {
    // 400 old entries and a bound of 400: every compaction drops old entries only, never a new one.
    fs.writeFileSync(file, Array.from({ length: 400 }, (_, i) => serialiseEntry(old(i))).join(''));
    const workers = [1, 2, 3, 4].map((w) => runWorker(['append', file, String(w), '100', '400']));
    const results = await Promise.all(workers.map((w) => w.done));
    assert.deepStrictEqual(results.map((r) => r.code), [0, 0, 0, 0]);
    const { entries, skipped } = parseReviewLog(fs.readFileSync(file, 'utf8'));
    const ids = new Set(entries.map((e) => e.id));
    const lost = [1, 2, 3, 4].flatMap((w) => Array.from({ length: 100 }, (_, i) => `w${w}-${i}`)).filter((id) => !ids.has(id));
    console.log(`      ${lost.length} of 400 concurrent appends lost; ${entries.length} entries in the file`);
    assert.deepStrictEqual(lost, []);
    assert.strictEqual(skipped, 0);
    assert.strictEqual(entries.length, 400, 'compacted down to the bound');
    assert.ok(entries.every((e) => !e.id.startsWith('old-')), 'the old entries were the ones trimmed');
    assert.deepStrictEqual(fs.readdirSync(folder).filter((n) => n !== 'reviews.jsonl'), [], 'no lock or temporary file is left behind');
  });

  it('keeps every acknowledged append when a process is killed mid-way, and the next append still reads back', async () => {
    const worker = runWorker(['append', file, '1', '100000', '100000']);
    await new Promise<void>((resolve) => {
      let seen = '';
      worker.child.stdout!.on('data', (chunk) => {
        seen += chunk;
        if ((seen.match(/^ok /gm) ?? []).length >= 50) resolve();
      });
    });
    worker.child.kill('SIGKILL');
    const { acknowledged } = await worker.done;
    const log = new ReviewLogFile(file, { staleMs: 60_000 });
    // Its lock, if it died holding one, names a dead process: it is broken, not waited out.
    await log.append({ id: 'after-crash', at: '2026-11-25T10:00:00.000Z', grade: 4, mode: 'typed' });
    const { entries, skipped } = await log.read();
    const ids = new Set(entries.map((e) => e.id));
    for (let i = 0; i < acknowledged; i++) assert.ok(ids.has(`w1-${i}`), `acknowledged append ${i} is there`);
    assert.ok(ids.has('after-crash'));
    assert.strictEqual(skipped, 0);
  });

  it('a torn last line (a crash mid-write) is ended, so the next append is a line of its own', async () => {
    const first = serialiseEntry(old(1));
    fs.writeFileSync(file, first + serialiseEntry(old(2)).slice(0, 25));
    const log = new ReviewLogFile(file);
    assert.strictEqual((await log.read()).skipped, 0, 'an unfinished last line is not reported as damage');
    await log.append(old(3));
    const text = fs.readFileSync(file, 'utf8');
    assert.ok(text.endsWith('\n' + serialiseEntry(old(3))), 'the new entry starts on a new line');
    const { entries, skipped } = await log.read();
    assert.deepStrictEqual(entries.map((e) => e.id), ['old-1', 'old-3']);
    assert.strictEqual(skipped, 1, 'the torn line, now ended, counts as unreadable (the store backs it up)');
  });

  it('backs the file up before a compaction drops unreadable lines (a second torn line is not lost silently)', async () => {
    const lines = Array.from({ length: 30 }, (_, i) => serialiseEntry(old(i)));
    lines.splice(10, 0, 'torn{"id":\n');
    fs.writeFileSync(file, lines.join(''));
    const log = new ReviewLogFile(file, { maxEntries: 20, slack: 0 });
    const result = await log.compactIfLarge(() => `${file}.bak`);
    assert.deepStrictEqual(result, { compacted: true, backup: `${file}.bak` });
    assert.strictEqual(fs.readFileSync(`${file}.bak`, 'utf8'), lines.join(''), 'the backup is the file as it was');
    assert.deepStrictEqual((await log.read()).entries.map((e) => e.id), Array.from({ length: 20 }, (_, i) => `old-${i + 10}`));
  });

  it('breaks a lock whose owner was killed', async () => {
    const holder = runWorker(['hold-lock', file]);
    await new Promise<void>((resolve) => holder.child.stdout!.on('data', () => resolve()));
    assert.ok(fs.existsSync(`${file}.lock`));
    holder.child.kill('SIGKILL');
    await holder.done;
    const log = new ReviewLogFile(file, { timeoutMs: 5_000 });
    await log.append(old(1));
    assert.deepStrictEqual((await log.read()).entries.map((e) => e.id), ['old-1']);
  });

  it('two compactions at once in one process both succeed (no shared temporary name)', async () => {
    fs.writeFileSync(file, Array.from({ length: 10_050 }, (_, i) => serialiseEntry(old(i))).join(''));
    const log = new ReviewLogFile(file, { slack: 0 });
    const results = await Promise.allSettled([log.compactIfLarge(() => `${file}.a.bak`), log.compactIfLarge(() => `${file}.b.bak`), log.read()]);
    assert.deepStrictEqual(results.map((r) => r.status), ['fulfilled', 'fulfilled', 'fulfilled']);
    assert.strictEqual(parseReviewLog(fs.readFileSync(file, 'utf8')).entries.length, 10_000);
  });

  it('an import holds the log until it commits: an append made meanwhile lands after the swap, and an abort changes nothing', async () => {
    const log = new ReviewLogFile(file);
    await log.append(old(1));
    const staged = await log.stageMerge([old(2)]);
    const other = new ReviewLogFile(file);
    const appending = other.append(old(3));
    await new Promise((resolve) => setTimeout(resolve, 100));
    assert.deepStrictEqual((await log.read()).entries.map((e) => e.id), ['old-1'], 'nothing visible before the commit');
    await staged.commit();
    await appending;
    assert.deepStrictEqual((await log.read()).entries.map((e) => e.id), ['old-1', 'old-2', 'old-3']);
    const before = fs.readFileSync(file, 'utf8');
    await (await log.stageMerge([old(9)])).abort();
    assert.strictEqual(fs.readFileSync(file, 'utf8'), before);
    assert.deepStrictEqual(fs.readdirSync(folder), ['reviews.jsonl']);
  });
});
