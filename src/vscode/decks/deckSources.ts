import * as path from 'path';
import * as vscode from 'vscode';
import { readSettings } from '../platform/config';

export type DeckSourceKind = 'builtin' | 'folder' | 'file';

/** Where decks come from: the built-in bank, deck folders in the workspace or settings, single files. */
export interface DeckSourceInfo {
  /** Stable key: also names the source's scratch folder for snippets. */
  id: string;
  label: string;
  kind: DeckSourceKind;
  /** The folder (or, for kind 'file', the file). */
  uri: vscode.Uri;
}

/** The workspace deck folders (`.interview-coach/` by default) and those named in `interviewCoach.deckFolders`. */
export function configuredFolderSources(): DeckSourceInfo[] {
  const { workspaceDeckFolder: workspaceFolderName, deckFolders: extra } = readSettings();
  const sources: DeckSourceInfo[] = [];
  const seen = new Set<string>();
  const add = (uri: vscode.Uri, label: string) => {
    if (seen.has(uri.toString())) return;
    seen.add(uri.toString());
    sources.push({ id: `folder-${hash(uri.toString())}`, label, kind: 'folder', uri });
  };
  for (const folder of vscode.workspace.workspaceFolders ?? []) {
    if (workspaceFolderName) add(vscode.Uri.joinPath(folder.uri, workspaceFolderName), `${folder.name}/${workspaceFolderName}`);
  }
  for (const entry of extra) {
    if (!entry.trim()) continue;
    if (path.isAbsolute(entry)) add(vscode.Uri.file(entry), entry);
    else for (const folder of vscode.workspace.workspaceFolders ?? []) add(vscode.Uri.joinPath(folder.uri, entry), `${folder.name}/${entry}`);
  }
  return sources;
}

export function fileSource(uri: vscode.Uri): DeckSourceInfo {
  return { id: `file-${hash(uri.toString())}`, label: vscode.workspace.asRelativePath(uri), kind: 'file', uri };
}

/** A short, stable name for a URI (FNV-1a), so scratch folders survive reloads. */
function hash(text: string): string {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return (h >>> 0).toString(36);
}
