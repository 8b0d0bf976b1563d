/**
 * Issue 14 in the real editor: a snippet that is a symbolic link, two stores on one globalStorage
 * folder (what two windows are), and imports that must either fully happen or change nothing.
 */
import * as assert from 'assert';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import * as vscode from 'vscode';
import type { InterviewCoachApi } from '../../src/extension';
import type { Question } from '../../src/core/deck/model';
import type { MockReport } from '../../src/core/quiz/mockInterview';
import { serialiseEntry, type ReviewEntry } from '../../src/core/progress/reviewLog';
import { MockReportStore } from '../../src/vscode/storage/mockReportStore';
import { ReviewLogStore } from '../../src/vscode/storage/reviewLogStore';
import { activateExtension, waitFor } from './helpers';

const deck = `---\nid: hardening-deck\ntitle: Hardening\n---\n\n## Is this snippet safe?\n\n- id: hardening-q\n- snippet: snippets/ok.py\n\n### Answer\n\nYes.\n\n### Key points\n\n- It is\n`;
const entry = (id: string, i: number): ReviewEntry => ({ id, at: new Date(Date.UTC(2020, 0, 1) + i * 1000).toISOString(), grade: 3, mode: 'typed' });
const mock = (startedAt: string): MockReport => ({ startedAt, finishedAt: startedAt, totalMs: 1000, perQuestionMs: 1000, questions: [] });

describe('Hardening (issue 14): symlinked snippets, two stores on one folder, imports', function () {
  this.timeout(60_000);
  let api: InterviewCoachApi;
  const workspace = () => vscode.workspace.workspaceFolders![0].uri.fsPath;
  const deckFolder = () => path.join(workspace(), '.interview-coach');
  let outside: string;
  let secret: string;

  before(async function () {
    if (!vscode.workspace.isTrusted) this.skip();
    api = await activateExtension();
    outside = fs.mkdtempSync(path.join(os.tmpdir(), 'ic-outside-'));
    secret = path.join(outside, 'secret.py');
    fs.writeFileSync(secret, "print('outside the deck')\n");
    fs.mkdirSync(path.join(deckFolder(), 'snippets'), { recursive: true });
    fs.writeFileSync(path.join(deckFolder(), 'snippets', 'ok.py'), "print('OK: inside')\n");
    fs.symlinkSync(secret, path.join(deckFolder(), 'snippets', 'abs-link.py'));
    fs.writeFileSync(path.join(deckFolder(), 'hardening.md'), deck);
    await waitFor('the workspace deck', () => api.decks.question('hardening-q'), 15_000);
  });

  after(async () => {
    await vscode.commands.executeCommand('workbench.action.closeAllEditors');
    fs.rmSync(deckFolder(), { recursive: true, force: true });
    if (outside) fs.rmSync(outside, { recursive: true, force: true });
  });

  it('refuses to open or run a snippet that is a link out of the deck folder', async () => {
    const question: Question = { ...api.decks.question('hardening-q')!, snippets: [path.join(deckFolder(), 'snippets', 'abs-link.py')] };
    const scratch = api.snippets.scratchUri(question, question.snippets[0]).fsPath;
    assert.strictEqual(await api.snippets.open(question), undefined);
    assert.strictEqual(await api.snippets.run(question), undefined);
    assert.ok(!fs.existsSync(scratch), 'no copy was made');
    assert.strictEqual(vscode.tasks.taskExecutions.length, 0, 'nothing ran');
    assert.strictEqual(fs.readFileSync(secret, 'utf8'), "print('outside the deck')\n");
  });

  it('a link an older version left in scratch is replaced by a regular copy; saving it never writes outside', async () => {
    const question = api.decks.question('hardening-q')!;
    const scratch = api.snippets.scratchUri(question, question.snippets[0]).fsPath;
    fs.mkdirSync(path.dirname(scratch), { recursive: true });
    fs.rmSync(scratch, { force: true });
    fs.symlinkSync(secret, scratch);
    const editor = await api.snippets.open(question);
    assert.ok(editor);
    assert.ok(!fs.lstatSync(scratch).isSymbolicLink(), 'the copy is a regular file');
    assert.strictEqual(editor.document.getText(), "print('OK: inside')\n");
    await editor.edit((edit) => edit.insert(new vscode.Position(0, 0), '# edited\n'));
    await editor.document.save();
    assert.strictEqual(fs.readFileSync(secret, 'utf8'), "print('outside the deck')\n", 'the outside file is untouched');
    assert.match(fs.readFileSync(scratch, 'utf8'), /^# edited/);
  });

  it("two stores on one folder (two windows) lose no append while one compacts, and the extension's own store sees the other's", async () => {
    const folder = fs.mkdtempSync(path.join(os.tmpdir(), 'ic-two-windows-'));
    try {
      // Past the compaction threshold (10,000 + 1,000): the first reads rewrite the file while appends go on.
      fs.writeFileSync(path.join(folder, 'reviews.jsonl'), Array.from({ length: 11_050 }, (_, i) => serialiseEntry(entry('old', i))).join(''));
      const [a, b] = [new ReviewLogStore(vscode.Uri.file(folder)), new ReviewLogStore(vscode.Uri.file(folder))];
      const work: Promise<unknown>[] = [];
      for (let i = 0; i < 100; i++) {
        work.push(a.append({ ...entry('a', i), at: new Date(Date.UTC(2026, 0, 1) + i * 1000).toISOString() }));
        work.push(b.append({ ...entry('b', i), at: new Date(Date.UTC(2026, 0, 1) + i * 1000).toISOString() }));
        if (i % 10 === 0) work.push(a.entries(), b.entries());
      }
      await Promise.all(work);
      const ids = new Set((await a.entries()).map((e) => `${e.id}-${e.at}`));
      const lost = ['a', 'b'].flatMap((id) => Array.from({ length: 100 }, (_, i) => `${id}-${new Date(Date.UTC(2026, 0, 1) + i * 1000).toISOString()}`)).filter((key) => !ids.has(key));
      assert.deepStrictEqual(lost, [], 'every append is there');
      assert.ok(ids.size <= 10_200, `compacted (${ids.size} entries)`);
    } finally {
      fs.rmSync(folder, { recursive: true, force: true });
    }
    const second = new ReviewLogStore(vscode.Uri.file(path.dirname(api.reviewLog.file)));
    await Promise.all(Array.from({ length: 20 }, (_, i) => [second.append(entry('hardening-other-window', i)), api.reviewLog.append(entry('hardening-this-window', i))]).flat());
    const seen = (await api.reviewLog.entries()).filter((e) => e.id.startsWith('hardening-'));
    assert.strictEqual(seen.length, 40);
  });

  it('an import whose mock has a "/" in its start time keeps every past mock interview', async () => {
    const reports = new MockReportStore(vscode.Uri.file(path.dirname(api.reviewLog.file)));
    const existing = ['2026-10-01T10:00:00.000Z', '2026-10-02T10:00:00.000Z', '2026-10-03T10:00:00.000Z'].map(mock);
    for (const report of existing) await reports.save(report);
    const file = path.join(outside, 'export.json');
    const progress = { schemaVersion: 2, cards: {}, removed: {} };
    fs.writeFileSync(file, JSON.stringify({ format: 'interview-coach-progress', version: 1, exportedAt: new Date().toISOString(), progress, reviews: [], mocks: [mock('(a/b) 1 Oct 2026'), mock('2026-10-04T10:00:00.000Z')] }));
    assert.strictEqual(await vscode.commands.executeCommand('interviewCoach.importProgress', vscode.Uri.file(file)), true);
    const starts = (await reports.list()).map((r) => r.startedAt);
    for (const report of [...existing, mock('2026-10-04T10:00:00.000Z')]) assert.ok(starts.includes(report.startedAt), `${report.startedAt} is kept`);
    assert.ok(!starts.includes('(a/b) 1 Oct 2026'));
  });

  it('an import that fails part-way changes nothing: progress, review log and mock reports stay as they were', async () => {
    const storage = path.dirname(api.reviewLog.file);
    const mocks = path.join(storage, 'mock-interviews');
    const before = { log: fs.readFileSync(api.reviewLog.file, 'utf8'), mocks: fs.readdirSync(mocks).sort(), cards: Object.keys(api.progress.cards).sort() };
    // Writing the mock reports fails (their folder is a file), after the review log was staged.
    fs.renameSync(mocks, `${mocks}.aside`);
    fs.writeFileSync(mocks, 'not a folder');
    try {
      const card = { due: '2026-10-10T10:00:00.000Z', stability: 3, difficulty: 5, elapsedDays: 1, scheduledDays: 3, learningSteps: 0, reps: 2, lapses: 0, state: 2, lastReview: '2026-10-07T10:00:00.000Z' };
      const file = path.join(outside, 'export-fails.json');
      fs.writeFileSync(file, JSON.stringify({ format: 'interview-coach-progress', version: 1, exportedAt: new Date().toISOString(), progress: { schemaVersion: 2, cards: { 'hardening-imported': card } }, reviews: [entry('hardening-imported', 1)], mocks: [mock('2026-10-05T10:00:00.000Z')] }));
      assert.strictEqual(await vscode.commands.executeCommand('interviewCoach.importProgress', vscode.Uri.file(file)), false);
    } finally {
      fs.rmSync(mocks, { force: true });
      fs.renameSync(`${mocks}.aside`, mocks);
    }
    assert.strictEqual(fs.readFileSync(api.reviewLog.file, 'utf8'), before.log);
    assert.deepStrictEqual(fs.readdirSync(mocks).sort(), before.mocks);
    assert.deepStrictEqual(Object.keys(api.progress.cards).sort(), before.cards);
    assert.deepStrictEqual(fs.readdirSync(storage).filter((name) => /\.tmp$|\.lock$/.test(name)), [], 'no temporary file or lock is left');
  });
});
