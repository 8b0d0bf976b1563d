import * as vscode from 'vscode';
import { ProgressPanelMessage, ProgressViewState, ProgressWebviewMessage, assertNever, parseProgressWebviewMessage } from '../../shared/protocol';
import { webviewHtml, webviewOptions } from '../webview/webviewHtml';

export const PROGRESS_VIEW_TYPE = 'interviewCoach.progress';
const TITLE = 'Interview Coach: Progress';

/**
 * The single Progress panel: mastery per topic, the review heatmap, the due forecast, streak and
 * totals. It only draws; the figures come from `getState` and "Review" goes back through
 * `onStartReview`. State is posted after the webview said 'ready' (again after each reload of a
 * hidden panel, since the context is not retained).
 */
export class ProgressPanel implements vscode.Disposable {
  private panel: vscode.WebviewPanel | undefined;
  private webviewReady = false;
  /** Bumped by each request, so a slow `getState` never overwrites a newer one. */
  private generation = 0;
  /** Listeners of the current panel, dropped with it. */
  private listeners: vscode.Disposable[] = [];
  private readonly stateChanged = new vscode.EventEmitter<ProgressViewState>();
  /** Fires with every state sent to the webview (for tests). */
  readonly onDidPostState = this.stateChanged.event;
  lastState: ProgressViewState | undefined;

  constructor(
    private readonly extensionUri: vscode.Uri,
    private readonly getState: () => Promise<ProgressViewState>,
    private readonly onStartReview: (topicId?: string) => void,
  ) {}

  get isOpen(): boolean {
    return this.panel !== undefined;
  }

  /** Creates the panel, or reveals it and re-sends fresh figures. */
  show(): void {
    if (this.panel) {
      this.panel.reveal(undefined, false);
      void this.postState();
    } else {
      this.attach(vscode.window.createWebviewPanel(PROGRESS_VIEW_TYPE, TITLE, vscode.ViewColumn.Active, webviewOptions(this.extensionUri)));
    }
  }

  /** Re-sends the figures if the panel is open, e.g. after a review was graded or progress imported. */
  refresh(): void {
    void this.postState();
  }

  /** For the serializer after a window reload. A second revived panel replaces the first. */
  revive(panel: vscode.WebviewPanel): void {
    if (this.panel && this.panel !== panel) this.panel.dispose();
    panel.webview.options = webviewOptions(this.extensionUri);
    this.attach(panel);
  }

  dispose(): void {
    this.panel?.dispose();
    this.listeners.splice(0).forEach((d) => d.dispose());
    this.stateChanged.dispose();
  }


  private attach(panel: vscode.WebviewPanel): void {
    this.panel = panel;
    this.webviewReady = false;
    panel.title = TITLE;
    panel.iconPath = vscode.Uri.joinPath(this.extensionUri, 'media', 'icon.svg');
    panel.webview.html = webviewHtml(panel.webview, this.extensionUri, { script: 'progress.js', stylesheet: 'progress.css', title: TITLE });
    const listeners = [
      panel.webview.onDidReceiveMessage((raw) => {
        const message = parseProgressWebviewMessage(raw);
        if (message && this.panel === panel) this.handle(message);
      }),
      panel.onDidDispose(() => {
        listeners.forEach((d) => d.dispose());
        if (this.panel !== panel) return;
        this.panel = undefined;
        this.webviewReady = false;
        this.listeners = [];
      }),
    ];
    this.listeners = listeners;
  }

  private handle(message: ProgressWebviewMessage): void {
    switch (message.type) {
      case 'ready':
        this.webviewReady = true;
        void this.postState();
        break;
      case 'startReview':
        this.onStartReview(message.topicId);
        break;
      default:
        assertNever(message);
    }
  }

  private async postState(): Promise<void> {
    const panel = this.panel;
    if (!panel || !this.webviewReady) return;
    const generation = ++this.generation;
    let state: ProgressViewState;
    try {
      state = await this.getState();
    } catch (error) {
      void vscode.window.showErrorMessage(`Interview Coach: could not compute progress: ${(error as Error).message}`);
      return;
    }
    if (generation !== this.generation || this.panel !== panel || !this.webviewReady) return;
    this.lastState = state;
    const message: ProgressPanelMessage = { type: 'progress', state };
    await panel.webview.postMessage(message);
    this.stateChanged.fire(state);
  }
}
