import * as path from 'path';
import * as vscode from 'vscode';
import { notify } from '../platform/notify';
import { Question } from '../../core/deck/model';
import { DeckRepository } from '../decks/deckRepository';
import { settings } from '../settings';
import type { BankFiles } from '../../node/bankPack';
import { copyContents, isRegularFile, resolveSnippet } from './snippetPath';

/**
 * Runnable examples: copied into the extension's own storage before they are opened, so the user
 * can change them freely and the installed extension is never modified; run as a task in the
 * integrated terminal with the configured Python, and never in an untrusted workspace. A snippet
 * whose real path (links followed) leaves its deck folder is refused, and the copy is always a
 * regular file holding the snippet's bytes, never a link.
 */
export class SnippetRunner {
  constructor(
    private readonly decks: DeckRepository,
    private readonly scratchFolder: vscode.Uri,
    /** The built-in bank's snippets come out of the extension's pack. */
    private readonly bank: BankFiles,
  ) {}

  /** Where the user's copy of a question's snippet lives: scratch/<source>/<path inside the source>. */
  scratchUri(question: Question, snippet: string): vscode.Uri {
    const source = this.decks.sourceOf(question.topicId);
    const root = !source ? path.dirname(snippet) : source.kind === 'file' ? path.dirname(source.uri.fsPath) : source.uri.fsPath;
    const relative = path.relative(root, snippet);
    return vscode.Uri.joinPath(this.scratchFolder, source?.id ?? 'other', ...relative.split(path.sep));
  }

  async open(question: Question): Promise<vscode.TextEditor | undefined> {
    const copy = await this.prepareCopy(question);
    if (!copy) return undefined;
    const document = await vscode.workspace.openTextDocument(copy.target);
    return vscode.window.showTextDocument(document, { viewColumn: vscode.ViewColumn.Beside, preview: false });
  }

  async reset(question: Question): Promise<void> {
    const snippet = this.snippetOf(question);
    if (!snippet) return;
    const source = await this.original(question, snippet);
    if (!source) return;
    const target = this.scratchUri(question, snippet);
    const open = vscode.workspace.textDocuments.find((doc) => doc.uri.fsPath === target.fsPath);
    const original = new TextDecoder().decode(await vscode.workspace.fs.readFile(vscode.Uri.file(source)));
    const current = open ? open.getText() : (await isRegularFile(target.fsPath)) ? new TextDecoder().decode(await vscode.workspace.fs.readFile(target)) : original;
    if (current !== original) {
      const choice = await vscode.window.showWarningMessage(
        `Reset ${path.basename(snippet)} to the original? Your changes to it will be lost.`,
        { modal: true },
        'Reset',
      );
      if (choice !== 'Reset') return;
    }
    await copyContents(source, target.fsPath);
    if (open) {
      // Replace the buffer too, so an open editor shows the original without a "file changed" prompt.
      const edit = new vscode.WorkspaceEdit();
      edit.replace(open.uri, new vscode.Range(0, 0, open.lineCount, 0), original);
      await vscode.workspace.applyEdit(edit);
      await open.save();
    }
    await this.open(question);
  }

  /** Runs the user's copy (saved first); resolves with the process's exit code. */
  async run(question: Question): Promise<number | undefined> {
    if (!vscode.workspace.isTrusted) {
      notify.warn('Snippets do not run in an untrusted workspace. Trust the workspace to run them.');
      return undefined;
    }
    const copy = await this.prepareCopy(question);
    if (!copy) return undefined;
    await vscode.workspace.textDocuments.find((doc) => doc.uri.fsPath === copy.target.fsPath)?.save();
    return runInTerminal(path.basename(copy.snippet), settings().pythonPath, copy.target.fsPath);
  }

  /** The user's copy of the question's snippet, made from the original when there is none yet. */
  private async prepareCopy(question: Question): Promise<{ snippet: string; target: vscode.Uri } | undefined> {
    const snippet = this.snippetOf(question);
    if (!snippet) return undefined;
    const original = await this.original(question, snippet);
    if (!original) return undefined;
    const target = this.scratchUri(question, snippet);
    if (!(await isRegularFile(target.fsPath))) await copyContents(original, target.fsPath);
    return { snippet, target };
  }

  private snippetOf(question: Question): string | undefined {
    const snippet = question.snippets[0];
    if (!snippet) void vscode.window.showInformationMessage(`"${question.prompt}" has no runnable snippet.`);
    return snippet;
  }

  /** The snippet's real path, or undefined (and the user is told) when it is not a file inside its deck's folder. */
  private async original(question: Question, snippet: string): Promise<string | undefined> {
    const deckFile = this.decks.deck(question.topicId)?.file;
    let folder: string;
    let file: string;
    try {
      folder = await this.bank.local(deckFile ? path.dirname(deckFile) : path.dirname(snippet));
      file = await this.bank.local(snippet);
    } catch (error) {
      void vscode.window.showErrorMessage(`Interview Coach: ${(error as Error).message}`);
      return undefined;
    }
    const resolved = await resolveSnippet(folder, file);
    if (resolved.problem !== undefined) void vscode.window.showErrorMessage(`Interview Coach: ${resolved.problem}`);
    return resolved.file;
  }
}

async function runInTerminal(name: string, python: string, file: string): Promise<number | undefined> {
  const task = new vscode.Task(
    { type: 'interviewCoach.snippet', file },
    vscode.TaskScope.Global,
    `Run ${name}`,
    'Interview Coach',
    new vscode.ProcessExecution(python, [file], { cwd: path.dirname(file) }),
  );
  task.presentationOptions = { reveal: vscode.TaskRevealKind.Always, panel: vscode.TaskPanelKind.Dedicated, clear: true, focus: false, echo: true };
  const execution = await vscode.tasks.executeTask(task);
  return new Promise((resolve) => {
    const listener = vscode.tasks.onDidEndTaskProcess((event) => {
      if (event.execution !== execution && event.execution.task.definition.file !== file) return;
      listener.dispose();
      resolve(event.exitCode);
    });
  });
}

