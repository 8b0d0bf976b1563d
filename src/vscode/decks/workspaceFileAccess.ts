import * as fs from 'fs';
import * as vscode from 'vscode';
import type { EntryKind, FileAccess, FileInfo, FolderEntry } from '../../core/deck/load/fileAccess';

/**
 * The deck pipeline's file access through `vscode.workspace.fs`, so decks load from any file system
 * the editor has. `workspace.fs` cannot resolve links, so real paths come from Node `fs` for files on
 * disk; other schemes have no links into the local disk and keep their path.
 */
export function workspaceFileAccess(toUri: (path: string) => vscode.Uri = vscode.Uri.file): FileAccess {
  const stat = async (path: string): Promise<FileInfo | undefined> => {
    try {
      const info = await vscode.workspace.fs.stat(toUri(path));
      return { kind: kindOf(info.type), size: info.size };
    } catch {
      return undefined;
    }
  };
  return {
    stat,
    async list(folder: string): Promise<FolderEntry[]> {
      const entries = await vscode.workspace.fs.readDirectory(toUri(folder));
      return entries.map(([name, type]) => ({ name, kind: kindOf(type), link: (type & vscode.FileType.SymbolicLink) !== 0 }));
    },
    async realPath(path: string): Promise<string | undefined> {
      const uri = toUri(path);
      if (uri.scheme !== 'file') return (await stat(path)) ? path : undefined;
      try {
        return await fs.promises.realpath(uri.fsPath);
      } catch {
        return undefined;
      }
    },
    async readFile(path: string, maxBytes: number): Promise<Uint8Array> {
      const info = await stat(path);
      if (info?.kind !== 'file') throw new Error('it is not a regular file.');
      if (info.size > maxBytes) throw new Error(`it is larger than ${maxBytes} bytes.`);
      return vscode.workspace.fs.readFile(toUri(path));
    },
  };
}

/** A link's type carries its target's File or Directory bit; a FIFO or device is Unknown. */
function kindOf(type: vscode.FileType): EntryKind {
  if (type & vscode.FileType.Directory) return 'folder';
  if (type & vscode.FileType.File) return 'file';
  return 'other';
}
