/**
 * What loads on first use, not at activation: the quiz and progress panels, snippets, the review
 * recorder, what runs exercises (the Testing view's controller, the CodeLens), and every command's body. extension.ts `require`s this bundle (dist/features.js) the
 * first time a command runs, a panel is revived or the API reaches into it.
 */
import * as vscode from 'vscode';
import { buildProgressView } from '../core/progress/progressView';
import { commandHandlers, CommandHandlers } from './commands';
import { DeckRepository } from './decks/deckRepository';
import { ExerciseActions } from './exercises/exerciseActions';
import { createExerciseRuntime } from './exercises/exerciseRuntime';
import { ExerciseListing } from './exercises/exercises';
import { HistoryDocuments } from './historyDocument';
import { onDidChangeSettings } from './platform/config';
import { Setting } from './platform/ids';
import { ProgressPanel } from './progress/progressPanel';
import { QuizPanel } from './quiz/quizPanel';
import { SnippetRunner } from './snippets/snippetRunner';
import { installedBankFiles } from './decks/bankFiles';
import { MockReportStore } from './storage/mockReportStore';
import { ProgressStore } from './storage/progressStore';
import { ReviewLogStore } from './storage/reviewLogStore';
import { ReviewRecorder } from './storage/reviewRecorder';

/** What activation already made, which the features build on. */
export interface ActivatedParts {
  extensionUri: vscode.Uri;
  globalStorageUri: vscode.Uri;
  decks: DeckRepository;
  progress: ProgressStore;
  reviewLog: ReviewLogStore;
  history: HistoryDocuments;
  exerciseListing: ExerciseListing;
}

export interface Features {
  quiz: QuizPanel;
  progressPanel: ProgressPanel;
  snippets: SnippetRunner;
  recorder: ReviewRecorder;
  exercises: ExerciseActions;
  handlers: CommandHandlers;
  disposables: vscode.Disposable[];
}

export function createFeatures(parts: ActivatedParts): Features {
  const { extensionUri, globalStorageUri, decks, progress, reviewLog, history } = parts;
  const { actions: exercises, disposables: exerciseParts } = createExerciseRuntime({ extensionUri, globalStorageUri, decks, listing: parts.exerciseListing });
  const mockReports = new MockReportStore(globalStorageUri);
  const recorder = new ReviewRecorder(progress, reviewLog);
  const snippets = new SnippetRunner(decks, vscode.Uri.joinPath(globalStorageUri, 'scratch'), installedBankFiles({ extensionUri, globalStorageUri }));
  const quiz = new QuizPanel({ extensionUri, decks, progress, reviewLog, recorder, mockReports, snippets, exercises, showHistory: (q) => history.show(q) });
  const progressPanel = new ProgressPanel(
    extensionUri,
    async () => buildProgressView(decks.decks, progress.cards, await reviewLog.entries(), new Date(), (await mockReports.list()).length),
    (topicId) => void quiz.start(topicId ? [topicId] : undefined),
  );
  const handlers = commandHandlers({ decks, progress, reviewLog, mockReports, quiz, progressPanel, snippets, history, exercises });
  const disposables = [
    ...exerciseParts,
    quiz,
    progressPanel,
    progress.onDidChange(() => progressPanel.refresh()),
    decks.onDidChange(() => progressPanel.refresh()),
    onDidChangeSettings([Setting.answerMode], () => quiz.refresh()),
  ];
  return { quiz, progressPanel, snippets, recorder, exercises, handlers, disposables };
}
