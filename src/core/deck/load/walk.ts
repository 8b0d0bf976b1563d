import * as path from 'path';
import type { DeckDiagnostic } from '../model';
import { FileAccess, reasonOf } from './fileAccess';

export interface WalkLimits {
  /** Folders more than this many levels below the deck folder are not read. */
  maxDepth: number;
  /** Directory entries looked at, in all, before the walk stops. */
  maxEntries: number;
}

export const WALK_LIMITS: WalkLimits = { maxDepth: 6, maxEntries: 10_000 };

export interface FolderWalk {
  /** The folder exists (and is a folder). */
  exists: boolean;
  /** The `.md` files found, by the path they were reached through, sorted. */
  markdown: string[];
  /** Every regular file found inside the deck folder (links resolved and checked), for snippet checks. */
  files: Set<string>;
  diagnostics: DeckDiagnostic[];
}

/** Whether `candidate` is `folder` or below it (both real paths). */
export function isInside(folder: string, candidate: string): boolean {
  const relative = path.relative(folder, candidate);
  return relative === '' || (!relative.startsWith(`..${path.sep}`) && relative !== '..' && !path.isAbsolute(relative));
}

/** Folders a deck walk never enters: dot-folders (.git, .vscode) and installed packages. */
export function isSkippedFolder(name: string): boolean {
  return name.startsWith('.') || name === 'node_modules';
}

interface Pending {
  /** The path as reached from the deck folder (what diagnostics and snippet paths use). */
  shown: string;
  real: string;
  depth: number;
}

/**
 * Lists a deck folder, breadth first. Symbolic links are resolved: one that leads out of the deck
 * folder is never followed (a warning says so), a folder reached twice (a self-link, a loop) is read
 * once, and the walk is bounded in depth and entries. Folders behind links inside the deck folder are
 * read after every plain folder, so a file is known by its plain path when it has one. Never throws.
 */
export async function walkDeckFolder(folder: string, access: FileAccess, limits: WalkLimits = WALK_LIMITS): Promise<FolderWalk> {
  const walk: FolderWalk = { exists: false, markdown: [], files: new Set(), diagnostics: [] };
  const warn = (file: string, message: string, severity: DeckDiagnostic['severity'] = 'warning') => walk.diagnostics.push({ file, line: 1, severity, message });
  const root = (await access.stat(folder))?.kind === 'folder' ? await access.realPath(folder) : undefined;
  if (root === undefined) return walk;
  walk.exists = true;
  const visited = new Set<string>();
  const plain: Pending[] = [{ shown: folder, real: root, depth: 0 }];
  const linked: Pending[] = [];
  let entries = 0;
  let depthWarned = false;
  for (let next = plain.shift() ?? linked.shift(); next; next = plain.shift() ?? linked.shift()) {
    if (visited.has(next.real)) continue;
    visited.add(next.real);
    let listing;
    try {
      listing = await access.list(next.shown);
    } catch (error) {
      warn(next.shown, `Cannot read the folder: ${reasonOf(error)}`, next.depth === 0 ? 'error' : 'warning');
      continue;
    }
    for (const entry of listing) {
      if (++entries > limits.maxEntries) {
        warn(folder, `Stopped reading the deck folder after ${limits.maxEntries.toLocaleString('en')} entries: keep decks in a smaller folder.`);
        return finish(walk);
      }
      const shown = path.join(next.shown, entry.name);
      if (entry.kind === 'folder' && isSkippedFolder(entry.name)) continue;
      const real = entry.link ? await access.realPath(shown) : path.join(next.real, entry.name);
      if (real === undefined) continue;
      if (entry.link && !isInside(root, real)) {
        if (entry.kind === 'folder' || entry.name.toLowerCase().endsWith('.md')) warn(shown, `Not read: "${entry.name}" is a link to ${real}, outside the deck folder.`);
        continue;
      }
      if (entry.kind === 'folder') {
        if (visited.has(real)) continue;
        if (next.depth >= limits.maxDepth) {
          if (!depthWarned) warn(shown, `Not read: folders more than ${limits.maxDepth} levels below the deck folder are left out.`);
          depthWarned = true;
          continue;
        }
        (entry.link ? linked : plain).push({ shown, real, depth: next.depth + 1 });
      } else if (entry.kind === 'file') {
        walk.files.add(shown);
        if (entry.name.toLowerCase().endsWith('.md')) walk.markdown.push(shown);
      }
    }
  }
  return finish(walk);
}

function finish(walk: FolderWalk): FolderWalk {
  walk.markdown.sort((a, b) => a.localeCompare(b));
  return walk;
}
