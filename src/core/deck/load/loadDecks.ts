import * as path from 'path';
import { DeckFileOptions, ParsedFile, parseDeckFile } from '../deckFile';
import { DisplayPath, IdRegistry, combineDecks, newIdRegistry } from '../deckSet';
import { Deck, DeckDiagnostic, isDocumentationFile } from '../model';
import { DeckFormat, detectDeckFormat } from '../parseAnyDeck';
import { FileAccess, MAX_DECK_BYTES, decodeText, formatBytes, reasonOf } from './fileAccess';
import { WALK_LIMITS, WalkLimits, isInside, walkDeckFolder } from './walk';

/** A place decks come from: a folder (walked) or one file (read whatever its name). */
export interface DeckSource {
  kind: 'folder' | 'file';
  /** Absolute path. */
  path: string;
  /** Force a format (the built-in bank is native); otherwise each file's is detected. */
  format?: DeckFormat;
  /** A missing folder or file is normal here (the workspace deck folder usually is): no diagnostic. */
  optional?: boolean;
}

export interface LoadedSource<S extends DeckSource> {
  source: S;
  exists: boolean;
  /** Markdown files found (before the documentation-file rule and de-duplication). */
  found: number;
  /** Each file read, as parsed, before ids were checked across files. */
  files: ParsedFile[];
  /** The source's decks, sorted, with ids already used by an earlier file or source left out. */
  decks: Deck[];
  diagnostics: DeckDiagnostic[];
}

export interface LoadedDecks<S extends DeckSource> {
  sources: LoadedSource<S>[];
  decks: Deck[];
  diagnostics: DeckDiagnostic[];
}

export interface LoadOptions {
  /** How other files are named in messages (default: the path as is). */
  display?: DisplayPath;
  limits?: WalkLimits;
  maxBytes?: number;
  /** Ids already taken by an earlier source loaded elsewhere (the compiled built-in bank). */
  registry?: IdRegistry;
}

interface Context {
  access: FileAccess;
  registry: IdRegistry;
  display: DisplayPath;
  limits: WalkLimits;
  maxBytes: number;
  /** Real paths of the files already read: a file reached twice (a link, two sources) is read once. */
  read: Set<string>;
}

/**
 * The one deck-loading pipeline, for the extension, the CLI and the tests: walks each source,
 * reads its Markdown files, skips documentation files beside native decks, parses each file
 * (format detected or forced), checks snippet paths on disk (real paths, inside the deck's folder),
 * and keeps topic and question ids unique across all sources, earlier sources first. Never throws.
 */
export async function loadDecks<S extends DeckSource>(sources: readonly S[], access: FileAccess, options: LoadOptions = {}): Promise<LoadedDecks<S>> {
  const context: Context = {
    access,
    registry: options.registry ?? newIdRegistry(),
    display: options.display ?? ((file) => file),
    limits: options.limits ?? WALK_LIMITS,
    maxBytes: options.maxBytes ?? MAX_DECK_BYTES,
    read: new Set(),
  };
  const loaded: LoadedSource<S>[] = [];
  for (const source of sources) loaded.push(await loadSource(source, context));
  return { sources: loaded, decks: loaded.flatMap((s) => s.decks), diagnostics: loaded.flatMap((s) => s.diagnostics) };
}

async function loadSource<S extends DeckSource>(source: S, context: Context): Promise<LoadedSource<S>> {
  const listing = await listSource(source, context.access, context.limits);
  const result: LoadedSource<S> = { source, exists: listing.exists, found: listing.markdown.length, files: [], decks: [], diagnostics: [...listing.diagnostics] };
  if (!listing.exists) {
    if (!source.optional) {
      const what = source.kind === 'folder' ? 'deck folder' : 'deck';
      result.diagnostics.push({ file: source.path, line: 1, severity: 'error', message: `Cannot read the ${what}: it does not exist.` });
    }
    return result;
  }
  const texts = await readTexts(listing.markdown, context, result.diagnostics);
  const kept = source.kind === 'folder' ? withoutDocumentation(texts) : texts;
  const snippets = new SnippetCheck(context.access, listing.files);
  for (const { file, text } of kept) result.files.push(await parseChecked(text, file, { format: source.format }, snippets));
  const set = combineDecks(result.files, context.registry, context.display);
  result.decks = set.decks;
  result.diagnostics.push(...set.diagnostics);
  return result;
}

async function listSource(source: DeckSource, access: FileAccess, limits: WalkLimits) {
  if (source.kind === 'folder') return walkDeckFolder(source.path, access, limits);
  const exists = (await access.stat(source.path)) !== undefined;
  return { exists, markdown: exists ? [source.path] : [], files: new Set<string>(), diagnostics: [] };
}

interface FileText {
  file: string;
  text: string;
}

async function readTexts(files: string[], context: Context, diagnostics: DeckDiagnostic[]): Promise<FileText[]> {
  const texts: FileText[] = [];
  for (const file of files) {
    const real = (await context.access.realPath(file)) ?? file;
    if (context.read.has(real)) continue;
    context.read.add(real);
    try {
      texts.push({ file, text: decodeText(await readSmallFile(context.access, file, context.maxBytes)) });
    } catch (error) {
      diagnostics.push({ file, line: 1, severity: 'error', message: `Cannot read the deck: ${reasonOf(error)}` });
    }
  }
  return texts;
}

/** Reads a regular file of at most `maxBytes` (a FIFO or device is refused before it is opened). */
export async function readSmallFile(access: FileAccess, file: string, maxBytes: number): Promise<Uint8Array> {
  const info = await access.stat(file);
  if (info === undefined) throw new Error('it does not exist.');
  if (info.kind !== 'file') throw new Error(info.kind === 'folder' ? 'it is a folder.' : 'it is not a regular file.');
  if (info.size > maxBytes) throw new Error(`it is larger than ${formatBytes(maxBytes)} (${formatBytes(info.size)}).`);
  return access.readFile(file, maxBytes);
}

/**
 * The one documentation-file rule: README, CONTRIBUTING, CHANGELOG and LICENSE files found in a
 * folder are skipped when they are not decks themselves (not native) and sit beside native decks,
 * which they then document. Alone, such a file may be a Q&A README worth practising.
 */
function withoutDocumentation(texts: FileText[]): FileText[] {
  const formats = new Map(texts.map(({ file, text }) => [file, detectDeckFormat(text)]));
  const nativeFolders = new Set(texts.filter(({ file }) => formats.get(file) === 'native').map(({ file }) => path.dirname(file)));
  return texts.filter(({ file }) => !(isDocumentationFile(path.basename(file)) && formats.get(file) === 'generic' && nativeFolders.has(path.dirname(file))));
}

/** Parses a file; when the parser asked about snippet files not yet checked, checks them and parses again. */
async function parseChecked(text: string, file: string, options: DeckFileOptions, snippets: SnippetCheck): Promise<ParsedFile> {
  const asked: string[] = [];
  const first = parseDeckFile(text, file, { ...options, fileExists: (candidate) => snippets.known(candidate) ?? (asked.push(candidate), true) });
  if (asked.length === 0) return first;
  for (const candidate of asked) await snippets.check(candidate, path.dirname(file));
  return parseDeckFile(text, file, { ...options, fileExists: (candidate) => snippets.known(candidate) ?? false });
}

/**
 * Whether a snippet path names a regular file inside its deck's folder, with links resolved: a
 * snippet that is (or passes through) a link leading out of the folder counts as missing.
 */
class SnippetCheck {
  private readonly verdicts = new Map<string, boolean>();
  private readonly realFolders = new Map<string, string | undefined>();

  constructor(
    private readonly access: FileAccess,
    walked: Set<string>,
  ) {
    for (const file of walked) this.verdicts.set(file, true);
  }

  known(candidate: string): boolean | undefined {
    return this.verdicts.get(candidate);
  }

  async check(candidate: string, deckFolder: string): Promise<void> {
    if (this.verdicts.has(candidate)) return;
    if (!this.realFolders.has(deckFolder)) this.realFolders.set(deckFolder, await this.access.realPath(deckFolder));
    const folder = this.realFolders.get(deckFolder);
    const real = await this.access.realPath(candidate);
    const inside = folder !== undefined && real !== undefined && isInside(folder, real);
    this.verdicts.set(candidate, inside && (await this.access.stat(real))?.kind === 'file');
  }
}

/** The built-in bank (questions/ of the extension): native decks only, as the extension reads it. */
export function bankSource(folder: string): DeckSource {
  return { kind: 'folder', path: folder, format: 'native' };
}
