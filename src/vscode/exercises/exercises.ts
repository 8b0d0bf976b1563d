import * as vscode from 'vscode';
import { installedBankFiles } from '../decks/bankFiles';
import { DeckRepository } from '../decks/deckRepository';
import { workspaceFileAccess } from '../decks/workspaceFileAccess';
import { ExerciseActions } from './exerciseActions';
import { ExerciseCatalog } from './exerciseCatalog';
import { ExerciseFiles } from './exerciseFiles';
import { ExerciseLens } from './exerciseLens';
import { ExerciseStore } from './exerciseStore';
import { ExerciseTests } from './exerciseTests';

/** Builds the exercise pieces; the returned disposables go into the extension's subscriptions. */
export function createExercises(context: vscode.ExtensionContext, decks: DeckRepository): { actions: ExerciseActions; disposables: vscode.Disposable[] } {
  const storage = vscode.Uri.joinPath(context.globalStorageUri, 'exercises');
  const catalog = new ExerciseCatalog(decks, workspaceFileAccess());
  const files = new ExerciseFiles(storage, installedBankFiles(context));
  const store = new ExerciseStore(context.globalState);
  const runner = vscode.Uri.joinPath(context.extensionUri, 'questions', 'exercises', 'run_checks.py').fsPath;
  const tests = new ExerciseTests(decks, catalog, files, store, runner);
  const actions = new ExerciseActions(catalog, files, store, tests);
  const lens = new ExerciseLens(actions);
  const selector: vscode.DocumentSelector = { scheme: 'file', pattern: new vscode.RelativePattern(storage, '**/*') };
  return { actions, disposables: [catalog, store, tests, lens, vscode.languages.registerCodeLensProvider(selector, lens)] };
}
