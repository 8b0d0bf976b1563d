import * as path from 'path';
import * as vscode from 'vscode';
import { COMPILED_BANK_FILE } from './core/deck/compiled/compiledBank';
import { plural } from './shared/format';
import type { CommandHandlers } from './vscode/commands';
import { DeckRepository } from './vscode/decks/deckRepository';
import { DueIndicator } from './vscode/dueStatusBar';
import type { ExerciseActions } from './vscode/exercises/exerciseActions';
import { createExerciseListing, whenExerciseEditorShown } from './vscode/exercises/exercises';
import type * as FeaturesModule from './vscode/features';
import { HistoryDocuments } from './vscode/historyDocument';
import { Command, View, ViewType } from './vscode/platform/ids';
import { log, logChannel } from './vscode/platform/log';
import { registerCommands } from './vscode/platform/registerCommands';
import type { ProgressPanel } from './vscode/progress/progressPanel';
import type { QuizPanel } from './vscode/quiz/quizPanel';
import type { SnippetRunner } from './vscode/snippets/snippetRunner';
import { ProgressStore } from './vscode/storage/progressStore';
import { ReviewLogStore } from './vscode/storage/reviewLogStore';
import { TopicsTreeProvider } from './vscode/tree/topicsTree';

/** When this module finished evaluating (its imports included): the bench splits load from activate(). */
const evaluatedAt = performance.now();

/** What `activate` returns; the integration tests and the bench read it. The panels load on first access. */
export interface InterviewCoachApi {
  activationMs: number;
  /** performance.now() stamps of the extension host: module evaluated, activate() entered. */
  timing: { evaluatedAt: number; startedAt: number };
  decks: DeckRepository;
  progress: ProgressStore;
  reviewLog: ReviewLogStore;
  readonly quiz: QuizPanel;
  readonly progressPanel: ProgressPanel;
  readonly snippets: SnippetRunner;
  tree: TopicsTreeProvider;
  readonly exercises: ExerciseActions;
}

/**
 * Only wiring: every piece lives in src/vscode (adapters) and src/core (pure logic). Activation
 * makes the tree, the status bar and the stores; the panels, snippets, what runs exercises and
 * every command's body are in dist/features.js, required on first use (a command, a revived panel,
 * a question's exercises listed in the tree, an exercise's copy in an editor, the API).
 */
export function activate(context: vscode.ExtensionContext): InterviewCoachApi {
  const started = performance.now();
  const { extensionUri, globalStorageUri } = context;
  context.subscriptions.push(logChannel());
  const decks = new DeckRepository(vscode.Uri.joinPath(extensionUri, 'questions'), context.workspaceState, vscode.Uri.joinPath(extensionUri, 'dist', COMPILED_BANK_FILE));
  const progress = new ProgressStore(context.globalState, globalStorageUri);
  const reviewLog = new ReviewLogStore(globalStorageUri);
  const history = new HistoryDocuments(decks, reviewLog);
  const exercises = createExerciseListing(context, decks);
  let loaded: FeaturesModule.Features | undefined;
  const features = (): FeaturesModule.Features => {
    if (!loaded) {
      const started = performance.now();
      // A separate bundle beside this one (esbuild.js), so it is read only now; an absolute path,
      // since the bundler's require shim may live in a chunk of another folder.
      // eslint-disable-next-line @typescript-eslint/no-require-imports
      const module = require(path.join(__dirname, 'features.js')) as typeof FeaturesModule;
      loaded = module.createFeatures({ extensionUri, globalStorageUri, decks, progress, reviewLog, history, exerciseListing: exercises.listing });
      context.subscriptions.push(...loaded.disposables);
      log.info(`features loaded in ${(performance.now() - started).toFixed(1)} ms`);
    }
    return loaded;
  };
  const featuresSoon = () =>
    setImmediate(() => {
      try {
        features();
      } catch (error) {
        log.error('could not load the features', error);
      }
    });
  // Listing a question's exercises is their first use: the Testing view and the runner load then.
  const tree = new TopicsTreeProvider(decks, progress, exercises.listing, featuresSoon);
  const view = vscode.window.createTreeView(View.topics, { treeDataProvider: tree, showCollapseAll: true });
  const due = new DueIndicator(decks, progress, view);
  const handlers = Object.fromEntries(Object.values(Command).map((id) => [id, (...args: unknown[]) => features().handlers[id](...args)])) as CommandHandlers;
  const reconcile = async () => {
    const entries = await reviewLog.entries();
    // Nothing to replay without reviews: only pick up the other window's cards (no scheduler needed).
    if (entries.length === 0) progress.refresh();
    else {
      const { ReviewRecorder } = await import('./vscode/storage/reviewRecorder');
      await new ReviewRecorder(progress, reviewLog).replayMissed(entries);
    }
  };

  context.subscriptions.push(
    decks,
    progress,
    tree,
    view,
    due,
    history,
    ...exercises.disposables,
    whenExerciseEditorShown(globalStorageUri, featuresSoon),
    vscode.window.registerWebviewPanelSerializer(ViewType.quiz, {
      deserializeWebviewPanel: (panel, state: unknown) => features().quiz.revive(panel, state),
    }),
    vscode.window.registerWebviewPanelSerializer(ViewType.progress, {
      deserializeWebviewPanel: async (panel) => features().progressPanel.revive(panel),
    }),
    decks.onDidChange(() => logDecks(decks)),
    // Another window may have reviewed meanwhile: pick up its cards, and replay any review it overwrote.
    vscode.window.onDidChangeWindowState(async (state) => {
      if (state.focused) await reconcile();
    }),
    ...registerCommands(handlers),
  );
  // A background job: started after activate() returns, since even starting it (the import() of the
  // log's reader) took up to 2 ms of activation.
  setImmediate(() => void reconcile().catch((error) => log.error('could not replay the review log into the progress store', error)));
  const activationMs = performance.now() - started;
  log.info(`activated in ${activationMs.toFixed(1)} ms (VS Code ${vscode.version}, ${vscode.workspace.isTrusted ? 'trusted' : 'restricted'} workspace)`);
  return {
    activationMs,
    timing: { evaluatedAt, startedAt: started },
    decks,
    progress,
    reviewLog,
    tree,
    get exercises() {
      return features().exercises;
    },
    get quiz() {
      return features().quiz;
    },
    get progressPanel() {
      return features().progressPanel;
    },
    get snippets() {
      return features().snippets;
    },
  };
}

/** One line per reload of the decks: what loaded, and how many problems the Problems panel shows. */
function logDecks(decks: DeckRepository): void {
  const questions = decks.decks.reduce((sum, deck) => sum + deck.questions.length, 0);
  const problems = decks.deckSet.diagnostics.length;
  log.info(`decks loaded: ${plural(decks.decks.length, 'deck')}, ${plural(questions, 'question')} from ${plural(decks.loadedSources.length, 'source')}; ${plural(problems, 'problem')}`);
}

export function deactivate(): void {}
