import * as path from 'path';
import * as zlib from 'zlib';
import type { IdRegistry } from '../deckSet';
import type { Deck, DeckDiagnostic } from '../model';
import type { Exercise } from '../../exercise/model';

/**
 * The built-in bank compiled at build time (src/build/compileBank.ts → dist/bank.json.br): the
 * decks and exercises as the parsers give them, with paths relative to the bank folder, so the
 * extension shows the tree without loading a Markdown or YAML parser. Pure data plus the path
 * mapping. Stored as brotli-compressed JSON: 129 KB in the .vsix instead of 154 KB deflated, and
 * about 1.5 ms to decompress at activation.
 */
export interface CompiledBank {
  version: typeof COMPILED_BANK_VERSION;
  decks: Deck[];
  diagnostics: DeckDiagnostic[];
  exercises: Exercise[];
  exerciseDiagnostics: DeckDiagnostic[];
  /** The ids the bank holds, with where each is written: user decks are checked against them. */
  registry: { topics: [string, string, number][]; questions: [string, string, number][] };
}

export const COMPILED_BANK_VERSION = 1;
/** Its name in dist/. */
export const COMPILED_BANK_FILE = 'bank.json.br';
/**
 * The file may be the start of a longer stream (the snippet pack, bank-files.br, continues it so
 * the two compress as one): it ends at a flush, not at the stream's end, so it is read that way.
 */
export const FLUSHED_STREAM: zlib.BrotliOptions = { finishFlush: zlib.constants.BROTLI_OPERATION_FLUSH };

/** The file's bytes: the bank, its paths as stored, as brotli-compressed JSON. */
export function encodeCompiledBank(bank: CompiledBank): Buffer {
  const json = Buffer.from(JSON.stringify(bank));
  return zlib.brotliCompressSync(json, { params: { [zlib.constants.BROTLI_PARAM_QUALITY]: 11, [zlib.constants.BROTLI_PARAM_SIZE_HINT]: json.length } });
}

type PathMap = (file: string) => string;

/** The same bank with every path mapped (absolute → relative at build time, back at run time). */
export function mapBankPaths(bank: CompiledBank, map: PathMap): CompiledBank {
  const diagnostic = (d: DeckDiagnostic): DeckDiagnostic => ({ ...d, file: map(d.file) });
  const owners = (list: [string, string, number][]) => list.map(([id, file, line]): [string, string, number] => [id, map(file), line]);
  return {
    version: bank.version,
    decks: bank.decks.map((deck) => ({ ...deck, file: map(deck.file), questions: deck.questions.map((q) => ({ ...q, snippets: q.snippets.map(map) })) })),
    diagnostics: bank.diagnostics.map(diagnostic),
    exercises: bank.exercises.map((e) => ({ ...e, folder: map(e.folder) })),
    exerciseDiagnostics: bank.exerciseDiagnostics.map(diagnostic),
    registry: { topics: owners(bank.registry.topics), questions: owners(bank.registry.questions) },
  };
}

/** Relative paths with `/`, as stored. */
export const toBankRelative = (folder: string): PathMap => (file) => path.relative(folder, file).split(path.sep).join('/');
/** Absolute paths under the installed bank folder. */
export const fromBankRelative = (folder: string): PathMap => (file) => path.join(folder, ...file.split('/'));

/**
 * Reads dist/bank.json.br (or the JSON text itself); undefined when it is not a bank of this
 * version or cannot be read (then the bank is parsed).
 */
export function readCompiledBank(data: Uint8Array | string, folder: string): CompiledBank | undefined {
  try {
    const text = typeof data === 'string' ? data : zlib.brotliDecompressSync(data, FLUSHED_STREAM).toString('utf8');
    const bank = JSON.parse(text) as CompiledBank;
    return bank?.version === COMPILED_BANK_VERSION && Array.isArray(bank.decks) ? mapBankPaths(bank, fromBankRelative(folder)) : undefined;
  } catch {
    return undefined;
  }
}

/** An id registry holding the bank's ids, so later sources are checked against them. */
export function bankRegistry(bank: CompiledBank): IdRegistry {
  const owners = (list: [string, string, number][]) => new Map(list.map(([id, file, line]) => [id, { file, line }]));
  return { topics: owners(bank.registry.topics), questions: owners(bank.registry.questions) };
}
