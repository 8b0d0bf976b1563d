import * as vscode from 'vscode';
import { readDeckFolder } from '../core/deck/deckFolder';
import { indexQuestions } from '../core/deck/deckSet';
import { Deck, DeckSet, Question } from '../core/deck/model';

/**
 * The loaded decks (the built-in bank in `questions/`), their problems in the Problems panel,
 * and an event when they are reloaded.
 */
export class DeckRepository implements vscode.Disposable {
  private set: DeckSet = { decks: [], diagnostics: [] };
  private index = new Map<string, Question>();
  private loading: Promise<void> | undefined;
  private readonly changed = new vscode.EventEmitter<void>();
  readonly onDidChange = this.changed.event;
  private readonly problems = vscode.languages.createDiagnosticCollection('interviewCoach');

  constructor(private readonly folder: vscode.Uri) {}

  /** Loads once; later calls wait for the same load. */
  ready(): Promise<void> {
    this.loading ??= this.load();
    return this.loading;
  }

  reload(): Promise<void> {
    this.loading = this.load();
    return this.loading;
  }

  get decks(): readonly Deck[] {
    return this.set.decks;
  }

  get deckSet(): DeckSet {
    return this.set;
  }

  get questionIndex(): ReadonlyMap<string, Question> {
    return this.index;
  }

  question(id: string): Question | undefined {
    return this.index.get(id);
  }

  deck(id: string): Deck | undefined {
    return this.set.decks.find((deck) => deck.id === id);
  }

  dispose(): void {
    this.changed.dispose();
    this.problems.dispose();
  }

  private async load(): Promise<void> {
    this.set = await readDeckFolder(this.folder.fsPath);
    this.index = indexQuestions(this.set);
    this.publishProblems();
    void vscode.commands.executeCommand('setContext', 'interviewCoach.decksLoaded', true);
    this.changed.fire();
  }

  private publishProblems(): void {
    this.problems.clear();
    const byFile = new Map<string, vscode.Diagnostic[]>();
    for (const problem of this.set.diagnostics) {
      const line = Math.max(0, problem.line - 1);
      const diagnostic = new vscode.Diagnostic(
        new vscode.Range(line, 0, line, Number.MAX_SAFE_INTEGER),
        problem.message,
        problem.severity === 'error' ? vscode.DiagnosticSeverity.Error : vscode.DiagnosticSeverity.Warning,
      );
      diagnostic.source = 'Interview Coach';
      byFile.set(problem.file, [...(byFile.get(problem.file) ?? []), diagnostic]);
    }
    for (const [file, diagnostics] of byFile) this.problems.set(vscode.Uri.file(file), diagnostics);
  }
}
