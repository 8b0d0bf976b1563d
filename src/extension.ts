import * as vscode from 'vscode';
import { buildProgressView } from './core/progress/progressView';
import { plural } from './shared/format';
import { parsePersistedState } from './shared/protocol/quiz';
import { commandHandlers, registerCommands } from './vscode/commands';
import { DeckRepository } from './vscode/decks/deckRepository';
import { DueIndicator } from './vscode/dueStatusBar';
import { ExerciseActions } from './vscode/exercises/exerciseActions';
import { createExercises } from './vscode/exercises/exercises';
import { HistoryDocuments } from './vscode/historyDocument';
import { onDidChangeSettings } from './vscode/platform/config';
import { Setting, View, ViewType } from './vscode/platform/ids';
import { log, logChannel } from './vscode/platform/log';
import { ProgressPanel } from './vscode/progress/progressPanel';
import { QuizPanel } from './vscode/quiz/quizPanel';
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
  exercises: ExerciseActions;
}

/** Only wiring: every piece lives in src/vscode (adapters) and src/core (pure logic). */
export function activate(context: vscode.ExtensionContext): InterviewCoachApi {
  const started = performance.now();
  const { extensionUri, globalStorageUri } = context;
  context.subscriptions.push(logChannel());
  const decks = new DeckRepository(vscode.Uri.joinPath(extensionUri, 'questions'), context.workspaceState);
  const progress = new ProgressStore(context.globalState, globalStorageUri);
  const reviewLog = new ReviewLogStore(globalStorageUri);
  const mockReports = new MockReportStore(globalStorageUri);
  const recorder = new ReviewRecorder(progress, reviewLog);
  const snippets = new SnippetRunner(decks, vscode.Uri.joinPath(globalStorageUri, 'scratch'));
  const history = new HistoryDocuments(decks, reviewLog);
  const exercises = createExercises(context, decks);
  const quiz = new QuizPanel({ extensionUri, decks, progress, reviewLog, recorder, mockReports, snippets, exercises: exercises.actions, showHistory: (q) => history.show(q) });
  const progressPanel = new ProgressPanel(
    extensionUri,
    async () => buildProgressView(decks.decks, progress.cards, await reviewLog.entries(), new Date(), (await mockReports.list()).length),
    (topicId) => void quiz.start(topicId ? [topicId] : undefined),
  );
  const tree = new TopicsTreeProvider(decks, progress, exercises.actions);
  const view = vscode.window.createTreeView(View.topics, { treeDataProvider: tree, showCollapseAll: true });
  const due = new DueIndicator(decks, progress, view);
  const reconcile = async () => progress.reconcile(await reviewLog.entries(), recorder.scheduler());

  context.subscriptions.push(
    decks,
    progress,
    quiz,
    progressPanel,
    tree,
    view,
    due,
    history,
    ...exercises.disposables,
    vscode.window.registerWebviewPanelSerializer(ViewType.quiz, {
      deserializeWebviewPanel: (panel, state: unknown) => quiz.revive(panel, parsePersistedState(state)),
    }),
    vscode.window.registerWebviewPanelSerializer(ViewType.progress, {
      deserializeWebviewPanel: async (panel) => progressPanel.revive(panel),
    }),
    progress.onDidChange(() => progressPanel.refresh()),
    decks.onDidChange(() => {
      progressPanel.refresh();
      logDecks(decks);
    }),
    // Another window may have reviewed meanwhile: pick up its cards, and replay any review it overwrote.
    vscode.window.onDidChangeWindowState(async (state) => {
      if (state.focused) await reconcile();
    }),
    onDidChangeSettings([Setting.answerMode], () => quiz.refresh()),
    ...registerCommands(commandHandlers({ decks, progress, reviewLog, mockReports, quiz, progressPanel, snippets, history, exercises: exercises.actions })),
  );
  void reconcile().catch((error) => log.error('could not replay the review log into the progress store', error));
  const activationMs = performance.now() - started;
  log.info(`activated in ${activationMs.toFixed(1)} ms (VS Code ${vscode.version}, ${vscode.workspace.isTrusted ? 'trusted' : 'restricted'} workspace)`);
  return { activationMs, decks, progress, reviewLog, quiz, progressPanel, snippets, tree, exercises: exercises.actions };
}

/** One line per reload of the decks: what loaded, and how many problems the Problems panel shows. */
function logDecks(decks: DeckRepository): void {
  const questions = decks.decks.reduce((sum, deck) => sum + deck.questions.length, 0);
  const problems = decks.deckSet.diagnostics.length;
  log.info(`decks loaded: ${plural(decks.decks.length, 'deck')}, ${plural(questions, 'question')} from ${plural(decks.loadedSources.length, 'source')}; ${plural(problems, 'problem')}`);
}

export function deactivate(): void {}
