import * as vscode from 'vscode';

let channel: vscode.LogOutputChannel | undefined;

/**
 * The *Interview Coach* output channel (Output view, or "Developer: Show Logs…"): the steps worth
 * seeing when something goes wrong, and every error, with its stack, that a notification only
 * summarises. Its level follows "Developer: Set Log Level…".
 */
export function logChannel(): vscode.LogOutputChannel {
  channel ??= vscode.window.createOutputChannel('Interview Coach', { log: true });
  return channel;
}

export const log = {
  trace: (message: string) => logChannel().trace(message),
  debug: (message: string) => logChannel().debug(message),
  info: (message: string) => logChannel().info(message),
  warn: (message: string) => logChannel().warn(message),
  error: (message: string, error?: unknown) => (error === undefined ? logChannel().error(message) : logChannel().error(`${message}: ${describeError(error)}`)),
};

export function describeError(error: unknown): string {
  if (error instanceof Error) return error.stack ?? error.message;
  return String(error);
}

export function errorMessage(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}
