import * as vscode from 'vscode';
import type { ExerciseFileAccess, LoadedExercises } from '../../core/exercise/loadExercises';
import { Exercise } from '../../core/exercise/model';
import { DeckRepository } from '../decks/deckRepository';
import { publishProblems } from '../decks/problems';

/**
 * The exercises beside the loaded decks (the bank's and the user's deck folders), reloaded with
 * them; problems go to the Problems panel like deck problems.
 */
export class ExerciseCatalog implements vscode.Disposable {
  private byId = new Map<string, Exercise>();
  private byQuestionId = new Map<string, Exercise[]>();
  private readonly problems = vscode.languages.createDiagnosticCollection('interviewCoach.exercises');
  private readonly changed = new vscode.EventEmitter<void>();
  readonly onDidChange = this.changed.event;
  private loading: Promise<void> | undefined;
  private readonly subscription: vscode.Disposable;

  constructor(
    private readonly decks: DeckRepository,
    private readonly files: ExerciseFileAccess,
  ) {
    this.subscription = decks.onDidChange(() => void this.reload());
  }

  ready(): Promise<void> {
    this.loading ??= this.decks.ready().then(() => this.load());
    return this.loading;
  }

  get all(): readonly Exercise[] {
    return [...this.byId.values()];
  }

  get(id: string): Exercise | undefined {
    return this.byId.get(id);
  }

  forQuestion(questionId: string): readonly Exercise[] {
    return this.byQuestionId.get(questionId) ?? [];
  }

  dispose(): void {
    this.subscription.dispose();
    this.problems.dispose();
    this.changed.dispose();
  }

  private reload(): Promise<void> {
    this.loading = this.load();
    return this.loading;
  }

  /**
   * The bank's exercises come compiled with the bank; the YAML reader loads only for exercises
   * beside the user's decks (or when the bank was not compiled).
   */
  private async loadAll(): Promise<LoadedExercises> {
    const bank = await this.decks.compiledBank();
    const sources = this.decks.loadedSources.filter((s) => s.info.kind !== 'file' && s.info.uri.scheme === 'file' && !(bank && s.info.kind === 'builtin'));
    const compiled = { exercises: bank?.exercises ?? [], diagnostics: bank?.exerciseDiagnostics ?? [] };
    if (sources.length === 0) return compiled;
    const { attachToQuestions, loadExercises } = await import('../../core/exercise/loadExercises');
    const found = await loadExercises(sources.map((s) => s.info.uri.fsPath), this.files);
    const loaded = { exercises: [...compiled.exercises, ...found.exercises], diagnostics: [...compiled.diagnostics, ...found.diagnostics] };
    return attachToQuestions(loaded, (id) => this.decks.question(id) !== undefined);
  }

  private async load(): Promise<void> {
    const loaded = await this.loadAll();
    this.byId = new Map(loaded.exercises.map((e) => [e.id, e]));
    this.byQuestionId = new Map();
    for (const exercise of loaded.exercises) this.byQuestionId.set(exercise.questionId, [...this.forQuestion(exercise.questionId), exercise]);
    publishProblems(this.problems, loaded.diagnostics);
    this.changed.fire();
  }
}
