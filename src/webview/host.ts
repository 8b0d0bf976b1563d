/**
 * The one typed wrapper of `acquireVsCodeApi` for both webviews: post only the page's own
 * requests, receive only its own messages, persist only its own state. Each page calls
 * `connectHost` once (VS Code allows one `acquireVsCodeApi` per page).
 */
import { ReadyMessage } from '../shared/protocol/common';

interface VsCodeApi {
  postMessage(message: unknown): void;
  getState(): unknown;
  setState(state: unknown): void;
}
declare function acquireVsCodeApi(): VsCodeApi;

export interface WebviewHost<ToWebview, FromWebview, State> {
  post(message: FromWebview): void;
  /** Subscribes to what the extension posts; call before `ready()`. */
  onMessage(handler: (message: ToWebview) => void): void;
  /** Tells the extension the listeners are in place, so it may start posting. */
  ready(): void;
  getState(): State | undefined;
  setState(state: State): void;
}

let acquired = false;

export function connectHost<ToWebview extends { type: string }, FromWebview extends { type: string }, State = never>(): WebviewHost<ToWebview, FromWebview, State> {
  if (acquired) throw new Error('connectHost() was called twice in one page');
  acquired = true;
  const api = acquireVsCodeApi();
  return {
    post: (message) => api.postMessage(message),
    onMessage: (handler) =>
      window.addEventListener('message', (event: MessageEvent<ToWebview | undefined>) => {
        // The extension is the only sender; the check keeps a stray event from reaching the page.
        if (event.data && typeof event.data.type === 'string') handler(event.data);
      }),
    ready: () => api.postMessage({ type: 'ready' } satisfies ReadyMessage),
    getState: () => (api.getState() as State | undefined) ?? undefined,
    setState: (state) => api.setState(state),
  };
}
