/**
 * Where a snippet really is. The deck parser checks snippet paths as text; on disk a symbolic link
 * (the snippet itself, or a folder on its way) can still lead out of the deck folder, to any file
 * the user can read. So the real paths are compared, and only a regular file is accepted.
 * No `vscode` import: unit-tested against real links.
 */
import * as fs from 'fs';
import * as path from 'path';
import { temporaryNameFor } from '../storage/durableFile';

export type ResolvedSnippet = { file: string; problem?: undefined } | { file?: undefined; problem: string };

/** `snippet`'s real path when it is a regular file inside `folder` once every link is followed. */
export async function resolveSnippet(folder: string, snippet: string): Promise<ResolvedSnippet> {
  let realFolder: string;
  let realFile: string;
  try {
    realFolder = await fs.promises.realpath(folder);
    realFile = await fs.promises.realpath(snippet);
  } catch (error) {
    return { problem: `${path.basename(snippet)} cannot be found (${(error as NodeJS.ErrnoException).code ?? (error as Error).message}).` };
  }
  if (!isInside(realFolder, realFile)) {
    return { problem: `${path.basename(snippet)} leads out of the deck folder through a symbolic link, so it is not opened or run.` };
  }
  const stat = await fs.promises.stat(realFile);
  if (!stat.isFile()) return { problem: `${path.basename(snippet)} is not a regular file.` };
  return { file: realFile };
}

export function isInside(folder: string, file: string): boolean {
  const relative = path.relative(folder, file);
  return relative !== '' && !path.isAbsolute(relative) && relative !== '..' && !relative.startsWith(`..${path.sep}`);
}

/**
 * Puts the bytes of `source` into `target` as a new regular file. Renaming a fresh file over the
 * target replaces a link that was there (an older version copied links as links) instead of writing
 * through it to the file it points at.
 */
export async function copyContents(source: string, target: string): Promise<void> {
  const data = await fs.promises.readFile(source);
  await fs.promises.mkdir(path.dirname(target), { recursive: true });
  const temporary = temporaryNameFor(target);
  await fs.promises.writeFile(temporary, data, { flag: 'wx' });
  try {
    await fs.promises.rename(temporary, target);
  } catch (error) {
    await fs.promises.rm(temporary, { force: true });
    throw error;
  }
}

/** True for a regular file; false for a link, a folder or nothing. */
export async function isRegularFile(file: string): Promise<boolean> {
  try {
    return (await fs.promises.lstat(file)).isFile();
  } catch {
    return false;
  }
}
