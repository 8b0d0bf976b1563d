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

/** Waits for the quiz panel to show a state of the given kind (after the webview's ready handshake). */
export function waitForState<K extends QuizViewState['kind']>(api: InterviewCoachApi, kind: K, timeoutMs = 10_000): Promise<Extract<QuizViewState, { kind: K }>> {
  return waitFor(`a "${kind}" screen`, () => (api.quiz.lastState?.kind === kind ? (api.quiz.lastState as Extract<QuizViewState, { kind: K }>) : undefined), timeoutMs);
}
