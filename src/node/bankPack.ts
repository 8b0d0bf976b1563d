/**
 * The bank's snippets and exercises ship as one brotli-compressed file, dist/bank-files.br, instead
 * of 230-odd small files: a .vsix compresses each file on its own, and many small similar Python
 * files compress badly that way. The pack continues the compiled bank's brotli stream
 * (dist/bank.json.br ends at a flush and is read as it is): the bank's answers and the snippets share
 * their code and words, so the two compress as one, 14 KB smaller than apart. Nothing reads the pack
 * at activation: the first snippet or exercise opened writes the whole pack out once into the
 * extension's storage (a folder named by the pack's hash, so an update gets a fresh one), and the
 * files run from there. Node only, no `vscode`.
 */
import { createHash, randomUUID } from 'crypto';
import * as fs from 'fs';
import * as path from 'path';
import * as zlib from 'zlib';
import { COMPILED_BANK_FILE, FLUSHED_STREAM } from '../core/deck/compiled/compiledBank';

/** The pack's name in dist/, beside bank.json.br. */
export const BANK_PACK = 'bank-files.br';
const PACK_VERSION = 1;
/** Folders of the bank folder that go into the pack: everything the install runs. */
const PACKED_FOLDERS = ['snippets', 'exercises'];
const COMPLETE = '.complete';

interface Pack {
  version: typeof PACK_VERSION;
  /** Path relative to the bank folder, with `/` → the file's text (UTF-8). */
  files: Record<string, string>;
}

/** The compiled bank the pack continues: bank.json.br beside it (none in a pack built alone). */
const prefixOf = (packFile: string) => path.join(path.dirname(packFile), COMPILED_BANK_FILE);

/**
 * Build time: packs the bank folder's snippets and exercises into `outFile`, as the continuation of
 * the compiled bank beside it, which is rewritten as the flushed start of the same stream (its JSON
 * unchanged). Returns how many files and the pack's bytes.
 */
export async function writeBankPack(bankFolder: string, outFile: string): Promise<{ files: number; bytes: number }> {
  const files: Record<string, string> = {};
  for (const folder of PACKED_FOLDERS) {
    for (const file of filesUnder(path.join(bankFolder, folder))) {
      const bytes = fs.readFileSync(file);
      const text = bytes.toString('utf8');
      if (!Buffer.from(text, 'utf8').equals(bytes)) throw new Error(`${file} is not UTF-8 text, so it cannot go into ${BANK_PACK}`);
      files[path.relative(bankFolder, file).split(path.sep).join('/')] = text;
    }
  }
  const bankFile = prefixOf(outFile);
  const bank = fs.existsSync(bankFile) ? zlib.brotliDecompressSync(fs.readFileSync(bankFile), FLUSHED_STREAM) : undefined;
  const pack = Buffer.from(`\n${JSON.stringify({ version: PACK_VERSION, files } satisfies Pack)}`);
  const [start, rest] = await compressInTwo(bank ?? Buffer.alloc(0), pack);
  fs.mkdirSync(path.dirname(outFile), { recursive: true });
  if (bank) fs.writeFileSync(bankFile, start);
  fs.writeFileSync(outFile, bank ? rest : Buffer.concat([start, rest]));
  return { files: Object.keys(files).length, bytes: rest.length };
}

/** One brotli stream of `first` then `second`, cut at a flush after `first`: its bytes up to there, and after. */
function compressInTwo(first: Buffer, second: Buffer): Promise<[Buffer, Buffer]> {
  return new Promise((resolve, reject) => {
    const params = { [zlib.constants.BROTLI_PARAM_QUALITY]: 11, [zlib.constants.BROTLI_PARAM_LGWIN]: 24, [zlib.constants.BROTLI_PARAM_SIZE_HINT]: first.length + second.length };
    const stream = zlib.createBrotliCompress({ params });
    const chunks: Buffer[] = [];
    let cut = 0;
    stream.on('data', (chunk: Buffer) => chunks.push(chunk));
    stream.on('error', reject);
    stream.on('end', () => {
      const all = Buffer.concat(chunks);
      resolve([all.subarray(0, cut), all.subarray(cut)]);
    });
    stream.write(first);
    stream.flush(zlib.constants.BROTLI_OPERATION_FLUSH, () => {
      cut = chunks.reduce((sum, chunk) => sum + chunk.length, 0);
      stream.end(second);
    });
  });
}

/** Regular files under `folder`, sorted, without caches and hidden files. */
function filesUnder(folder: string): string[] {
  if (!fs.existsSync(folder)) return [];
  const found: string[] = [];
  for (const entry of fs.readdirSync(folder, { withFileTypes: true }).sort((a, b) => a.name.localeCompare(b.name))) {
    if (entry.name.startsWith('.') || entry.name === '__pycache__') continue;
    const file = path.join(folder, entry.name);
    if (entry.isDirectory()) found.push(...filesUnder(file));
    else if (entry.isFile()) found.push(file);
  }
  return found;
}

/** The pack's files, from the stream's start (the compiled bank) and the pack; throws a sentence naming what is wrong. */
export function readBankPack(start: Buffer, bytes: Buffer): Map<string, string> {
  let pack: Partial<Pack> | null;
  try {
    const text = zlib.brotliDecompressSync(Buffer.concat([start, bytes])).toString('utf8');
    // The bank's JSON, then the pack's on a line of its own (JSON text holds no raw line break).
    pack = JSON.parse(text.slice(text.indexOf('\n') + 1)) as Partial<Pack> | null;
  } catch (error) {
    throw new Error(`it is damaged (${(error as Error).message})`);
  }
  if (pack?.version !== PACK_VERSION || !pack.files || typeof pack.files !== 'object') throw new Error('it is not a pack of this version');
  const files = new Map<string, string>();
  for (const [name, text] of Object.entries(pack.files)) {
    const parts = name.split('/');
    if (typeof text !== 'string' || parts.some((part) => part === '' || part === '.' || part === '..') || !PACKED_FOLDERS.includes(parts[0])) {
      throw new Error(`it holds an entry that is not a bank file (${JSON.stringify(name).slice(0, 80)})`);
    }
    files.set(name, text);
  }
  return files;
}

const extractions = new Map<string, Promise<string>>();

/** The folder holding the pack's files, written into `storageRoot` on the first call (once per process). */
export function extractBankPack(packFile: string, storageRoot: string): Promise<string> {
  const key = `${packFile}\0${storageRoot}`;
  let extraction = extractions.get(key);
  if (!extraction) {
    extraction = extract(packFile, storageRoot);
    extraction.catch(() => extractions.delete(key)); // a later call tries again
    extractions.set(key, extraction);
  }
  return extraction;
}

async function extract(packFile: string, storageRoot: string): Promise<string> {
  const bytes = await fs.promises.readFile(packFile);
  const start = await fs.promises.readFile(prefixOf(packFile)).catch(() => Buffer.alloc(0));
  const target = path.join(storageRoot, createHash('sha256').update(start).update(bytes).digest('hex').slice(0, 16));
  if (fs.existsSync(path.join(target, COMPLETE))) return target;
  const files = readBankPack(start, bytes);
  // Written beside the target and renamed into place, so a half-written folder is never used.
  const temporary = `${target}.${process.pid}.${randomUUID()}.tmp`;
  try {
    const paths = [...files.keys()].map((name) => path.join(temporary, ...name.split('/')));
    for (const folder of new Set(paths.map((file) => path.dirname(file)))) await fs.promises.mkdir(folder, { recursive: true });
    await Promise.all([...files.values()].map((text, i) => fs.promises.writeFile(paths[i], text)));
    await fs.promises.writeFile(path.join(temporary, COMPLETE), '');
    if (fs.existsSync(path.join(target, COMPLETE))) {
      await fs.promises.rm(temporary, { recursive: true, force: true }); // another window was first
    } else {
      await fs.promises.rm(target, { recursive: true, force: true }); // what a crash left half-written
      await fs.promises.rename(temporary, target);
    }
  } catch (error) {
    await fs.promises.rm(temporary, { recursive: true, force: true });
    // Another window may have put the same files there first.
    if (!fs.existsSync(path.join(target, COMPLETE))) throw error;
  }
  await removeOlderExtractions(storageRoot, path.basename(target));
  return target;
}

/** The folders an older version of the pack left (best effort: one may be in use by another window). */
async function removeOlderExtractions(storageRoot: string, current: string): Promise<void> {
  const entries = await fs.promises.readdir(storageRoot).catch(() => [] as string[]);
  await Promise.all(entries.filter((name) => name !== current && /^[0-9a-f]{16}$/.test(name)).map((name) => fs.promises.rm(path.join(storageRoot, name), { recursive: true, force: true }).catch(() => undefined)));
}

/**
 * Where the installed bank's files are on disk. Paths inside the bank folder (as the compiled bank
 * names them) are served from the pack when the extension has one; any other path is itself.
 */
export class BankFiles {
  constructor(
    /** The installed bank folder (the extension's questions/). */
    private readonly bankFolder: string,
    /** dist/bank-files.br of the extension. */
    private readonly packFile: string,
    /** A folder of the extension's storage that the pack is written out into. */
    private readonly storageRoot: string,
  ) {}

  /** The real path for `file` (a file or a folder); throws a sentence for the user when the pack cannot be used. */
  async local(file: string): Promise<string> {
    const relative = path.relative(this.bankFolder, file);
    if (relative.startsWith('..') || path.isAbsolute(relative)) return file;
    if (!(await exists(this.packFile))) {
      // Running from a source tree that was not built: the bank's own files are there.
      if (await exists(file)) return file;
      throw new Error(`The bank's snippets and exercises are missing (${path.basename(this.packFile)} is not in the extension's dist/ folder): reinstall Interview Coach.`);
    }
    let root: string;
    try {
      root = await extractBankPack(this.packFile, this.storageRoot);
    } catch (error) {
      throw new Error(`The bank's snippets and exercises cannot be read from ${path.basename(this.packFile)}: ${(error as Error).message}. Reinstall Interview Coach.`);
    }
    return path.join(root, relative);
  }
}

async function exists(file: string): Promise<boolean> {
  return fs.promises.stat(file).then(
    () => true,
    () => false,
  );
}
