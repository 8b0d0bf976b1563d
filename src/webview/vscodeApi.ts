import { PersistedWebviewState, WebviewMessage } from '../shared/protocol';

interface VsCodeApi {
  postMessage(message: WebviewMessage): void;
  getState(): PersistedWebviewState | undefined;
  setState(state: PersistedWebviewState): void;
}
declare function acquireVsCodeApi(): VsCodeApi;

/** acquireVsCodeApi may be called once per page. */
export const vscodeApi = acquireVsCodeApi();

export function send(message: WebviewMessage): void {
  vscodeApi.postMessage(message);
}
