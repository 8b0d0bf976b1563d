import * as vscode from 'vscode';
import { Exercise } from '../../core/exercise/model';
import { RunReport, suggestedGradeFor } from '../../core/exercise/report';
import { ExerciseView } from '../../shared/protocol/quiz';
import { notify } from '../platform/notify';
import { ExerciseCatalog } from './exerciseCatalog';
import { ExerciseFiles } from './exerciseFiles';
import { ExerciseStore } from './exerciseStore';
import { ExerciseTests } from './exerciseTests';

/** What the commands, the CodeLens, the tree and the quiz panel do with an exercise. */
export class ExerciseActions {
  private readonly hintsShown = new Map<string, number>();
  private readonly running = new Set<string>();
  private readonly runningChanged = new vscode.EventEmitter<void>();
  /** Fires when a run starts or ends, so views can show it. */
  readonly onDidChangeRunning = this.runningChanged.event;

  constructor(
    readonly catalog: ExerciseCatalog,
    readonly files: ExerciseFiles,
    readonly store: ExerciseStore,
    readonly tests: ExerciseTests,
  ) {}

  /** The exercise a command was given: an exercise, its id, a file of its copy, or a pick. */
  async resolve(arg: unknown): Promise<Exercise | undefined> {
    await this.catalog.ready();
    // A Topics tree node ({ kind: 'exercise', exercise }) or an exercise itself.
    const node = arg && typeof arg === 'object' && 'exercise' in arg ? (arg as { exercise: unknown }).exercise : arg;
    if (node && typeof node === 'object' && 'id' in node && typeof (node as Exercise).id === 'string') return this.catalog.get((node as Exercise).id);
    if (typeof arg === 'string') return this.catalog.get(arg);
    if (arg instanceof vscode.Uri) return this.catalog.get(this.files.exerciseIdOf(arg) ?? '');
    const active = vscode.window.activeTextEditor?.document.uri;
    const fromEditor = active && this.catalog.get(this.files.exerciseIdOf(active) ?? '');
    if (fromEditor) return fromEditor;
    const picked = await vscode.window.showQuickPick(
      this.catalog.all.map((exercise) => ({ label: exercise.title, description: this.store.status(exercise.id).replace('untried', 'not tried'), exercise })),
      { placeHolder: 'Pick an exercise', matchOnDescription: true },
    );
    return picked?.exercise;
  }

  /** What the quiz panel shows of a question's first exercise. */
  viewFor(questionId: string): ExerciseView | undefined {
    const exercise = this.catalog.forQuestion(questionId)[0];
    if (!exercise) return undefined;
    const report = this.tests.lastReport(exercise.id);
    const failing = report?.checks.find((c) => c.status === 'failed' || c.status === 'error');
    const message =
      report?.status === 'passed' ? 'Every check passes.' : report?.status === 'failed' ? (failing?.message ?? `${failing?.title ?? 'A check'} fails.`) : (report?.message ?? 'The checks could not run.');
    return {
      id: exercise.id,
      title: exercise.title,
      brief: exercise.brief,
      status: this.store.status(exercise.id),
      running: this.running.has(exercise.id),
      lastRun: report ? { outcome: report.status, message, suggestedGrade: suggestedGradeFor(report) } : undefined,
    };
  }

  async open(exercise: Exercise): Promise<void> {
    await this.files.open(exercise);
  }

  async run(exercise: Exercise): Promise<RunReport | undefined> {
    if (!vscode.workspace.isTrusted) {
      notify.warn('Exercises do not run in an untrusted workspace. Trust the workspace to run them.');
      return undefined;
    }
    this.running.add(exercise.id);
    this.runningChanged.fire();
    const report = await this.tests.run(exercise).finally(() => {
      this.running.delete(exercise.id);
      this.runningChanged.fire();
    });
    if (report?.status === 'passed') notify.info(`"${exercise.title}": every check passes.`);
    else if (report?.status === 'failed') {
      const failing = report.checks.filter((c) => c.status !== 'passed' && c.status !== 'skipped');
      void vscode.window.showWarningMessage(`"${exercise.title}": ${failing[0]?.message ?? 'a check fails.'}`, 'Show Test Results').then((choice) => {
        if (choice) void vscode.commands.executeCommand('testing.showMostRecentOutput');
      });
    } else if (report) notify.error(`"${exercise.title}": the checks could not run.`, report.message);
    return report;
  }

  /** The next hint, one at a time; the last one stays. */
  async hint(exercise: Exercise): Promise<void> {
    if (exercise.hints.length === 0) {
      notify.info(`"${exercise.title}" has no hints: the brief says what the checks need.`);
      return;
    }
    const index = Math.min(this.hintsShown.get(exercise.id) ?? 0, exercise.hints.length - 1);
    this.hintsShown.set(exercise.id, index + 1);
    const more = index + 1 < exercise.hints.length;
    const choice = await vscode.window.showInformationMessage(`Hint ${index + 1} of ${exercise.hints.length}: ${exercise.hints[index]}`, ...(more ? ['Next Hint'] : []));
    if (choice === 'Next Hint') await this.hint(exercise);
  }

  /** The reference solution as a diff against the user's copy: after an attempt, or when confirmed. */
  async showSolution(exercise: Exercise): Promise<void> {
    if (this.store.status(exercise.id) === 'untried') {
      const choice = await vscode.window.showWarningMessage(`Run the checks on your attempt at "${exercise.title}" first? The solution is most useful after a try.`, 'Show Solution Anyway');
      if (choice !== 'Show Solution Anyway') return;
    }
    await this.files.showSolution(exercise);
  }

  async reset(exercise: Exercise): Promise<void> {
    if (await this.files.reset(exercise)) this.hintsShown.delete(exercise.id);
  }
}
