/**
 * The review log on disk (`reviews.jsonl`), safe with several windows and with crashes:
 * - every append is one fsynced write under the cross-process lock, starting on a fresh line if a
 *   crash left the last one torn;
 * - compaction (keeping the newest entries) and import re-read the file under the same lock and
 *   swap in a fsynced temporary file, so no append made meanwhile by another window is lost;
 * - reads take no lock: a rename is atomic, and an append in progress is only an unfinished last line.
 * No `vscode` import, so the unit tests run it in several real processes at once.
 */
import * as fs from 'fs';
import * as path from 'path';
import { DEFAULT_MAX_ENTRIES, ReviewEntry, boundLog, mergeLogs, parseReviewLog, serialiseEntry, serialiseLog } from '../../core/progress/reviewLog';
import { commitTemporary, syncFolder, writeTemporary } from './durableFile';
import { LockOptions, acquireFileLock, withFileLock } from './fileLock';

export interface ReviewLogRead {
  /** Readable entries, oldest first, at most `maxEntries`. */
  entries: ReviewEntry[];
  /** Lines that could not be read (a torn last line is not one of them). */
  skipped: number;
  /** Readable entries in the file, before bounding: whether `compactIfLarge` has work to do. */
  total: number;
}

export interface ReviewLogOptions extends LockOptions {
  maxEntries?: number;
  /** Compact only when this many entries over the bound, so a log at the bound is not rewritten on every read. */
  slack?: number;
}

/** A write prepared but not yet visible: `commit` makes it so, `abort` leaves the log as it was. Either releases the lock. */
export interface StagedWrite {
  commit(): Promise<void>;
  abort(): Promise<void>;
}

export class ReviewLogFile {
  readonly lockPath: string;
  private readonly maxEntries: number;
  private readonly slack: number;

  constructor(
    readonly file: string,
    private readonly options: ReviewLogOptions = {},
  ) {
    this.lockPath = `${file}.lock`;
    this.maxEntries = options.maxEntries ?? DEFAULT_MAX_ENTRIES;
    this.slack = options.slack ?? Math.ceil(this.maxEntries / 10);
  }

  async append(entry: ReviewEntry): Promise<void> {
    await fs.promises.mkdir(path.dirname(this.file), { recursive: true });
    await withFileLock(this.lockPath, () => this.appendLocked(serialiseEntry(entry)), this.options);
  }

  /** The log as it is now. Does not compact: see `compactIfLarge`. */
  async read(): Promise<ReviewLogRead> {
    const text = await this.readText();
    const { entries, skipped } = parseReviewLog(text);
    return { entries: entries.length > this.maxEntries ? boundLog(entries, this.maxEntries) : entries, skipped, total: entries.length };
  }

  /** Whether a log of `total` entries is far enough over the bound to compact. */
  needsCompaction(total: number): boolean {
    return total > this.maxEntries + this.slack;
  }

  /**
   * Keeps the newest `maxEntries` once the log is `slack` entries over (checked under the lock).
   * Unreadable lines would be dropped by the rewrite, so the old file is first copied to `backup`
   * (returned when one was made).
   */
  async compactIfLarge(backup: () => string): Promise<{ compacted: boolean; backup?: string }> {
    return withFileLock(
      this.lockPath,
      async () => {
        const text = await this.readText();
        const current = parseReviewLog(text);
        if (!this.needsCompaction(current.entries.length)) return { compacted: false };
        let copy: string | undefined;
        if (current.skipped > 0) {
          copy = backup();
          await fs.promises.copyFile(this.file, copy);
        }
        await commitTemporary(await writeTemporary(this.file, serialiseLog(boundLog(current.entries, this.maxEntries))), this.file);
        return { compacted: true, backup: copy };
      },
      this.options,
    );
  }

  /**
   * Import: the log becomes the union of what it holds and `entries` (bounded), written to a fsynced
   * temporary file. The lock is held until commit or abort, so an append made meanwhile waits and lands
   * after the swap instead of into the old file.
   */
  async stageMerge(entries: readonly ReviewEntry[]): Promise<StagedWrite> {
    await fs.promises.mkdir(path.dirname(this.file), { recursive: true });
    const release = await acquireFileLock(this.lockPath, this.options);
    let temporary: string;
    try {
      const current = parseReviewLog(await this.readText()).entries;
      temporary = await writeTemporary(this.file, serialiseLog(boundLog(mergeLogs(current, entries), this.maxEntries)));
    } catch (error) {
      await release();
      throw error;
    }
    return {
      commit: async () => {
        try {
          await commitTemporary(temporary, this.file);
        } finally {
          await release();
        }
      },
      abort: async () => {
        try {
          await fs.promises.rm(temporary, { force: true });
        } finally {
          await release();
        }
      },
    };
  }

  private async appendLocked(line: string): Promise<void> {
    const handle = await fs.promises.open(this.file, 'a+', 0o600);
    let created = false;
    try {
      const { size } = await handle.stat();
      created = size === 0;
      let text = line;
      if (size > 0) {
        const last = Buffer.alloc(1);
        await handle.read(last, 0, 1, size - 1);
        // A crash cut the last line short: end it, so this entry is a line of its own.
        if (last[0] !== 0x0a) text = '\n' + line;
      }
      await handle.appendFile(text);
      await handle.sync();
    } finally {
      await handle.close();
    }
    if (created) await syncFolder(path.dirname(this.file));
  }

  private async readText(): Promise<string> {
    try {
      return await fs.promises.readFile(this.file, 'utf8');
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code === 'ENOENT') return '';
      throw error;
    }
  }
}
