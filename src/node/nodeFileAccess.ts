import * as fs from 'fs';
import * as path from 'path';
import type { EntryKind, FileAccess, FileInfo, FolderEntry } from '../core/deck/load/fileAccess';

/** The deck pipeline's file access on Node `fs`: for the CLI, the tests and the benchmarks. */
export const nodeFileAccess: FileAccess = {
  async stat(file: string): Promise<FileInfo | undefined> {
    try {
      const stat = await fs.promises.stat(file);
      return { kind: kindOf(stat), size: stat.size };
    } catch {
      return undefined;
    }
  },

  async list(folder: string): Promise<FolderEntry[]> {
    const entries = await fs.promises.readdir(folder, { withFileTypes: true });
    return Promise.all(
      entries.map(async (entry): Promise<FolderEntry> => {
        if (!entry.isSymbolicLink()) return { name: entry.name, kind: kindOf(entry), link: false };
        const target = await nodeFileAccess.stat(path.join(folder, entry.name));
        return { name: entry.name, kind: target?.kind ?? 'other', link: true };
      }),
    );
  },

  async realPath(file: string): Promise<string | undefined> {
    try {
      return await fs.promises.realpath(file);
    } catch {
      return undefined;
    }
  },

  async readFile(file: string, maxBytes: number): Promise<Uint8Array> {
    // O_NONBLOCK: opening a FIFO that appeared after the caller's stat check must not block.
    const handle = await fs.promises.open(file, fs.constants.O_RDONLY | fs.constants.O_NONBLOCK);
    try {
      const stat = await handle.stat();
      if (!stat.isFile()) throw new Error('it is not a regular file.');
      const buffer = Buffer.alloc(Math.min(stat.size, maxBytes) + 1);
      let length = 0;
      while (length < buffer.length) {
        const { bytesRead } = await handle.read(buffer, length, buffer.length - length, length);
        if (bytesRead === 0) break;
        length += bytesRead;
      }
      if (length > maxBytes) throw new Error(`it is larger than ${maxBytes} bytes.`);
      return buffer.subarray(0, length);
    } finally {
      await handle.close();
    }
  },
};

function kindOf(stat: fs.Stats | fs.Dirent): EntryKind {
  return stat.isFile() ? 'file' : stat.isDirectory() ? 'folder' : 'other';
}
