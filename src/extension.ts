import * as vscode from 'vscode';
import { DeckRepository } from './vscode/deckRepository';
import { ProgressStore } from './vscode/progressStore';
import { QUIZ_VIEW_TYPE, QuizPanel } from './vscode/quizPanel';
import { SnippetRunner } from './vscode/snippetRunner';
import { TopicsTreeProvider } from './vscode/topicsTree';
import { registerCommands } from './vscode/commands';
import { parsePersistedState } from './shared/protocol';

/** What `activate` returns; the integration tests read it. */
export interface InterviewCoachApi {
  activationMs: number;
  decks: DeckRepository;
  progress: ProgressStore;
  quiz: QuizPanel;
  snippets: SnippetRunner;
  tree: TopicsTreeProvider;
}

/** Only wiring: every piece lives in src/vscode (adapters) and src/core (pure logic). */
export function activate(context: vscode.ExtensionContext): InterviewCoachApi {
  const started = performance.now();
  const questionsFolder = vscode.Uri.joinPath(context.extensionUri, 'questions');
  const decks = new DeckRepository(questionsFolder);
  const progress = new ProgressStore(context.globalState, context.globalStorageUri);
  const snippets = new SnippetRunner(questionsFolder, vscode.Uri.joinPath(context.globalStorageUri, 'scratch'));
  const quiz = new QuizPanel(context.extensionUri, decks, progress, snippets);
  const tree = new TopicsTreeProvider(decks, progress);
  const view = vscode.window.createTreeView('interviewCoach.topics', { treeDataProvider: tree, showCollapseAll: true });
  const updateBadge = () => {
    const due = tree.dueCount();
    view.badge = due > 0 ? { value: due, tooltip: `${due} question${due === 1 ? '' : 's'} due for review` } : undefined;
  };

  context.subscriptions.push(
    decks,
    progress,
    quiz,
    tree,
    view,
    decks.onDidChange(updateBadge),
    progress.onDidChange(updateBadge),
    vscode.window.registerWebviewPanelSerializer(QUIZ_VIEW_TYPE, {
      deserializeWebviewPanel: (panel, state: unknown) => quiz.revive(panel, parsePersistedState(state)),
    }),
    ...registerCommands({ decks, progress, quiz, snippets }),
  );
  return { activationMs: performance.now() - started, decks, progress, quiz, snippets, tree };
}

export function deactivate(): void {}
