import * as vscode from 'vscode';
import { buildProgressView } from './core/progress/progressView';
import { parsePersistedState } from './shared/protocol';
import { registerCommands } from './vscode/commands';
import { DeckRepository } from './vscode/decks/deckRepository';
import { DueIndicator } from './vscode/dueStatusBar';
import { HistoryDocuments } from './vscode/historyDocument';
import { PROGRESS_VIEW_TYPE, ProgressPanel } from './vscode/progress/progressPanel';
import { QUIZ_VIEW_TYPE, QuizPanel } from './vscode/quiz/quizPanel';
import { SnippetRunner } from './vscode/snippets/snippetRunner';
import { MockReportStore } from './vscode/storage/mockReportStore';
import { ProgressStore } from './vscode/storage/progressStore';
import { ReviewLogStore } from './vscode/storage/reviewLogStore';
import { ReviewRecorder } from './vscode/storage/reviewRecorder';
import { TopicsTreeProvider } from './vscode/tree/topicsTree';

/** What `activate` returns; the integration tests read it. */
export interface InterviewCoachApi {
  activationMs: number;
  decks: DeckRepository;
  progress: ProgressStore;
  reviewLog: ReviewLogStore;
  quiz: QuizPanel;
  progressPanel: ProgressPanel;
  snippets: SnippetRunner;
  tree: TopicsTreeProvider;
}

/** Only wiring: every piece lives in src/vscode (adapters) and src/core (pure logic). */
export function activate(context: vscode.ExtensionContext): InterviewCoachApi {
  const started = performance.now();
  const { extensionUri, globalStorageUri } = context;
  const decks = new DeckRepository(vscode.Uri.joinPath(extensionUri, 'questions'), context.workspaceState);
  const progress = new ProgressStore(context.globalState, globalStorageUri);
  const reviewLog = new ReviewLogStore(globalStorageUri);
  const mockReports = new MockReportStore(globalStorageUri);
  const recorder = new ReviewRecorder(progress, reviewLog);
  const snippets = new SnippetRunner(decks, vscode.Uri.joinPath(globalStorageUri, 'scratch'));
  const history = new HistoryDocuments(decks, reviewLog);
  const quiz = new QuizPanel({ extensionUri, decks, progress, reviewLog, recorder, mockReports, snippets, showHistory: (q) => history.show(q) });
  const progressPanel = new ProgressPanel(
    extensionUri,
    async () => buildProgressView(decks.decks, progress.cards, await reviewLog.entries(), new Date(), (await mockReports.list()).length),
    (topicId) => void quiz.start(topicId ? [topicId] : undefined),
  );
  const tree = new TopicsTreeProvider(decks, progress);
  const view = vscode.window.createTreeView('interviewCoach.topics', { treeDataProvider: tree, showCollapseAll: true });
  const due = new DueIndicator(decks, progress, view);

  context.subscriptions.push(
    decks,
    progress,
    quiz,
    progressPanel,
    tree,
    view,
    due,
    history.register(),
    vscode.window.registerWebviewPanelSerializer(QUIZ_VIEW_TYPE, {
      deserializeWebviewPanel: (panel, state: unknown) => quiz.revive(panel, parsePersistedState(state)),
    }),
    vscode.window.registerWebviewPanelSerializer(PROGRESS_VIEW_TYPE, {
      deserializeWebviewPanel: async (panel) => progressPanel.revive(panel),
    }),
    progress.onDidChange(() => progressPanel.refresh()),
    decks.onDidChange(() => progressPanel.refresh()),
    // Another window may have reviewed meanwhile: pick up its cards, and replay any review it overwrote.
    vscode.window.onDidChangeWindowState(async (state) => {
      if (state.focused) await progress.reconcile(await reviewLog.entries(), recorder.scheduler());
    }),
    vscode.workspace.onDidChangeConfiguration((event) => {
      if (event.affectsConfiguration('interviewCoach.answerMode')) quiz.refresh();
    }),
    ...registerCommands({ decks, progress, quiz, snippets, history, reviewLog, mockReports, showProgress: () => progressPanel.show() }),
  );
  void reviewLog.entries().then((entries) => progress.reconcile(entries, recorder.scheduler()));
  return { activationMs: performance.now() - started, decks, progress, reviewLog, quiz, progressPanel, snippets, tree };
}

export function deactivate(): void {}
