import { stripBom } from '../lines';

/**
 * The little file access the deck pipeline needs, so one pipeline runs on Node `fs` (CLI, tests,
 * bench) and on `vscode.workspace.fs` (the extension). Paths are absolute file-system paths.
 * Exercise discovery reuses `list` and `readFile` (for `exercise.yml`).
 */
export type EntryKind = 'file' | 'folder' | 'other';

export interface FolderEntry {
  name: string;
  /** What the entry is, or what a symbolic link points at ('other' for a dangling link, a FIFO, a device). */
  kind: EntryKind;
  /** The entry itself is a symbolic link. */
  link: boolean;
}

export interface FileInfo {
  /** Links are followed: the kind of what the path finally names. */
  kind: EntryKind;
  size: number;
}

export interface FileAccess {
  /** What the path names, or undefined when nothing is there. Never throws. */
  stat(path: string): Promise<FileInfo | undefined>;
  /** The entries of a folder; throws (with a readable message) when it cannot be listed. */
  list(folder: string): Promise<FolderEntry[]>;
  /** The path with every symbolic link resolved, or undefined when it does not exist. Never throws. */
  realPath(path: string): Promise<string | undefined>;
  /**
   * The bytes of a regular file of at most `maxBytes`; throws otherwise (a FIFO or device is
   * refused before it is opened, so a read can never block).
   */
  readFile(path: string, maxBytes: number): Promise<Uint8Array>;
}

/** Deck files larger than this are refused: the parsers are meant for hand-written files. */
export const MAX_DECK_BYTES = 4 * 1024 * 1024;

/** UTF-8 text without a leading byte order mark, the same for every host. */
export function decodeText(bytes: Uint8Array): string {
  // ignoreBOM keeps the mark in the text, so the one rule below is the only one that strips it.
  const text = new TextDecoder('utf-8', { ignoreBOM: true }).decode(bytes);
  return stripBom(text);
}

/** The reason a read failed, for a diagnostic. */
export function reasonOf(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

export function formatBytes(bytes: number): string {
  return bytes >= 1024 * 1024 ? `${Math.round(bytes / (1024 * 1024))} MB` : `${Math.round(bytes / 1024)} KB`;
}
