import * as vscode from 'vscode';
import { Command, CommandId } from '../platform/ids';
import { ExerciseActions } from './exerciseActions';

/** Run, Hint, Solution and Reset above the first line of an exercise's main file. */
export class ExerciseLens implements vscode.CodeLensProvider {
  private readonly changed = new vscode.EventEmitter<void>();
  readonly onDidChangeCodeLenses = this.changed.event;
  private readonly subscription: vscode.Disposable;

  constructor(private readonly actions: ExerciseActions) {
    this.subscription = actions.store.onDidChange(() => this.changed.fire());
  }

  provideCodeLenses(document: vscode.TextDocument): vscode.CodeLens[] {
    const id = this.actions.files.exerciseIdOf(document.uri);
    const exercise = id ? this.actions.catalog.get(id) : undefined;
    if (!exercise || this.actions.files.mainFile(exercise).fsPath !== document.uri.fsPath) return [];
    const top = new vscode.Range(0, 0, 0, 0);
    const status = this.actions.store.status(exercise.id);
    const lens = (title: string, command: CommandId, tooltip: string) => new vscode.CodeLens(top, { title, command, tooltip, arguments: [exercise.id] });
    return [
      lens(status === 'passing' ? '$(pass) Run checks (passing)' : status === 'failing' ? '$(error) Run checks (failing)' : '$(play) Run checks', Command.runExercise, 'Run the checks against this file'),
      lens('$(lightbulb) Hint', Command.exerciseHint, 'Show the next hint'),
      lens('$(diff) Compare with solution', Command.showExerciseSolution, 'The reference solution beside your copy'),
      lens('$(discard) Reset', Command.resetExercise, 'Bring the starter back'),
    ];
  }

  dispose(): void {
    this.subscription.dispose();
    this.changed.dispose();
  }
}
