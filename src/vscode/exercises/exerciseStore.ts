import * as vscode from 'vscode';
import { ExerciseStatus } from '../../core/exercise/model';
import { RunReport } from '../../core/exercise/report';
import { ExerciseStates, mergeExerciseStates, readExerciseStates, recordRun, statusOf } from '../../core/exercise/state';

const KEY = 'interviewCoach.exercises.v1';

/**
 * Each exercise's state (not tried, failing, passing) in globalState, synced by Settings Sync.
 * Every write merges with what is stored, so another window's run is not overwritten.
 */
export class ExerciseStore implements vscode.Disposable {
  private readonly changed = new vscode.EventEmitter<string | undefined>();
  /** Fires with the exercise id that changed (undefined: possibly all). */
  readonly onDidChange = this.changed.event;

  constructor(private readonly globalState: vscode.Memento & { setKeysForSync(keys: readonly string[]): void }) {
    globalState.setKeysForSync([KEY]);
  }

  get states(): ExerciseStates {
    return readExerciseStates(this.globalState.get(KEY), new Date());
  }

  status(id: string): ExerciseStatus {
    return statusOf(this.states, id);
  }

  async record(id: string, report: RunReport): Promise<void> {
    const now = new Date();
    const next = recordRun(this.states, id, report, now);
    await this.globalState.update(KEY, mergeExerciseStates(readExerciseStates(this.globalState.get(KEY), now), next));
    this.changed.fire(id);
  }

  dispose(): void {
    this.changed.dispose();
  }
}
