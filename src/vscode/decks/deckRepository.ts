import * as path from 'path';
import * as vscode from 'vscode';
import type { Deck, DeckSet, Question } from '../../core/deck/model';
import { Disposable, DisposableStore } from '../platform/disposable';
import { onDidChangeSettings } from '../platform/config';
import { BuiltinCommand, Context, Setting } from '../platform/ids';
import { log } from '../platform/log';
import { DeckSourceInfo, configuredFolderSources, fileSource } from './deckSources';
import { workspaceFileAccess } from './workspaceFileAccess';

export interface LoadedSource {
  info: DeckSourceInfo;
  decks: Deck[];
}

const PRACTISED_FILES_KEY = 'interviewCoach.practisedFiles';
const RELOAD_DELAY_MS = 150;

/**
 * All loaded decks, by source: the built-in bank, workspace deck folders and files the user chose
 * to practise. Watches the user's sources so an edit shows up without a reload, publishes deck
 * problems to the Problems panel, and keeps question ids unique across sources (built-in first).
 */
export class DeckRepository extends Disposable {
  private sources: LoadedSource[] = [];
  private set: DeckSet = { decks: [], diagnostics: [] };
  private index = new Map<string, Question>();
  private topicSources = new Map<string, DeckSourceInfo>();
  private loading: Promise<void> | undefined;
  private reloadTimer: ReturnType<typeof setTimeout> | undefined;
  private readonly watchers = this.register(new DisposableStore());
  private readonly changed = this.register(new vscode.EventEmitter<void>());
  readonly onDidChange = this.changed.event;
  private readonly problems = this.register(vscode.languages.createDiagnosticCollection('interviewCoach'));

  constructor(
    private readonly builtinFolder: vscode.Uri,
    private readonly workspaceState: vscode.Memento,
  ) {
    super();
    this.register(onDidChangeSettings([Setting.deckFolders, Setting.workspaceDeckFolder], () => this.scheduleReload()));
    this.register(vscode.workspace.onDidChangeWorkspaceFolders(() => this.scheduleReload()));
    this.register({ dispose: () => clearTimeout(this.reloadTimer) });
  }

  /** Loads once; later calls wait for the same load. */
  ready(): Promise<void> {
    this.loading ??= this.load();
    return this.loading;
  }

  reload(): Promise<void> {
    this.loading = this.load();
    return this.loading;
  }

  get loadedSources(): readonly LoadedSource[] {
    return this.sources;
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

  /** Topic title by topic id, for reports and question headers. */
  get topicTitles(): ReadonlyMap<string, string> {
    return new Map(this.set.decks.map((deck) => [deck.id, deck.title]));
  }

  question(id: string): Question | undefined {
    return this.index.get(id);
  }

  deck(id: string): Deck | undefined {
    return this.set.decks.find((deck) => deck.id === id);
  }

  sourceOf(topicId: string): DeckSourceInfo | undefined {
    return this.topicSources.get(topicId);
  }

  /** Adds a Markdown file as a deck source (Practise This File); returns the decks it gave. */
  async addFile(uri: vscode.Uri): Promise<Deck[]> {
    const files = this.practisedFiles().filter((file) => file !== uri.toString());
    await this.workspaceState.update(PRACTISED_FILES_KEY, [...files, uri.toString()]);
    await this.reload();
    return this.sources.find((source) => source.info.kind === 'file' && source.info.uri.toString() === uri.toString())?.decks ?? [];
  }

  private practisedFiles(): string[] {
    return this.workspaceState.get<string[]>(PRACTISED_FILES_KEY, []);
  }

  private scheduleReload(): void {
    clearTimeout(this.reloadTimer);
    this.reloadTimer = setTimeout(() => void this.reload(), RELOAD_DELAY_MS);
  }

  private async load(): Promise<void> {
    const infos: DeckSourceInfo[] = [
      { id: 'builtin', label: 'Built-in questions', kind: 'builtin', uri: this.builtinFolder },
      ...configuredFolderSources(),
      ...this.practisedFiles().map((file) => fileSource(vscode.Uri.parse(file))),
    ];
    // The parsers (markdown-it, yaml) load with the first decks, not with the extension.
    const { bankSource, loadDecks } = await import('../../core/deck/load/loadDecks');
    const sources = infos.map((info) =>
      info.kind === 'builtin' ? { info, ...bankSource(info.uri.fsPath) } : { info, kind: info.kind, path: info.uri.fsPath, optional: info.kind === 'folder' },
    );
    const started = Date.now();
    const result = await loadDecks(sources, workspaceFileAccess(), { display: (file) => vscode.workspace.asRelativePath(file) });
    const questions = result.decks.reduce((n, deck) => n + deck.questions.length, 0);
    log.info(`Loaded ${result.decks.length} decks, ${questions} questions from ${sources.length} sources in ${Date.now() - started} ms; ${result.diagnostics.length} problems.`);
    const loaded = result.sources.filter((s) => s.decks.length > 0 || s.source.info.kind !== 'folder' || s.exists).map((s) => ({ info: s.source.info, decks: s.decks }));
    this.sources = loaded;
    this.set = { decks: result.decks, diagnostics: result.diagnostics };
    this.index = new Map(this.set.decks.flatMap((deck) => deck.questions.map((q) => [q.id, q] as const)));
    this.topicSources = new Map(loaded.flatMap((source) => source.decks.map((deck) => [deck.id, source.info] as const)));
    this.publishProblems();
    this.watch(infos);
    void vscode.commands.executeCommand(BuiltinCommand.setContext, Context.decksLoaded, true);
    this.changed.fire();
  }

  /** Watches every user source (the built-in bank does not change under a running extension). */
  private watch(infos: DeckSourceInfo[]): void {
    this.watchers.clear();
    for (const info of infos) {
      if (info.kind === 'builtin') continue;
      const pattern =
        info.kind === 'file'
          ? new vscode.RelativePattern(vscode.Uri.joinPath(info.uri, '..'), path.posix.basename(info.uri.path))
          : new vscode.RelativePattern(info.kind === 'folder' ? vscode.Uri.joinPath(info.uri, '..') : info.uri, `${path.posix.basename(info.uri.path)}/**`);
      const watcher = vscode.workspace.createFileSystemWatcher(pattern);
      watcher.onDidChange(() => this.scheduleReload());
      watcher.onDidCreate(() => this.scheduleReload());
      watcher.onDidDelete(() => this.scheduleReload());
      this.watchers.add(watcher);
    }
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
