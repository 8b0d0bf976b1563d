import * as fs from 'fs';
import * as path from 'path';
import * as vscode from 'vscode';
import { Exercise } from '../../core/exercise/model';
import type { BankFiles } from '../../node/bankPack';
import { exerciseIdIn } from './exercises';

/**
 * The user's copy of each exercise, in the extension's storage (the installed bank is never
 * changed): exercises/<id>/ holds the starter's files. Copies bytes into regular files, never links.
 */
export class ExerciseFiles {
  constructor(
    private readonly root: vscode.Uri,
    /** The built-in bank's exercises come out of the extension's pack. */
    private readonly bank: BankFiles,
  ) {}

  /** The exercise's folder on disk (starter/, solution/, checks/); throws a sentence when the pack cannot be used. */
  source(exercise: Exercise): Promise<string> {
    return this.bank.local(exercise.folder);
  }

  /** A file of the installed bank (the checks runner) on disk. */
  bankFile(file: string): Promise<string> {
    return this.bank.local(file);
  }

  folder(exercise: Exercise): vscode.Uri {
    return vscode.Uri.joinPath(this.root, exercise.id);
  }

  mainFile(exercise: Exercise): vscode.Uri {
    return vscode.Uri.joinPath(this.folder(exercise), ...exercise.main.split('/'));
  }

  /** The exercise a file of the storage belongs to, by its folder name. */
  exerciseIdOf(uri: vscode.Uri): string | undefined {
    return exerciseIdIn(this.root, uri);
  }

  /** Copies the starter when there is no copy yet; returns the main file. */
  async ensureCopy(exercise: Exercise): Promise<vscode.Uri> {
    const main = this.mainFile(exercise);
    if (!fs.existsSync(main.fsPath)) await this.copyStarter(exercise);
    return main;
  }

  async open(exercise: Exercise): Promise<vscode.TextEditor> {
    const document = await vscode.workspace.openTextDocument(await this.ensureCopy(exercise));
    return vscode.window.showTextDocument(document, { preview: false });
  }

  /** Saves the user's open, changed files of the exercise, so the checks see what is on screen. */
  async saveOpenFiles(exercise: Exercise): Promise<void> {
    const folder = this.folder(exercise).fsPath + path.sep;
    await Promise.all(vscode.workspace.textDocuments.filter((d) => d.isDirty && d.uri.fsPath.startsWith(folder)).map((d) => d.save()));
  }

  /** Brings the starter back, after a confirmation when the copy was changed. */
  async reset(exercise: Exercise): Promise<boolean> {
    if (await this.changedFiles(exercise)) {
      const choice = await vscode.window.showWarningMessage(`Reset "${exercise.title}" to the starter? Your changes to it will be lost.`, { modal: true }, 'Reset');
      if (choice !== 'Reset') return false;
    }
    await this.copyStarter(exercise);
    for (const document of vscode.workspace.textDocuments.filter((d) => this.exerciseIdOf(d.uri) === exercise.id)) {
      const original = await fs.promises.readFile(document.uri.fsPath, 'utf8');
      const edit = new vscode.WorkspaceEdit();
      edit.replace(document.uri, new vscode.Range(0, 0, document.lineCount, 0), original);
      await vscode.workspace.applyEdit(edit);
      await document.save();
    }
    return true;
  }

  /** The reference solution beside the user's copy of the main file. */
  async showSolution(exercise: Exercise): Promise<void> {
    const solution = vscode.Uri.file(path.join(await this.source(exercise), 'solution', ...exercise.main.split('/')));
    await vscode.commands.executeCommand('vscode.diff', await this.ensureCopy(exercise), solution, `${path.basename(exercise.main)}: yours ↔ reference solution`);
  }

  private async changedFiles(exercise: Exercise): Promise<boolean> {
    const source = await this.source(exercise);
    for (const file of exercise.files) {
      const mine = path.join(this.folder(exercise).fsPath, ...file.split('/'));
      const open = vscode.workspace.textDocuments.find((d) => d.uri.fsPath === mine);
      const current = open ? open.getText() : await fs.promises.readFile(mine, 'utf8').catch(() => undefined);
      if (current !== undefined && current !== (await fs.promises.readFile(path.join(source, 'starter', ...file.split('/')), 'utf8'))) return true;
    }
    return false;
  }

  private async copyStarter(exercise: Exercise): Promise<void> {
    const target = this.folder(exercise).fsPath;
    const source = await this.source(exercise);
    for (const file of exercise.files) {
      const to = path.join(target, ...file.split('/'));
      await fs.promises.mkdir(path.dirname(to), { recursive: true });
      // Read then write: a link in the bank becomes a plain file, never a link to follow.
      const bytes = await fs.promises.readFile(path.join(source, 'starter', ...file.split('/')));
      await fs.promises.rm(to, { force: true });
      await fs.promises.writeFile(to, bytes);
    }
  }
}
