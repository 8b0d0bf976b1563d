import * as fs from 'fs';
import * as path from 'path';
import { promisify } from 'util';
import * as zlib from 'zlib';
import * as vscode from 'vscode';
import { CompiledBank, FLUSHED_STREAM, bankRegistry, readCompiledBank } from '../../core/deck/compiled/compiledBank';
import type { Deck, DeckDiagnostic, DeckSet, Question } from '../../core/deck/model';
import { Disposable, DisposableStore } from '../platform/disposable';
import { onDidChangeSettings } from '../platform/config';
import { BuiltinCommand, Context, Setting } from '../platform/ids';
import { log } from '../platform/log';
import { DeckSourceInfo, configuredFolderSources, fileSource } from './deckSources';
import { publishProblems } from './problems';
import { workspaceFileAccess } from './workspaceFileAccess';

export interface LoadedSource {
  info: DeckSourceInfo;
  decks: Deck[];
}

const brotliDecompress = promisify(zlib.brotliDecompress);
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

  private bank: Promise<CompiledBank | undefined> | undefined;

  constructor(
    private readonly builtinFolder: vscode.Uri,
    private readonly workspaceState: vscode.Memento,
    /** dist/bank.json.br: the built-in bank compiled at build time; without it the bank is parsed. */
    private readonly compiledBankFile?: vscode.Uri,
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

  /** The built-in bank as compiled at build time (undefined: there is none, the bank was parsed). */
  compiledBank(): Promise<CompiledBank | undefined> {
    // The extension's own file, on the extension host's disk: read with Node, without a round trip
    // through workspace.fs (the tree's first paint waits for it).
    this.bank ??= this.compiledBankFile
      ? fs.promises
          .readFile(this.compiledBankFile.fsPath)
          // Decompressed off the extension host's thread (about 2 ms of it), then read; a missing or
          // damaged file is no bank (the bank is then parsed).
          .then((bytes) => brotliDecompress(bytes, FLUSHED_STREAM))
          .then((json) => readCompiledBank(json.toString('utf8'), this.builtinFolder.fsPath))
          .catch(() => undefined)
      : Promise.resolve(undefined);
    return this.bank;
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
    const started = Date.now();
    const result = await this.loadSources(infos);
    const questions = result.decks.reduce((n, deck) => n + deck.questions.length, 0);
    log.info(`Loaded ${result.decks.length} decks, ${questions} questions from ${result.sources.length} sources in ${Date.now() - started} ms; ${result.diagnostics.length} problems.`);
    const loaded = result.sources.filter((s) => s.decks.length > 0 || s.info.kind !== 'folder' || s.exists).map((s) => ({ info: s.info, decks: s.decks }));
    this.sources = loaded;
    this.set = { decks: result.decks, diagnostics: result.diagnostics };
    this.index = new Map(this.set.decks.flatMap((deck) => deck.questions.map((q) => [q.id, q] as const)));
    this.topicSources = new Map(loaded.flatMap((source) => source.decks.map((deck) => [deck.id, source.info] as const)));
    publishProblems(this.problems, this.set.diagnostics);
    this.watch(infos);
    void vscode.commands.executeCommand(BuiltinCommand.setContext, Context.decksLoaded, true);
    this.changed.fire();
  }

  /**
   * The compiled bank plus the user's sources. The parsers (markdown-it, yaml) load only when a
   * user source exists (or the bank is not compiled), not with the extension.
   */
  private async loadSources(infos: DeckSourceInfo[]): Promise<{ sources: { info: DeckSourceInfo; decks: Deck[]; exists: boolean }[]; decks: Deck[]; diagnostics: DeckDiagnostic[] }> {
    const bank = await this.compiledBank();
    const access = workspaceFileAccess();
    const present = bank ? await filterAsync(infos, async (info) => info.kind === 'file' || (info.kind === 'folder' && (await access.stat(info.uri.fsPath)) !== undefined)) : infos;
    const builtin = bank ? [{ info: infos[0], decks: bank.decks, exists: true }] : [];
    if (bank && present.length === 0) return { sources: builtin, decks: bank.decks, diagnostics: bank.diagnostics };
    const { bankSource, loadDecks } = await import('../../core/deck/load/loadDecks');
    const sources = present.map((info) =>
      info.kind === 'builtin' ? { info, ...bankSource(info.uri.fsPath) } : { info, kind: info.kind, path: info.uri.fsPath, optional: info.kind === 'folder' },
    );
    const display = (file: string) => vscode.workspace.asRelativePath(file);
    const result = await loadDecks(sources, access, { display, registry: bank && bankRegistry(bank) });
    return {
      sources: [...builtin, ...result.sources.map((s) => ({ info: s.source.info, decks: s.decks, exists: s.exists }))],
      decks: [...(bank?.decks ?? []), ...result.decks],
      diagnostics: [...(bank?.diagnostics ?? []), ...result.diagnostics],
    };
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

}

async function filterAsync<T>(items: T[], keep: (item: T) => Promise<boolean>): Promise<T[]> {
  const kept = await Promise.all(items.map(keep));
  return items.filter((_, i) => kept[i]);
}
