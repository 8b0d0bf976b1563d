import * as vscode from 'vscode';
import { Question } from '../../core/deck/model';
import { Exercise } from '../../core/exercise/model';
import { PanelRequest, PersistedQuizState, QuizFromWebview, QuizToWebview, QuizViewState, SessionRequest, isPanelRequest, parsePersistedState, parseQuizFromWebview } from '../../shared/protocol/quiz';
import { ViewType } from '../platform/ids';
import { readSettings } from '../platform/config';
import { Disposable } from '../platform/disposable';
import { errorMessage, log } from '../platform/log';
import { notify } from '../platform/notify';
import { ExerciseActions } from '../exercises/exerciseActions';
import { SnippetRunner } from '../snippets/snippetRunner';
import { PanelHost } from '../webview/panelHost';
import type { MockDeps } from './mockController';
import { QuizController } from './quizController';
import type { ReviewDeps } from './reviewController';

export interface QuizPanelDeps extends ReviewDeps, MockDeps {
  extensionUri: vscode.Uri;
  snippets: SnippetRunner;
  exercises: ExerciseActions;
  /** Opens a question's past answers (the panel's History button). */
  showHistory: (question: Question) => Promise<void>;
}

const TITLE = 'Interview Coach';

/**
 * The single quiz panel, showing whatever controller runs in it (a daily review or a mock
 * interview). The panel's life is the host's; the session is the controller's; this class picks
 * the controller and answers the panel's own requests (snippets, history).
 */
export class QuizPanel extends Disposable {
  private readonly host: PanelHost<QuizToWebview, QuizFromWebview>;
  private controller: QuizController | undefined;
  /** Bumped by each start or revive: a slow one that a newer one overtook changes nothing. */
  private starts = 0;
  /** Fires with every state sent to the webview (the integration tests listen to it). */
  readonly onDidPostState: vscode.Event<QuizViewState>;

  constructor(private readonly deps: QuizPanelDeps) {
    super();
    this.host = this.register(
      new PanelHost(
        deps.extensionUri,
        { viewType: ViewType.quiz, name: 'quiz', title: TITLE, page: { script: 'quiz.js', stylesheet: 'quiz.css', title: TITLE }, parse: parseQuizFromWebview },
        {
          onReady: () => this.postState(),
          onMessage: (message) => (isPanelRequest(message) ? this.handlePanel(message) : this.handleSession(message)),
          onDidClose: () => (this.controller = undefined),
        },
      ),
    );
    this.register(deps.exercises.onDidChangeRunning(() => this.refresh()));
    this.onDidPostState = (listener, thisArgs, disposables) => this.host.onDidPost((message) => listener.call(thisArgs, message.state), undefined, disposables);
  }

  get lastState(): QuizViewState | undefined {
    return this.host.lastPosted?.state;
  }

  /** Starts a review of some topics (or all), optionally with one question first. */
  async start(topicIds?: string[], firstQuestionId?: string): Promise<void> {
    const ticket = ++this.starts;
    await this.deps.decks.ready();
    const { ReviewController } = await import('./reviewController');
    const controller = await ReviewController.create(this.deps, this.scopeOf(topicIds), firstQuestionId, new Date());
    if (ticket !== this.starts) return;
    log.info(`quiz started: ${controller.title}${firstQuestionId ? `, ${firstQuestionId} first` : ''}`);
    this.run(controller);
  }

  /** Starts a mock interview across the given topics (all when undefined). */
  async startMock(topicIds?: string[]): Promise<boolean> {
    const ticket = ++this.starts;
    await this.deps.decks.ready();
    // Sessions (and the Markdown renderer they use) load with the first quiz, not with the extension.
    const [{ MockController }, { MockInterview, drawMockQuestions }] = await Promise.all([import('./mockController'), import('../../core/quiz/mockInterview')]);
    const { mockQuestionCount, mockMinutesPerQuestion } = readSettings();
    const pool = this.deps.decks.decks.flatMap((deck) => deck.questions);
    const questions = drawMockQuestions(pool, topicIds, mockQuestionCount, Math.random);
    if (questions.length === 0) return false;
    if (ticket !== this.starts) return true;
    const synonyms = new Map(this.deps.decks.decks.map((deck) => [deck.id, deck.synonyms]));
    const interview = new MockInterview(questions, mockMinutesPerQuestion * 60_000, synonyms);
    log.info(`mock interview started: ${questions.length} questions, ${mockMinutesPerQuestion} min each`);
    this.run(new MockController(this.deps, interview, questions, topicIds, new Date()));
    return true;
  }

  /**
   * Called by the serializer after a window reload with the webview's saved state (checked here:
   * it is the webview's word): the same topics, the same question first. The
   * panel is adopted at once, so a command run while the decks still load reveals it instead of
   * opening a second one, and that command's quiz wins over the restored one.
   */
  async revive(panel: vscode.WebviewPanel, state: unknown): Promise<void> {
    const persisted: PersistedQuizState = parsePersistedState(state);
    const ticket = ++this.starts;
    this.host.revive(panel);
    await this.deps.decks.ready();
    const topicIds = persisted.topicIds?.filter((id) => this.deps.decks.deck(id));
    const questionId = persisted.questionId && this.deps.decks.question(persisted.questionId) ? persisted.questionId : undefined;
    const { ReviewController } = await import('./reviewController');
    const controller = await ReviewController.create(this.deps, this.scopeOf(topicIds?.length ? topicIds : undefined), questionId, new Date());
    if (ticket !== this.starts || !this.host.isOpen) return;
    this.controller = controller;
    await this.postState();
  }

  /** Everything the webview sends comes through here, validated; anything else is dropped. */
  receive(raw: unknown): Promise<void> {
    return this.host.receive(raw);
  }

  /** The question on screen, for snippet and history commands run from the palette. */
  currentQuestion(): Question | undefined {
    return this.controller?.currentQuestion();
  }

  /** Re-sends the state, e.g. after the answer mode setting changed. */
  refresh(): void {
    void this.postState();
  }

  private run(controller: QuizController): void {
    this.controller = controller;
    if (this.host.show()) void this.postState();
  }

  private scopeOf(topicIds: string[] | undefined): { topicIds?: string[]; title: string } {
    const decks = (topicIds ?? []).map((id) => this.deps.decks.deck(id)).filter((deck) => deck !== undefined);
    if (decks.length === 0) return { title: 'all topics' };
    return { topicIds: decks.map((deck) => deck.id), title: decks.length === 1 ? decks[0].title : `${decks.length} topics` };
  }

  private async handleSession(message: SessionRequest): Promise<void> {
    const controller = this.controller;
    try {
      if (controller?.accepts(message)) await controller.handle(message, new Date());
      else log.debug(`quiz: "${message.type}" does not belong to the session on screen; ignored`);
    } finally {
      await this.postState(); // the screen follows even when the request failed
    }
  }

  /** The panel's own requests: about the question on screen, whichever session shows it. */
  private readonly panelRequests: { [K in PanelRequest['type']]: (question: Question) => Promise<unknown> } = {
    openSnippet: (question) => this.deps.snippets.open(question),
    runSnippet: (question) => this.deps.snippets.run(question),
    resetSnippet: (question) => this.deps.snippets.reset(question),
    showHistory: (question) => this.deps.showHistory(question),
    openExercise: (question) => this.onExercise(question, (exercise) => this.deps.exercises.open(exercise)),
    runExercise: (question) => this.onExercise(question, (exercise) => this.deps.exercises.run(exercise)),
  };

  /** The question's (first) exercise, if it has one. */
  private async onExercise(question: Question, action: (exercise: Exercise) => Promise<unknown>): Promise<void> {
    const exercise = this.deps.exercises.catalog.forQuestion(question.id)[0];
    if (exercise) await action(exercise);
  }

  private async handlePanel(message: PanelRequest): Promise<void> {
    const question = this.currentQuestion();
    if (question) await this.panelRequests[message.type](question);
  }

  private postState(): Promise<void> {
    const controller = this.controller;
    if (!controller) return Promise.resolve();
    this.host.title = controller.title;
    return this.host.post(() => ({ type: 'state', state: this.withExercise(screenOf(controller)), topicIds: controller.topicIds }));
  }

  /** The daily review shows the question's exercise with its state and last run. */
  private withExercise(state: QuizViewState): QuizViewState {
    if (state.kind !== 'question' && state.kind !== 'answer') return state;
    const exercise = this.deps.exercises.viewFor(state.question.id);
    return exercise ? { ...state, exercise } : state;
  }
}

/** The session's screen; when it cannot be built, a screen that says so (never a button that does nothing). */
function screenOf(controller: QuizController): QuizViewState {
  try {
    return controller.view(new Date());
  } catch (error) {
    notify.error('Could not show this quiz screen.', error);
    return { kind: 'empty', message: `This screen could not be shown (${errorMessage(error)}). The details are in the Interview Coach log.` };
  }
}
