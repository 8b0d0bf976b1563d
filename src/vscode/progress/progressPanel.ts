import * as vscode from 'vscode';
import { ReadyMessage } from '../../shared/protocol/common';
import { ProgressFromWebview, ProgressToWebview, ProgressViewState, parseProgressFromWebview } from '../../shared/protocol/progress';
import { Disposable } from '../platform/disposable';
import { ViewType } from '../platform/ids';
import { PanelHost } from '../webview/panelHost';

const TITLE = 'Interview Coach: Progress';

/**
 * The single Progress panel: mastery per topic, the review heatmap, the due forecast, streak and
 * totals. It only draws; the figures come from `getState` and "Review" goes back through
 * `onStartReview`. The host posts after the webview said 'ready' (again after each reload of a
 * hidden panel, since the context is not retained), and drops figures a newer request overtook.
 */
export class ProgressPanel extends Disposable {
  private readonly host: PanelHost<ProgressToWebview, ProgressFromWebview>;
  /** Fires with every state sent to the webview (for tests). */
  readonly onDidPostState: vscode.Event<ProgressViewState>;

  constructor(
    extensionUri: vscode.Uri,
    private readonly getState: () => Promise<ProgressViewState>,
    private readonly onStartReview: (topicId?: string) => void,
  ) {
    super();
    this.host = this.register(
      new PanelHost(
        extensionUri,
        { viewType: ViewType.progress, name: 'progress', title: TITLE, page: { script: 'progress.js', stylesheet: 'progress.css', title: TITLE }, parse: parseProgressFromWebview },
        { onReady: () => this.postState(), onMessage: (message) => this.handle(message) },
      ),
    );
    this.onDidPostState = (listener, thisArgs, disposables) => this.host.onDidPost((message) => listener.call(thisArgs, message.state), undefined, disposables);
  }

  get isOpen(): boolean {
    return this.host.isOpen;
  }

  get lastState(): ProgressViewState | undefined {
    return this.host.lastPosted?.state;
  }

  /** Creates the panel, or reveals it and re-sends fresh figures. */
  show(): void {
    if (this.host.show()) void this.postState();
  }

  /** Re-sends the figures if the panel is open, e.g. after a review was graded or progress imported. */
  refresh(): void {
    void this.postState();
  }

  /** For the serializer after a window reload. A second revived panel replaces the first. */
  revive(panel: vscode.WebviewPanel): void {
    this.host.revive(panel);
  }

  private handle(message: Exclude<ProgressFromWebview, ReadyMessage>): void {
    switch (message.type) {
      case 'startReview':
        this.onStartReview(message.topicId);
        break;
    }
  }

  private postState(): Promise<void> {
    return this.host.post(async () => ({ type: 'progress', state: await this.getState() }));
  }
}
