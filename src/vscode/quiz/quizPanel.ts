import * as vscode from 'vscode';
import { Question } from '../../core/deck/model';
import { ExtensionMessage, PersistedWebviewState, QuizViewState, WebviewMessage, assertNever, parseWebviewMessage } from '../../shared/protocol';
import { settings } from '../settings';
import { SnippetRunner } from '../snippets/snippetRunner';
import { quizHtml, webviewOptions } from '../webview/webviewHtml';
import type { MockDeps } from './mockController';
import { QuizController } from './quizController';
import type { ReviewDeps } from './reviewController';

export const QUIZ_VIEW_TYPE = 'interviewCoach.quiz';

export interface QuizPanelDeps extends ReviewDeps, MockDeps {
  extensionUri: vscode.Uri;
  snippets: SnippetRunner;
  /** Opens a question's past answers (the panel's History button). */
  showHistory: (question: Question) => Promise<void>;
}

/**
 * The single quiz panel: created or revealed, restored after a window reload, showing whatever
 * controller runs in it (a daily review or a mock interview). It owns the webview; the controllers
 * own the session.
 */
export class QuizPanel implements vscode.Disposable {
  private panel: vscode.WebviewPanel | undefined;
  private controller: QuizController | undefined;
  private webviewReady = false;
  private readonly disposables: vscode.Disposable[] = [];
  private readonly stateChanged = new vscode.EventEmitter<QuizViewState>();
  /** Fires with every state sent to the webview (the integration tests listen to it). */
  readonly onDidPostState = this.stateChanged.event;
  lastState: QuizViewState | undefined;

  constructor(private readonly deps: QuizPanelDeps) {}

  /** Starts a review of some topics (or all), optionally with one question first. */
  async start(topicIds?: string[], firstQuestionId?: string): Promise<void> {
    await this.deps.decks.ready();
    const { ReviewController } = await import('./reviewController');
    this.controller = await ReviewController.create(this.deps, this.scopeOf(topicIds), firstQuestionId, new Date());
    this.show();
  }

  /** Starts a mock interview across the given topics (all when undefined). */
  async startMock(topicIds?: string[]): Promise<boolean> {
    await this.deps.decks.ready();
    // Sessions (and the Markdown renderer they use) load with the first quiz, not with the extension.
    const [{ MockController }, { MockInterview, drawMockQuestions }] = await Promise.all([import('./mockController'), import('../../core/quiz/mockInterview')]);
    const { mockQuestionCount, mockMinutesPerQuestion } = settings();
    const pool = this.deps.decks.decks.flatMap((deck) => deck.questions);
    const questions = drawMockQuestions(pool, topicIds, mockQuestionCount, Math.random);
    if (questions.length === 0) return false;
    const synonyms = new Map(this.deps.decks.decks.map((deck) => [deck.id, deck.synonyms]));
    const interview = new MockInterview(questions, mockMinutesPerQuestion * 60_000, synonyms);
    this.controller = new MockController(this.deps, interview, questions, topicIds, new Date());
    this.show();
    return true;
  }

  /** Called by the serializer after a window reload: the same topics, the same question first. */
  async revive(panel: vscode.WebviewPanel, persisted: PersistedWebviewState): Promise<void> {
    await this.deps.decks.ready();
    const topicIds = persisted.topicIds?.filter((id) => this.deps.decks.deck(id));
    const questionId = persisted.questionId && this.deps.decks.question(persisted.questionId) ? persisted.questionId : undefined;
    const { ReviewController } = await import('./reviewController');
    this.controller = await ReviewController.create(this.deps, this.scopeOf(topicIds?.length ? topicIds : undefined), questionId, new Date());
    panel.webview.options = webviewOptions(this.deps.extensionUri);
    this.attach(panel);
  }

  /** The question on screen, for snippet and history commands run from the palette. */
  currentQuestion(): Question | undefined {
    return this.controller?.currentQuestion();
  }

  /** Re-sends the state, e.g. after the answer mode setting changed. */
  refresh(): void {
    this.postState();
  }

  dispose(): void {
    this.panel?.dispose();
    this.stateChanged.dispose();
  }

  private show(): void {
    if (this.panel) {
      this.panel.reveal(undefined, false);
      this.postState();
    } else {
      this.attach(vscode.window.createWebviewPanel(QUIZ_VIEW_TYPE, 'Interview Coach', vscode.ViewColumn.Active, webviewOptions(this.deps.extensionUri)));
    }
  }

  private scopeOf(topicIds: string[] | undefined): { topicIds?: string[]; title: string } {
    const decks = (topicIds ?? []).map((id) => this.deps.decks.deck(id)).filter((deck) => deck !== undefined);
    if (decks.length === 0) return { title: 'all topics' };
    return { topicIds: decks.map((deck) => deck.id), title: decks.length === 1 ? decks[0].title : `${decks.length} topics` };
  }


  private attach(panel: vscode.WebviewPanel): void {
    this.panel = panel;
    this.webviewReady = false;
    panel.iconPath = vscode.Uri.joinPath(this.deps.extensionUri, 'media', 'icon.svg');
    panel.webview.html = quizHtml(panel.webview, this.deps.extensionUri);
    this.disposables.push(
      panel.webview.onDidReceiveMessage((raw) => void this.receive(raw)),
      panel.onDidDispose(() => {
        this.panel = undefined;
        this.controller = undefined;
        this.disposables.splice(0).forEach((d) => d.dispose());
      }),
    );
  }

  /** Everything the webview sends comes through here, validated; anything else is dropped. */
  async receive(raw: unknown): Promise<void> {
    const message = parseWebviewMessage(raw);
    if (message) await this.handle(message);
  }

  private async handle(message: WebviewMessage): Promise<void> {
    const question = this.currentQuestion();
    switch (message.type) {
      case 'ready':
        this.webviewReady = true;
        break;
      case 'openSnippet':
        if (question) await this.deps.snippets.open(question);
        return;
      case 'runSnippet':
        if (question) await this.deps.snippets.run(question);
        return;
      case 'resetSnippet':
        if (question) await this.deps.snippets.reset(question);
        return;
      case 'showHistory':
        if (question) await this.deps.showHistory(question);
        return;
      case 'reveal':
      case 'grade':
      case 'keepPractising':
      case 'setMode':
      case 'mockSubmit':
      case 'mockFinish':
      case 'mockGrade':
      case 'mockSave':
        try {
          await this.controller?.handle(message, new Date());
        } catch (error) {
          void vscode.window.showErrorMessage(`Interview Coach: ${(error as Error).message}`);
        }
        break;
      default:
        assertNever(message);
    }
    this.postState();
  }

  private postState(): void {
    if (!this.panel || !this.controller || !this.webviewReady) return;
    const state = this.controller.view(new Date());
    this.lastState = state;
    this.panel.title = this.controller.title;
    const message: ExtensionMessage = { type: 'state', state, topicIds: this.controller.topicIds };
    void this.panel.webview.postMessage(message);
    this.stateChanged.fire(state);
  }
}
