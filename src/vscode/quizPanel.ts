import * as vscode from 'vscode';
import { Question } from '../core/deck/model';
import { Scheduler } from '../core/progress/scheduler';
import { buildPracticeQueue, buildReviewQueue } from '../core/quiz/queue';
import { QuizScope, QuizSession } from '../core/quiz/quizSession';
import { buildQuizView } from '../core/quiz/quizView';
import { ExtensionMessage, PersistedWebviewState, QuizViewState, WebviewMessage, assertNever, parseWebviewMessage } from '../shared/protocol';
import { DeckRepository } from './deckRepository';
import { ProgressStore } from './progressStore';
import { settings } from './settings';
import { SnippetRunner } from './snippetRunner';
import { quizHtml } from './webviewHtml';

export const QUIZ_VIEW_TYPE = 'interviewCoach.quiz';

/** The single quiz panel: created or revealed, restored after a reload, driven by one session. */
export class QuizPanel implements vscode.Disposable {
  private panel: vscode.WebviewPanel | undefined;
  private session: QuizSession | undefined;
  private webviewReady = false;
  private readonly disposables: vscode.Disposable[] = [];
  private readonly stateChanged = new vscode.EventEmitter<QuizViewState>();
  /** Fires with every state sent to the webview (the tests listen to it). */
  readonly onDidPostState = this.stateChanged.event;
  lastState: QuizViewState | undefined;

  constructor(
    private readonly extensionUri: vscode.Uri,
    private readonly decks: DeckRepository,
    private readonly progress: ProgressStore,
    private readonly snippets: SnippetRunner,
  ) {}

  get isOpen(): boolean {
    return this.panel !== undefined;
  }

  /** Starts a review of a topic (or all topics), optionally with one question first. */
  async start(topicId?: string, firstQuestionId?: string): Promise<void> {
    await this.decks.ready();
    this.session = this.newSession(topicId, firstQuestionId);
    if (this.panel) this.panel.reveal(undefined, false);
    else this.attach(vscode.window.createWebviewPanel(QUIZ_VIEW_TYPE, 'Interview Coach', vscode.ViewColumn.Active, this.options()));
    this.postState();
  }

  /** Called by the serializer after a window reload. */
  async revive(panel: vscode.WebviewPanel, persisted: PersistedWebviewState): Promise<void> {
    await this.decks.ready();
    const topicId = persisted.topicId && this.decks.deck(persisted.topicId) ? persisted.topicId : undefined;
    const questionId = persisted.questionId && this.decks.question(persisted.questionId) ? persisted.questionId : undefined;
    this.session = this.newSession(topicId, questionId);
    panel.webview.options = this.options();
    this.attach(panel);
  }

  /** The question on screen, for snippet commands run from the palette. */
  currentQuestion(): Question | undefined {
    const id = this.session?.currentId;
    return id ? this.decks.question(id) : undefined;
  }

  dispose(): void {
    this.panel?.dispose();
    this.stateChanged.dispose();
  }

  private options(): vscode.WebviewPanelOptions & vscode.WebviewOptions {
    return {
      enableScripts: true,
      retainContextWhenHidden: false,
      localResourceRoots: [vscode.Uri.joinPath(this.extensionUri, 'dist'), vscode.Uri.joinPath(this.extensionUri, 'media')],
    };
  }

  private attach(panel: vscode.WebviewPanel): void {
    this.panel = panel;
    this.webviewReady = false;
    panel.iconPath = vscode.Uri.joinPath(this.extensionUri, 'media', 'icon.svg');
    panel.webview.html = quizHtml(panel.webview, this.extensionUri);
    this.disposables.push(
      panel.webview.onDidReceiveMessage((raw) => {
        const message = parseWebviewMessage(raw);
        if (message) void this.handle(message);
      }),
      panel.onDidDispose(() => {
        this.panel = undefined;
        this.session = undefined;
        this.disposables.splice(0).forEach((d) => d.dispose());
      }),
    );
  }

  private newSession(topicId: string | undefined, firstQuestionId: string | undefined): QuizSession {
    const scope = this.scopeOf(topicId);
    const queue = buildReviewQueue(this.scopeQuestions(scope), this.progress.cards, new Date(), { newLimit: settings().newQuestionsPerSession });
    const session = new QuizSession(scope, queue);
    if (firstQuestionId) session.jumpTo(firstQuestionId);
    return session;
  }

  private scopeOf(topicId: string | undefined): QuizScope {
    const deck = topicId ? this.decks.deck(topicId) : undefined;
    return deck ? { topicId: deck.id, title: deck.title } : { title: 'all topics' };
  }

  private scopeQuestions(scope: QuizScope): Question[] {
    return this.decks.decks.filter((deck) => !scope.topicId || deck.id === scope.topicId).flatMap((deck) => deck.questions);
  }

  private async handle(message: WebviewMessage): Promise<void> {
    const session = this.session;
    switch (message.type) {
      case 'ready':
        this.webviewReady = true;
        break;
      case 'reveal':
        session?.reveal(message.answer);
        break;
      case 'grade': {
        const question = this.currentQuestion();
        if (!session || !question || session.phase !== 'answer') return;
        const scheduler = new Scheduler(settings().desiredRetention);
        const card = scheduler.grade(this.progress.cards[question.id], message.grade, new Date());
        session.completeCurrent();
        await this.progress.record(question.id, card);
        break;
      }
      case 'keepPractising':
        if (session) session.extend(buildPracticeQueue(this.scopeQuestions(session.scope), this.progress.cards, session.gradedIds));
        break;
      case 'openSnippet':
      case 'runSnippet':
      case 'resetSnippet': {
        const question = this.currentQuestion();
        if (!question) return;
        if (message.type === 'openSnippet') await this.snippets.open(question);
        else if (message.type === 'resetSnippet') await this.snippets.reset(question);
        else await this.snippets.run(question);
        return;
      }
      default:
        assertNever(message);
    }
    this.postState();
  }

  private postState(): void {
    if (!this.panel || !this.session || !this.webviewReady) return;
    const state = buildQuizView({
      session: this.session,
      questions: this.decks.questionIndex,
      topicTitles: new Map(this.decks.decks.map((deck) => [deck.id, deck.title])),
      scopeQuestions: this.scopeQuestions(this.session.scope),
      cards: this.progress.cards,
      scheduler: new Scheduler(settings().desiredRetention),
      now: new Date(),
    });
    this.lastState = state;
    this.panel.title = this.session.scope.topicId ? `Quiz: ${this.session.scope.title}` : 'Interview Coach';
    const message: ExtensionMessage = { type: 'state', state, topicId: this.session.scope.topicId };
    void this.panel.webview.postMessage(message);
    this.stateChanged.fire(state);
  }
}
