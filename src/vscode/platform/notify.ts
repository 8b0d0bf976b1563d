import * as vscode from 'vscode';
import { errorMessage, log, logChannel } from './log';

/**
 * The extension's notifications, in one wording: a sentence that says what happened (and what to
 * do about it), without an "Interview Coach:" prefix, because VS Code already names the source
 * under every notification. Each one is logged too, and an error's details go only to the log.
 */
export const notify = {
  info(message: string): void {
    log.info(message);
    void vscode.window.showInformationMessage(message);
  },
  warn(message: string): void {
    log.warn(message);
    void vscode.window.showWarningMessage(message);
  },
  /** `what` failed: "Could not save the report." plus the error's own message, the stack only in the log. */
  error(what: string, error?: unknown): void {
    log.error(what, error);
    const detail = error === undefined ? '' : ` ${sentence(errorMessage(error))}`;
    void vscode.window.showErrorMessage(`${what}${detail}`, 'Show Log').then((choice) => {
      if (choice) logChannel().show(true);
    });
  },
};

function sentence(text: string): string {
  const trimmed = text.trim();
  return /[.!?]$/.test(trimmed) ? trimmed : `${trimmed}.`;
}
