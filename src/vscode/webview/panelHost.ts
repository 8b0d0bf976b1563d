import * as vscode from 'vscode';
import { ReadyMessage } from '../../shared/protocol/common';
import { Disposable, DisposableStore } from '../platform/disposable';
import { log } from '../platform/log';
import { notify } from '../platform/notify';
import { WebviewPage, webviewHtml, webviewOptions } from './webviewHtml';

/** What a panel is: its type (for the serializer), its page, and the validator of what its webview sends. */
export interface PanelSpec<FromWebview extends { type: string }> {
  viewType: string;
  /** Shown in the log. */
  name: string;
  title: string;
  page: WebviewPage;
  parse: (raw: unknown) => FromWebview | undefined;
}

/** The panel's owner: what to do once the webview is ready, with each request, and when the panel closes. */
export interface PanelHandlers<FromWebview extends { type: string }> {
  onReady(): void | Promise<void>;
  onMessage(message: Exclude<FromWebview, ReadyMessage>): void | Promise<void>;
  onDidClose?(): void;
}

/**
 * One webview panel at a time, and everything about its life that is not what it shows:
 * create or reveal, revive after a reload (a newer panel replaces an older one), the page and its
 * options, the ready handshake (nothing is posted before it), listeners that die with their panel
 * (so a replaced panel's late events change nothing), posts that a newer post overtook dropped,
 * and an error boundary around every request (logged, then shown).
 */
export class PanelHost<ToWebview, FromWebview extends { type: string }> extends Disposable {
  private panel: vscode.WebviewPanel | undefined;
  private ready = false;
  /** Bumped by each post, so a slow state never overwrites a newer one. */
  private generation = 0;
  /** The generation on screen: an older result is dropped, a newer one always shown. */
  private shownGeneration = 0;
  private readonly panelListeners = this.register(new DisposableStore());
  private readonly posted = this.register(new vscode.EventEmitter<ToWebview>());
  /** Fires with every message posted to the webview (the integration tests listen to it). */
  readonly onDidPost = this.posted.event;
  lastPosted: ToWebview | undefined;

  constructor(
    private readonly extensionUri: vscode.Uri,
    private readonly spec: PanelSpec<FromWebview>,
    private readonly handlers: PanelHandlers<FromWebview>,
  ) {
    super();
    this.register({ dispose: () => this.panel?.dispose() });
  }

  get isOpen(): boolean {
    return this.panel !== undefined;
  }

  /** Creates the panel, or reveals it. Returns true when it was already open (and ready, maybe). */
  show(): boolean {
    if (this.panel) {
      this.panel.reveal(undefined, false);
      return true;
    }
    const options = webviewOptions(this.extensionUri);
    this.attach(vscode.window.createWebviewPanel(this.spec.viewType, this.spec.title, vscode.ViewColumn.Active, options));
    log.info(`${this.spec.name} panel opened`);
    return false;
  }

  /** For the serializer after a window reload. A second revived panel replaces the first. */
  revive(panel: vscode.WebviewPanel): void {
    const previous = this.panel;
    panel.webview.options = webviewOptions(this.extensionUri);
    this.attach(panel);
    log.info(`${this.spec.name} panel restored after a reload${previous ? ', replacing the open one' : ''}`);
    if (previous && previous !== panel) previous.dispose();
  }

  set title(title: string) {
    if (this.panel) this.panel.title = title;
  }

  /**
   * Posts what `compute` returns, once the webview is ready. A result older than the one on screen,
   * or for a panel closed or replaced meanwhile, is dropped; one overtaken by a post still computing
   * is shown, so a burst of refreshes (window focus, progress changes) can never starve the panel.
   */
  async post(compute: () => ToWebview | Promise<ToWebview>): Promise<void> {
    const panel = this.panel;
    if (!panel || !this.ready) return;
    const generation = ++this.generation;
    let message: ToWebview;
    try {
      message = await compute();
    } catch (error) {
      notify.error(`Could not update the ${this.spec.name} panel.`, error);
      return;
    }
    if (generation < this.shownGeneration || this.panel !== panel || !this.ready) return;
    this.shownGeneration = generation;
    this.lastPosted = message;
    await panel.webview.postMessage(message);
    this.posted.fire(message);
  }

  /** Everything the webview sends comes through here: validated, then handled inside the error boundary. */
  async receive(raw: unknown): Promise<void> {
    const message = this.spec.parse(raw);
    if (!message) {
      log.warn(`${this.spec.name} webview sent a message that is not in the protocol; dropped: ${describeType(raw)}`);
      return;
    }
    try {
      if (isReady(message)) {
        this.ready = true;
        log.debug(`${this.spec.name} webview ready`);
        await this.handlers.onReady();
      } else {
        log.trace(`${this.spec.name} webview: ${message.type}`);
        await this.handlers.onMessage(message as Exclude<FromWebview, ReadyMessage>);
      }
    } catch (error) {
      notify.error(`Could not do "${message.type}" in the ${this.spec.name} panel.`, error);
    }
  }

  private attach(panel: vscode.WebviewPanel): void {
    this.panelListeners.clear();
    this.panel = panel;
    this.ready = false;
    panel.title = this.spec.title;
    panel.iconPath = vscode.Uri.joinPath(this.extensionUri, 'media', 'icon.svg');
    panel.webview.html = webviewHtml(panel.webview, this.extensionUri, this.spec.page);
    this.panelListeners.add(
      panel.webview.onDidReceiveMessage((raw) => {
        if (this.panel === panel) void this.receive(raw);
      }),
    );
    this.panelListeners.add(
      panel.onDidDispose(() => {
        if (this.panel !== panel) return; // an older, replaced panel
        this.panelListeners.clear();
        this.panel = undefined;
        this.ready = false;
        log.info(`${this.spec.name} panel closed`);
        this.handlers.onDidClose?.();
      }),
    );
  }
}

function isReady(message: { type: string }): message is ReadyMessage {
  return message.type === 'ready';
}

function describeType(raw: unknown): string {
  const type = raw && typeof raw === 'object' ? (raw as { type?: unknown }).type : undefined;
  return typeof type === 'string' ? `"${type.slice(0, 40)}"` : typeof raw;
}
