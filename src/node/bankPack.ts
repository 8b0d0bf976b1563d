/**
 * The bank's snippets and exercises ship as one brotli-compressed file, dist/bank-files.br, instead
 * of 230-odd small files: a .vsix compresses each file on its own, and many small similar Python
 * files compress badly that way. Nothing reads the pack at activation: the first snippet or exercise
 * opened writes the whole pack out once into the extension's storage (a folder named by the pack's
 * hash, so an update gets a fresh one), and the files run from there. Node only, no `vscode`.
 */
import { createHash, randomUUID } from 'crypto';
import * as fs from 'fs';
import * as path from 'path';
import * as zlib from 'zlib';

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

/** Build time: packs the bank folder's snippets and exercises; returns how many files and bytes. */
export function writeBankPack(bankFolder: string, outFile: string): { files: number; bytes: number } {
  const files: Record<string, string> = {};
  for (const folder of PACKED_FOLDERS) {
    for (const file of filesUnder(path.join(bankFolder, folder))) {
      const bytes = fs.readFileSync(file);
      const text = bytes.toString('utf8');
      if (!Buffer.from(text, 'utf8').equals(bytes)) throw new Error(`${file} is not UTF-8 text, so it cannot go into ${BANK_PACK}`);
      files[path.relative(bankFolder, file).split(path.sep).join('/')] = text;
    }
  }
  const json = Buffer.from(JSON.stringify({ version: PACK_VERSION, files } satisfies Pack));
  const packed = zlib.brotliCompressSync(json, { params: { [zlib.constants.BROTLI_PARAM_QUALITY]: 11, [zlib.constants.BROTLI_PARAM_SIZE_HINT]: json.length } });
  fs.mkdirSync(path.dirname(outFile), { recursive: true });
  fs.writeFileSync(outFile, packed);
  return { files: Object.keys(files).length, bytes: packed.length };
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

/** The pack's files; throws a sentence naming what is wrong when it is not a pack of this version. */
export function readBankPack(bytes: Buffer): Map<string, string> {
  let pack: Partial<Pack> | null;
  try {
    pack = JSON.parse(zlib.brotliDecompressSync(bytes).toString('utf8')) as Partial<Pack> | null;
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
  const target = path.join(storageRoot, createHash('sha256').update(bytes).digest('hex').slice(0, 16));
  if (fs.existsSync(path.join(target, COMPLETE))) return target;
  const files = readBankPack(bytes);
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
