import * as vscode from 'vscode';
import { CommandArgs } from '../commandArgs';
import { CommandHandlers } from '../commands';
import { Command } from '../platform/ids';
import { TransferDeps, exportProgress, importProgress, resetProgress } from '../storage/progressTransfer';
import { ProgressPanel } from './progressPanel';

export interface ProgressCommandDeps extends TransferDeps {
  args: CommandArgs;
  progressPanel: ProgressPanel;
}

/** Show, export, import and reset progress. */
export function progressCommands(deps: ProgressCommandDeps) {
  return {
    [Command.showProgress]: () => deps.progressPanel.show(),
    [Command.exportProgress]: () => exportProgress(deps),
    [Command.importProgress]: (uri?: unknown) => importProgress(deps, uri instanceof vscode.Uri ? uri : undefined),
    [Command.resetProgress]: async (arg?: unknown) => resetProgress(deps, await deps.args.topic(arg)),
  } satisfies Partial<CommandHandlers>;
}
