/** Real temporary deck folders for the pipeline tests, and a file access that counts what it does. */
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import type { FileAccess } from '../../src/core/deck/load/fileAccess';
import { nodeFileAccess } from '../../src/node/nodeFileAccess';

/** A native deck with one question per id; `extra` goes under the first question's id line. */
export function nativeDeck(topic: string, ids: string[], extra = ''): string {
  const questions = ids.map((id, i) => `## Question ${id}?\n\n- id: ${id}\n${i === 0 ? extra : ''}\n### Answer\n\nAn answer.\n\n### Key points\n\n- A point\n`);
  return `---\nid: ${topic}\ntitle: ${topic}\n---\n\n${questions.join('\n')}`;
}

/** Makes a temporary folder from `files` (path → content) and returns its real path. */
export function tempTree(files: Record<string, string> = {}): string {
  const root = fs.realpathSync(fs.mkdtempSync(path.join(os.tmpdir(), 'interview-coach-decks-')));
  for (const [name, text] of Object.entries(files)) {
    fs.mkdirSync(path.dirname(path.join(root, name)), { recursive: true });
    fs.writeFileSync(path.join(root, name), text);
  }
  return root;
}

export function removeTree(root: string): void {
  fs.rmSync(root, { recursive: true, force: true });
}

/** nodeFileAccess, counting folder listings and file reads. */
export function countingAccess(): FileAccess & { listings: string[]; reads: string[] } {
  const listings: string[] = [];
  const reads: string[] = [];
  return {
    listings,
    reads,
    stat: (p) => nodeFileAccess.stat(p),
    realPath: (p) => nodeFileAccess.realPath(p),
    list: (folder) => {
      listings.push(folder);
      return nodeFileAccess.list(folder);
    },
    readFile: (file, max) => {
      reads.push(file);
      return nodeFileAccess.readFile(file, max);
    },
  };
}
