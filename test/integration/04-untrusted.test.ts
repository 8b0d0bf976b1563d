import * as assert from 'assert';
import * as fs from 'fs';
import * as path from 'path';
import * as vscode from 'vscode';
import type { InterviewCoachApi } from '../../src/extension';
import { activateExtension, waitFor, waitForState } from './helpers';

/** Runs only in the restricted-mode pass (runExtensionHostTests.js --untrusted). */
describe('In an untrusted workspace', function () {
  let api: InterviewCoachApi;
  const folder = () => path.join(vscode.workspace.workspaceFolders![0].uri.fsPath, '.interview-coach');

  before(async function () {
    if (vscode.workspace.isTrusted) this.skip();
    api = await activateExtension();
  });

  after(() => {
    if (!vscode.workspace.isTrusted) fs.rmSync(folder(), { recursive: true, force: true });
  });

  it('workspace decks can be read and practised', async () => {
    fs.mkdirSync(path.join(folder(), 'snippets'), { recursive: true });
    fs.writeFileSync(path.join(folder(), 'snippets', 'marker.py'), "open('/tmp/interview-coach-untrusted-ran', 'w').write('ran')\nprint('OK: ran')\n");
    fs.writeFileSync(
      path.join(folder(), 'team.md'),
      '---\nid: untrusted-team\ntitle: Team\n---\n\n## Is this safe?\n\n- id: untrusted-q\n- snippet: snippets/marker.py\n\n### Answer\n\nYes, see ![tracker](https://example.com/pixel.png).\n\n### Key points\n\n- It is\n',
    );
    const question = await waitFor('the workspace deck', () => api.decks.question('untrusted-q'), 15_000);
    await vscode.commands.executeCommand('interviewCoach.openQuestion', question.id);
    await waitFor('the question', () => api.quiz.lastState?.kind === 'question' && api.quiz.lastState.question.id === question.id);
    await api.quiz.receive({ type: 'reveal', answer: '' });
    const answer = await waitForState(api, 'answer');
    assert.doesNotMatch(answer.answerHtml, /<img/, 'no remote content is loaded: images are never rendered');
  });

  it('snippets never run, and the workspace cannot choose the interpreter', async () => {
    fs.rmSync('/tmp/interview-coach-untrusted-ran', { force: true });
    const workspaceSettings = path.join(vscode.workspace.workspaceFolders![0].uri.fsPath, '.vscode', 'settings.json');
    assert.match(fs.readFileSync(workspaceSettings, 'utf8'), /"interviewCoach.pythonPath": "\/usr\/bin\/python3"/, 'the fixture workspace sets it');
    assert.strictEqual(vscode.workspace.getConfiguration('interviewCoach').get<string>('pythonPath'), 'python3', 'restricted mode ignores the workspace value');
    const exitCode = await vscode.commands.executeCommand('interviewCoach.runSnippet', 'untrusted-q');
    assert.strictEqual(exitCode, undefined);
    await new Promise((resolve) => setTimeout(resolve, 1500));
    assert.strictEqual(vscode.tasks.taskExecutions.length, 0, 'no task was started');
    assert.ok(!fs.existsSync('/tmp/interview-coach-untrusted-ran'), 'the snippet did not run');
  });
});
