import * as assert from 'assert';
import * as fs from 'fs';
import * as path from 'path';
import * as vscode from 'vscode';
import type { InterviewCoachApi } from '../../src/extension';
import { activateExtension, waitFor } from './helpers';

const EXERCISE = 'orm-n-plus-one-list';

/** The checks run for real: Debian's python3 with Django, as a user's configured interpreter would. */
describe('Exercises judged on this machine', function () {
  this.timeout(120_000);
  let api: InterviewCoachApi;

  before(async function () {
    if (!vscode.workspace.isTrusted) this.skip();
    api = await activateExtension();
    await vscode.workspace.getConfiguration('interviewCoach').update('pythonPath', '/usr/bin/python3', vscode.ConfigurationTarget.Global);
    await api.exercises.catalog.ready();
  });

  after(async () => {
    if (vscode.workspace.isTrusted) await vscode.workspace.getConfiguration('interviewCoach').update('pythonPath', undefined, vscode.ConfigurationTarget.Global);
  });

  it('lists every exercise of the bank in the Testing view, by topic, and under its question in the tree', async () => {
    const controller = api.exercises.tests.controller;
    await controller.resolveHandler?.(undefined);
    const topics = [...controller.items].map(([, item]) => item);
    const exercises = topics.flatMap((topic) => [...topic.children].map(([, item]) => item));
    assert.ok(exercises.length >= 25, `${exercises.length} exercises in the Testing view`);
    assert.ok(topics.length >= 9, `${topics.length} topics`);
    const item = exercises.find((e) => e.id === EXERCISE);
    assert.ok(item, `${EXERCISE} is listed`);
    const exercise = api.exercises.catalog.get(EXERCISE)!;
    assert.strictEqual(item.label, exercise.title);
    assert.match(item.label, /N\+1/);
    const question = api.decks.question(exercise.questionId)!;
    const children = await api.tree.getChildren({ kind: 'question', question });
    const node = children.find((c) => c.kind === 'exercise' && c.exercise.id === EXERCISE);
    assert.ok(node, 'the exercise sits under its question');
    assert.strictEqual(api.tree.getTreeItem(node).description, 'not tried yet');
  });

  it('a run of the starter fails with its message; after the fix a run passes; the tree and the review follow', async () => {
    const exercise = api.exercises.catalog.get(EXERCISE)!;
    await api.exercises.reset(exercise);
    await vscode.commands.executeCommand('interviewCoach.openExercise', EXERCISE);
    const editor = await waitFor('the exercise in an editor', () => vscode.window.visibleTextEditors.find((e) => e.document.uri.fsPath === api.exercises.files.mainFile(exercise).fsPath));
    assert.match(editor.document.getText(), /1 \+ N queries|N\+1/i, 'the brief is at the top of the starter');

    const failed = await api.exercises.run(exercise);
    assert.strictEqual(failed?.status, 'failed', failed?.message);
    const check = failed.checks.find((c) => c.status === 'failed')!;
    assert.match(check.message ?? '', /queries/);
    assert.strictEqual(check.expected, '2 queries or fewer');
    assert.match(check.actual ?? '', /^\d+ queries$/);
    assert.strictEqual(check.file, editor.document.uri.fsPath, 'the failure points into the user\'s copy');
    assert.strictEqual(api.exercises.store.status(EXERCISE), 'failing');

    // The bank's exercises come out of dist/bank-files.br into the extension's storage, not the install.
    const source = await api.exercises.files.source(exercise);
    assert.ok(!source.startsWith(path.dirname(path.dirname(exercise.folder))), `${source} is outside the installed bank`);
    assert.strictEqual(fs.readFileSync(path.join(source, 'solution', exercise.main), 'utf8'), fs.readFileSync(path.join(exercise.folder, 'solution', exercise.main), 'utf8'));

    // The fix, typed into the open editor (unsaved: the run saves it first).
    const solution = fs.readFileSync(path.join(exercise.folder, 'solution', exercise.main), 'utf8');
    await editor.edit((edit) => edit.replace(new vscode.Range(0, 0, editor.document.lineCount, 0), solution));
    assert.ok(editor.document.isDirty);
    const passed = await api.exercises.run(exercise);
    assert.strictEqual(passed?.status, 'passed', JSON.stringify(passed?.checks));
    assert.ok(!editor.document.isDirty, 'the run saved the file');
    assert.strictEqual(api.exercises.store.status(EXERCISE), 'passing');

    const question = api.decks.question(exercise.questionId)!;
    const node = (await api.tree.getChildren({ kind: 'question', question })).find((c) => c.kind === 'exercise')!;
    assert.strictEqual(api.tree.getTreeItem(node).description, 'checks passing');

    // What the daily review shows of the question's exercise (the quiz panel adds it to the question
    // and answer screens; the UI suite checks the card on screen, steps 13d and 13g).
    await api.decks.ready();
    const card = api.exercises.viewFor(question.id);
    assert.strictEqual(card?.id, EXERCISE);
    assert.strictEqual(card?.status, 'passing');
    assert.deepStrictEqual({ ...card?.lastRun, message: '' }, { outcome: 'passed', message: '', suggestedGrade: 3 });
  });

  it('a run that never ends is stopped at the timeout and leaves no process behind', async () => {
    const exercise = { ...api.exercises.catalog.get('python-mutable-default')!, timeoutSeconds: 2 };
    const copy = api.exercises.files.mainFile(exercise).fsPath;
    await api.exercises.files.ensureCopy(exercise);
    const marker = `interview-coach-sleeper-${process.pid}`;
    fs.writeFileSync(copy, `import subprocess, time\nsubprocess.Popen(['sleep', '300', '${marker}'])\nwhile True:\n    time.sleep(1)\n`);
    const { runChecks } = await import('../../src/node/runChecks');
    const started = Date.now();
    const run = await runChecks({ python: '/usr/bin/python3', runner: path.join(api.decks.loadedSources[0].info.uri.fsPath, 'exercises', 'run_checks.py'), work: path.dirname(copy), checks: path.join(exercise.folder, 'checks'), timeoutMs: 2000 });
    assert.strictEqual(run.report.status, 'error');
    assert.match(run.report.message ?? '', /did not finish within 2 s/);
    assert.ok(Date.now() - started < 30_000);
    const left = await waitFor('the sleeper to be gone', () => !fs.readdirSync('/proc').some((pid) => /^\d+$/.test(pid) && safeRead(`/proc/${pid}/cmdline`).includes(marker)), 10_000);
    assert.ok(left);
    // Back to the starter without Reset's confirmation (tests may not show dialogs).
    fs.copyFileSync(path.join(exercise.folder, 'starter', exercise.main), copy);
  });
});

describe('Exercises in an untrusted workspace', function () {
  it('never run there', async function () {
    if (vscode.workspace.isTrusted) this.skip();
    const api = await activateExtension();
    await api.exercises.catalog.ready();
    const exercise = api.exercises.catalog.get(EXERCISE)!;
    assert.strictEqual(await api.exercises.run(exercise), undefined);
    assert.strictEqual(api.exercises.store.status(EXERCISE), 'untried');
  });
});

function safeRead(file: string): string {
  try {
    return fs.readFileSync(file, 'utf8');
  } catch {
    return '';
  }
}
