import * as path from 'path';
import * as vscode from 'vscode';
import { Exercise } from '../../core/exercise/model';
import { CheckResult, RunReport } from '../../core/exercise/report';
import { runChecks } from '../../node/runChecks';
import { DeckRepository } from '../decks/deckRepository';
import { readSettings } from '../platform/config';
import { TestControllerId } from '../platform/ids';
import { ExerciseCatalog } from './exerciseCatalog';
import { ExerciseFiles } from './exerciseFiles';
import { ExerciseStore } from './exerciseStore';

/**
 * The Testing view's "Interview Coach exercises": topics, their exercises, and each exercise's
 * checks as the last run reported them. Runs go through here, whichever button started them.
 */
export class ExerciseTests implements vscode.Disposable {
  readonly controller = vscode.tests.createTestController(TestControllerId.exercises, 'Interview Coach exercises');
  private readonly subscriptions: vscode.Disposable[];
  private readonly lastReports = new Map<string, RunReport>();
  private readonly finished = new vscode.EventEmitter<{ exercise: Exercise; report: RunReport }>();
  readonly onDidFinish = this.finished.event;

  constructor(
    private readonly decks: DeckRepository,
    private readonly catalog: ExerciseCatalog,
    private readonly files: ExerciseFiles,
    private readonly store: ExerciseStore,
    private readonly runnerScript: string,
  ) {
    this.controller.createRunProfile('Run', vscode.TestRunProfileKind.Run, (request, token) => this.runRequest(request, token), true);
    this.controller.resolveHandler = async () => {
      await this.catalog.ready();
      this.refresh();
    };
    this.subscriptions = [catalog.onDidChange(() => this.refresh())];
  }

  lastReport(id: string): RunReport | undefined {
    return this.lastReports.get(id);
  }

  /** Runs one exercise as a test run (shown in the Testing view and its results). */
  async run(exercise: Exercise): Promise<RunReport | undefined> {
    this.refresh();
    const item = this.itemOf(exercise);
    const source = new vscode.CancellationTokenSource();
    try {
      await this.runRequest(new vscode.TestRunRequest(item ? [item] : undefined), source.token);
    } finally {
      source.dispose();
    }
    return this.lastReports.get(exercise.id);
  }

  dispose(): void {
    this.subscriptions.forEach((s) => s.dispose());
    this.controller.dispose();
    this.finished.dispose();
  }

  private refresh(): void {
    const topics = new Map<string, vscode.TestItem>();
    for (const exercise of this.catalog.all) {
      const question = this.decks.question(exercise.questionId);
      const topicId = question?.topicId ?? 'other';
      let topic = topics.get(topicId);
      if (!topic) {
        topic = this.controller.createTestItem(`topic:${topicId}`, this.decks.deck(topicId)?.title ?? topicId);
        topics.set(topicId, topic);
      }
      const item = this.controller.createTestItem(exercise.id, exercise.title, this.files.mainFile(exercise));
      item.description = question?.prompt;
      item.range = new vscode.Range(0, 0, 0, 0);
      topic.children.add(item);
      this.addChecks(item, this.lastReports.get(exercise.id)?.checks ?? []);
    }
    this.controller.items.replace([...topics.values()]);
  }

  private itemOf(exercise: Exercise): vscode.TestItem | undefined {
    for (const [, topic] of this.controller.items) {
      const item = topic.children.get(exercise.id);
      if (item) return item;
    }
    return undefined;
  }

  private exercisesIn(request: vscode.TestRunRequest): Exercise[] {
    const roots = request.include ?? [...this.controller.items].map(([, item]) => item);
    const ids = new Set<string>();
    for (const item of roots) {
      if (item.id.startsWith('topic:')) item.children.forEach((child) => ids.add(child.id));
      else ids.add(item.id.split('::')[0]);
    }
    for (const item of request.exclude ?? []) ids.delete(item.id);
    return [...ids].map((id) => this.catalog.get(id)).filter((e): e is Exercise => e !== undefined);
  }

  private async runRequest(request: vscode.TestRunRequest, token: vscode.CancellationToken): Promise<void> {
    await this.catalog.ready();
    const run = this.controller.createTestRun(request, 'Interview Coach exercises');
    try {
      for (const exercise of this.exercisesIn(request)) {
        if (token.isCancellationRequested) break;
        await this.runOne(exercise, run, token);
      }
    } finally {
      run.end();
    }
  }

  private async runOne(exercise: Exercise, run: vscode.TestRun, token: vscode.CancellationToken): Promise<void> {
    const item = this.itemOf(exercise);
    if (!item) return;
    run.started(item);
    if (!vscode.workspace.isTrusted) {
      run.errored(item, new vscode.TestMessage('Exercises do not run in an untrusted workspace. Trust the workspace to run them.'));
      return;
    }
    let runner: string;
    let source: string;
    try {
      [runner, source] = await Promise.all([this.files.bankFile(this.runnerScript), this.files.source(exercise)]);
      await this.files.ensureCopy(exercise);
    } catch (error) {
      // The bank's pack cannot be used: the run cannot happen, and the report says why.
      const message = (error as Error).message;
      this.lastReports.set(exercise.id, { status: 'error', message, checks: [], output: '' });
      run.errored(item, new vscode.TestMessage(message));
      return;
    }
    await this.files.saveOpenFiles(exercise);
    const abort = new AbortController();
    const listener = token.onCancellationRequested(() => abort.abort());
    const { report, durationMs } = await runChecks({
      python: readSettings().pythonPath,
      runner,
      work: this.files.folder(exercise).fsPath,
      checks: path.join(source, 'checks'),
      timeoutMs: exercise.timeoutSeconds * 1000,
      signal: abort.signal,
    }).finally(() => listener.dispose());
    this.lastReports.set(exercise.id, report);
    if (report.output) run.appendOutput(report.output.replace(/\r?\n/g, '\r\n'), undefined, item);
    this.addChecks(item, report.checks);
    for (const check of report.checks) this.reportCheck(run, item.children.get(`${exercise.id}::${check.id}`)!, check);
    if (report.status === 'passed') run.passed(item, durationMs);
    else if (report.status === 'failed') run.failed(item, new vscode.TestMessage(summary(report)), durationMs);
    else run.errored(item, new vscode.TestMessage(report.message ?? 'The checks could not run.'), durationMs);
    await this.store.record(exercise.id, report);
    this.finished.fire({ exercise, report });
  }

  private addChecks(item: vscode.TestItem, checks: readonly CheckResult[]): void {
    if (checks.length === 0) return;
    item.children.replace(checks.map((check) => this.controller.createTestItem(`${item.id}::${check.id}`, check.title, check.file ? vscode.Uri.file(check.file) : item.uri)));
  }

  private reportCheck(run: vscode.TestRun, item: vscode.TestItem, check: CheckResult): void {
    if (check.status === 'passed') return run.passed(item, check.durationMs);
    if (check.status === 'skipped') return run.skipped(item);
    const text = check.message ?? `${check.title}: not met.`;
    const message = check.expected !== undefined && check.actual !== undefined ? vscode.TestMessage.diff(text, check.expected, check.actual) : new vscode.TestMessage(text);
    if (check.file && check.line) message.location = new vscode.Location(vscode.Uri.file(check.file), new vscode.Position(check.line - 1, 0));
    if (check.status === 'failed') run.failed(item, message, check.durationMs);
    else run.errored(item, message, check.durationMs);
  }
}

function summary(report: RunReport): string {
  const failing = report.checks.filter((c) => c.status === 'failed' || c.status === 'error');
  return `${failing.length} of ${report.checks.length} checks failed: ${failing.map((c) => c.message ?? c.title).join(' ')}`;
}
