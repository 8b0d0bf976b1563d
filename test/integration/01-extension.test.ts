import * as assert from 'assert';
import * as fs from 'fs';
import * as path from 'path';
import * as vscode from 'vscode';
import type { InterviewCoachApi } from '../../src/extension';
import type { QuizViewState } from '../../src/shared/protocol';
import { EXTENSION_ID, waitFor } from './helpers';

const STARTER_TOPICS = ['rest', 'django-orm', 'security'];

function quizTab(): vscode.Tab | undefined {
  return vscode.window.tabGroups.all
    .flatMap((group) => group.tabs)
    .find((tab) => tab.input instanceof vscode.TabInputWebview && tab.input.viewType.endsWith('interviewCoach.quiz'));
}

describe('Interview Coach in a real VS Code', function () {
  let api: InterviewCoachApi;

  before(async () => {
    const extension = vscode.extensions.getExtension<InterviewCoachApi>(EXTENSION_ID);
    assert.ok(extension, `${EXTENSION_ID} is installed`);
    assert.strictEqual(extension.isActive, false, 'nothing activates the extension at startup');
    const opened = performance.now();
    await vscode.commands.executeCommand('workbench.view.extension.interviewCoach');
    api = await waitFor('activation by opening the view', () => (extension.isActive ? extension.exports : undefined));
    // Figures for the record, not assertions: activate() itself, and view opened → active (bundle load included).
    console.log(`      activate() took ${api.activationMs.toFixed(2)} ms; opening the view to active took ${(performance.now() - opened).toFixed(0)} ms`);
  });

  after(async () => {
    await vscode.commands.executeCommand('workbench.action.closeAllEditors');
  });

  it('activates when its view is opened and loads the bank without problems', async () => {
    await api.decks.ready();
    assert.deepStrictEqual(api.decks.deckSet.diagnostics, []);
    const ids = api.decks.decks.map((deck) => deck.id);
    for (const topic of STARTER_TOPICS) assert.ok(ids.includes(topic), `topic ${topic} in ${ids.join(', ')}`);
  });

  it('the Topics tree lists the topics with counts and their questions', async () => {
    const roots = await api.tree.getChildren();
    assert.strictEqual(roots.length, api.decks.decks.length);
    const rest = roots.find((node) => node.kind === 'topic' && node.deck.id === 'rest');
    assert.ok(rest);
    const item = api.tree.getTreeItem(rest);
    const total = rest.kind === 'topic' ? rest.deck.questions.length : 0;
    assert.strictEqual(item.description, `${total} · ${total} new`);
    const children = await api.tree.getChildren(rest);
    assert.strictEqual(children.length, total);
    const child = api.tree.getTreeItem(children[0]);
    assert.strictEqual(child.command?.command, 'interviewCoach.openQuestion');
  });

  it('Start Quiz opens one webview panel whose script says ready and shows a question', async () => {
    await vscode.commands.executeCommand('interviewCoach.startQuiz');
    await waitFor('the quiz tab', quizTab);
    const state = await waitFor('the first question from the webview handshake', () => (api.quiz.lastState?.kind === 'question' ? api.quiz.lastState : undefined));
    assert.strictEqual(state.kind, 'question');
    await vscode.commands.executeCommand('interviewCoach.quizTopic', 'security');
    const tabs = vscode.window.tabGroups.all.flatMap((group) => group.tabs).filter((tab) => tab.input instanceof vscode.TabInputWebview);
    assert.strictEqual(tabs.length, 1, 'the panel is reused, not recreated');
  });

  it('opening a question from the tree puts it on screen', async () => {
    const question = api.decks.decks.find((deck) => deck.id === 'django-orm')!.questions[1];
    const shown = new Promise<QuizViewState>((resolve) => {
      const listener = api.quiz.onDidPostState((state) => {
        if (state.kind === 'question' && state.question.id === question.id) {
          listener.dispose();
          resolve(state);
        }
      });
    });
    await vscode.commands.executeCommand('interviewCoach.openQuestion', question.id);
    const state = await shown;
    assert.ok(state.kind === 'question' && state.question.topicTitle === api.decks.deck('django-orm')!.title);
  });

  it('opens a snippet as a scratch copy outside the extension, and runs it with exit code 0', async () => {
    const question = api.decks.decks.flatMap((deck) => deck.questions).find((q) => q.snippets.length > 0)!;
    await vscode.commands.executeCommand('interviewCoach.openSnippet', question.id);
    const editor = await waitFor('the snippet editor', () =>
      vscode.window.visibleTextEditors.find((e) => path.basename(e.document.uri.fsPath) === path.basename(question.snippets[0])),
    );
    const scratch = editor.document.uri.fsPath;
    assert.notStrictEqual(scratch, question.snippets[0]);
    assert.ok(!scratch.startsWith(path.dirname(path.dirname(question.snippets[0]))), `scratch copy ${scratch} is outside the bank`);
    assert.strictEqual(editor.document.getText(), fs.readFileSync(question.snippets[0], 'utf8'));
    const exitCode = await vscode.commands.executeCommand<number | undefined>('interviewCoach.runSnippet', question.id);
    assert.strictEqual(exitCode, 0);
  });

  it('keeps grades in the progress store', async () => {
    const question = api.decks.decks[0].questions[0];
    const before = api.progress.cards[question.id];
    const card = { due: new Date(Date.now() - 1000).toISOString(), stability: 1, difficulty: 5, elapsedDays: 0, scheduledDays: 0, learningSteps: 0, reps: (before?.reps ?? 0) + 1, lapses: 0, state: 2 as const, lastReview: new Date().toISOString() };
    await api.progress.record(question.id, card);
    assert.deepStrictEqual(api.progress.cards[question.id], card);
    const topic = await api.tree.getChildren();
    const item = api.tree.getTreeItem(topic[0]);
    assert.match(String(item.description), /· 1 due$/);
  });
});
