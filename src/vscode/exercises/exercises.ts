import * as path from 'path';
import * as vscode from 'vscode';
import { DeckRepository } from '../decks/deckRepository';
import { workspaceFileAccess } from '../decks/workspaceFileAccess';
import { ExerciseCatalog } from './exerciseCatalog';
import { ExerciseStore } from './exerciseStore';

// Made at activation; what runs exercises is in exerciseRuntime.ts, loaded with the features.

/** What the Topics tree shows of exercises, made at activation: which there are, and how each went. */
export interface ExerciseListing {
  catalog: ExerciseCatalog;
  store: ExerciseStore;
}

/** Where the user's copies of the exercises live (the CodeLens and the Run buttons work there). */
export const exerciseStorage = (globalStorageUri: vscode.Uri) => vscode.Uri.joinPath(globalStorageUri, 'exercises');

export function createExerciseListing(context: vscode.ExtensionContext, decks: DeckRepository): { listing: ExerciseListing; disposables: vscode.Disposable[] } {
  const catalog = new ExerciseCatalog(decks, workspaceFileAccess());
  const store = new ExerciseStore(context.globalState);
  return { listing: { catalog, store }, disposables: [catalog, store] };
}

/** The exercise a file in the copies' folder `root` belongs to, by its folder name (undefined: not a copy). */
export function exerciseIdIn(root: vscode.Uri, uri: vscode.Uri): string | undefined {
  const relative = path.relative(root.fsPath, uri.fsPath);
  if (!relative || relative.startsWith('..') || path.isAbsolute(relative)) return undefined;
  return relative.split(path.sep)[0];
}

/** Calls `onSeen` once an editor shows a copy of an exercise (one restored after a reload, say), so its CodeLens can load. */
export function whenExerciseEditorShown(globalStorageUri: vscode.Uri, onSeen: () => void): vscode.Disposable {
  const root = exerciseStorage(globalStorageUri);
  const check = (editors: readonly vscode.TextEditor[]) => {
    if (!editors.some(({ document }) => document.uri.scheme === 'file' && exerciseIdIn(root, document.uri) !== undefined)) return false;
    onSeen();
    return true;
  };
  if (check(vscode.window.visibleTextEditors)) return { dispose: () => undefined };
  const subscription = vscode.window.onDidChangeVisibleTextEditors((editors) => {
    if (check(editors)) subscription.dispose();
  });
  return subscription;
}
