/**
 * File writes that survive a crash or a power cut: data is fsynced before it is renamed into place,
 * and the folder is fsynced after, so the new name is durable too. No `vscode` import, so the unit
 * tests can run it in several real processes at once.
 */
import { randomUUID } from 'crypto';
import * as fs from 'fs';
import * as path from 'path';

/** A name in the same folder that no other process or call can pick (rename needs one file system). */
export function temporaryNameFor(file: string): string {
  return path.join(path.dirname(file), `.${path.basename(file)}.${process.pid}.${randomUUID()}.tmp`);
}

/** Makes the folder's entries (a new or renamed file) durable. Some platforms cannot open a folder: then there is nothing to do. */
export async function syncFolder(folder: string): Promise<void> {
  let handle: fs.promises.FileHandle | undefined;
  try {
    handle = await fs.promises.open(folder, 'r');
    await handle.sync();
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code !== 'EISDIR' && code !== 'EPERM' && code !== 'EINVAL' && code !== 'EACCES') throw error;
  } finally {
    await handle?.close();
  }
}

/** Writes `data` to a new temporary file and fsyncs it; the caller renames it into place (or removes it). */
export async function writeTemporary(file: string, data: string | Uint8Array): Promise<string> {
  const temporary = temporaryNameFor(file);
  const handle = await fs.promises.open(temporary, 'wx', 0o600);
  try {
    await handle.writeFile(data);
    await handle.sync();
  } catch (error) {
    await handle.close();
    await fs.promises.rm(temporary, { force: true });
    throw error;
  }
  await handle.close();
  return temporary;
}

/** Replaces `file` atomically: readers see the old content or the new, never a mix, even after a crash. */
export async function writeFileAtomically(file: string, data: string | Uint8Array): Promise<void> {
  await fs.promises.mkdir(path.dirname(file), { recursive: true });
  const temporary = await writeTemporary(file, data);
  await commitTemporary(temporary, file);
}

/** Renames a file written by `writeTemporary` over `file`, durably. */
export async function commitTemporary(temporary: string, file: string): Promise<void> {
  try {
    await fs.promises.rename(temporary, file);
  } catch (error) {
    await fs.promises.rm(temporary, { force: true });
    throw error;
  }
  await syncFolder(path.dirname(file));
}
