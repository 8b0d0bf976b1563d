import * as vscode from 'vscode';
import type { CommandHandlers } from '../commands';
import { log } from './log';

/** Registers the table; a failing command is logged with its stack (VS Code shows the notification). */
export function registerCommands(handlers: CommandHandlers): vscode.Disposable[] {
  return Object.entries(handlers).map(([id, handler]) =>
    vscode.commands.registerCommand(id, async (...args: unknown[]) => {
      try {
        return await handler(...args);
      } catch (error) {
        log.error(`command ${id} failed`, error);
        throw error;
      }
    }),
  );
}
