import * as vscode from 'vscode';
import { installedBankFiles } from '../decks/bankFiles';
import { DeckRepository } from '../decks/deckRepository';
import { ExerciseActions } from './exerciseActions';
import { ExerciseFiles } from './exerciseFiles';
import { ExerciseLens } from './exerciseLens';
import { exerciseStorage, ExerciseListing } from './exercises';
import { ExerciseTests } from './exerciseTests';

/**
 * The rest, made with the features on first use: the copies, the Testing view's controller and
 * its runs (which load the process runner), the CodeLens. The returned disposables go into the
 * extension's subscriptions.
 */
export function createExerciseRuntime(parts: { extensionUri: vscode.Uri; globalStorageUri: vscode.Uri; decks: DeckRepository; listing: ExerciseListing }): { actions: ExerciseActions; disposables: vscode.Disposable[] } {
  const { catalog, store } = parts.listing;
  const storage = exerciseStorage(parts.globalStorageUri);
  const files = new ExerciseFiles(storage, installedBankFiles(parts));
  const runner = vscode.Uri.joinPath(parts.extensionUri, 'questions', 'exercises', 'run_checks.py').fsPath;
  const tests = new ExerciseTests(parts.decks, catalog, files, store, runner);
  const actions = new ExerciseActions(catalog, files, store, tests);
  const lens = new ExerciseLens(actions);
  const selector: vscode.DocumentSelector = { scheme: 'file', pattern: new vscode.RelativePattern(storage, '**/*') };
  return { actions, disposables: [tests, lens, vscode.languages.registerCodeLensProvider(selector, lens)] };
}
