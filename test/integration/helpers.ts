import * as assert from 'assert';
import * as vscode from 'vscode';
import type { InterviewCoachApi } from '../../src/extension';
import type { QuizViewState } from '../../src/shared/protocol';

export const EXTENSION_ID = 'interview-coach.interview-coach';

/** Editor and tab state reaches the extension host asynchronously: poll instead of assuming. */
export async function waitFor<T>(what: string, probe: () => T | undefined | false | Promise<T | undefined | false>, timeoutMs = 10_000): Promise<T> {
  const end = Date.now() + timeoutMs;
  for (;;) {
    const value = await probe();
    if (value !== undefined && value !== false) return value;
    if (Date.now() > end) throw new Error(`Timed out waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

/** The extension's API, activating it through its view like a user would. */
export async function activateExtension(): Promise<InterviewCoachApi> {
  const extension = vscode.extensions.getExtension<InterviewCoachApi>(EXTENSION_ID);
  assert.ok(extension, `${EXTENSION_ID} is installed`);
  if (!extension.isActive) await vscode.commands.executeCommand('workbench.view.extension.interviewCoach');
  const api = await waitFor('activation', () => (extension.isActive ? extension.exports : undefined));
  await api.decks.ready();
  return api;
}

/** Webviews reloaded because their bootstrap stalled, for the suite's record. */
export const stalledWebviews: string[] = [];

/**
 * Waits for something a webview shows. code-server's webview bootstrap now and then waits forever
 * for a service-worker `controllerchange` ("Found unexpected service worker controller … Waiting
 * for controllerchange" in the browser console), so the page never says ready. After half the time
 * the webviews are reloaded once (VS Code's own Developer: Reload Webviews): the extension's
 * handshake then runs as after any reload. Every such reload is logged and counted.
 */
export async function waitForWebview<T>(what: string, probe: () => T | undefined | false, timeoutMs = 16_000, reopen?: () => Thenable<unknown>): Promise<T> {
  const step = reopen ? timeoutMs / 3 : timeoutMs / 2;
  try {
    return await waitFor(what, probe, step);
  } catch {
    stalledWebviews.push(what);
    console.log(`      (webview stalled while waiting for ${what}: reloading the webviews once)`);
    await vscode.commands.executeCommand('workbench.action.webview.reloadWebviewAction');
  }
  if (!reopen) return waitFor(what, probe, step);
  try {
    return await waitFor(what, probe, step);
  } catch {
    console.log(`      (still stalled: closing the panel and opening it again)`);
    await vscode.commands.executeCommand('workbench.action.closeAllEditors');
    await reopen();
    return waitFor(what, probe, step);
  }
}

/** Waits for the quiz panel to show a state of the given kind (after the webview's ready handshake). */
export function waitForState<K extends QuizViewState['kind']>(api: InterviewCoachApi, kind: K, timeoutMs = 16_000, reopen?: () => Thenable<unknown>): Promise<Extract<QuizViewState, { kind: K }>> {
  return waitForWebview(`a "${kind}" screen`, () => (api.quiz.lastState?.kind === kind ? (api.quiz.lastState as Extract<QuizViewState, { kind: K }>) : undefined), timeoutMs, reopen);
}
