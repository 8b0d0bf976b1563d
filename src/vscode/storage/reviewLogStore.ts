import * as fs from 'fs';
import * as path from 'path';
import * as vscode from 'vscode';
import { DEFAULT_MAX_ENTRIES, ReviewEntry, boundLog, parseReviewLog, serialiseEntry, serialiseLog } from '../../core/progress/reviewLog';

/**
 * The append-only review log (`reviews.jsonl` under globalStorageUri). Appends from two windows
 * interleave whole lines, so neither loses a review; reads skip a torn line instead of failing.
 * It is read from disk each time, so what another window wrote is always included.
 */
export class ReviewLogStore {
  private readonly file: string;
  private warnedAboutSkipped = false;

  constructor(storageUri: vscode.Uri) {
    this.file = path.join(storageUri.fsPath, 'reviews.jsonl');
  }

  async append(entry: ReviewEntry): Promise<void> {
    await fs.promises.mkdir(path.dirname(this.file), { recursive: true });
    await fs.promises.appendFile(this.file, serialiseEntry(entry), 'utf8');
  }

  /** Every readable entry, oldest first; the file is trimmed to the newest entries when it grows past the bound. */
  async entries(): Promise<ReviewEntry[]> {
    let text: string;
    try {
      text = await fs.promises.readFile(this.file, 'utf8');
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code === 'ENOENT') return [];
      throw error;
    }
    const { entries, skipped } = parseReviewLog(text);
    if (skipped > 0 && !this.warnedAboutSkipped) {
      this.warnedAboutSkipped = true;
      const backup = `${this.file}.${Date.now()}.bak`;
      await fs.promises.copyFile(this.file, backup);
      void vscode.window.showWarningMessage(`Interview Coach: ${skipped} line(s) of the review log could not be read and were skipped. A copy was saved to ${backup}.`);
    }
    if (entries.length > DEFAULT_MAX_ENTRIES) {
      const bounded = boundLog(entries);
      await this.replace(bounded);
      return bounded;
    }
    return entries;
  }

  /** Rewrites the whole log (import, reset), through a temporary file so a crash leaves the old one. */
  async replace(entries: readonly ReviewEntry[]): Promise<void> {
    await fs.promises.mkdir(path.dirname(this.file), { recursive: true });
    const temporary = `${this.file}.${process.pid}.tmp`;
    await fs.promises.writeFile(temporary, serialiseLog(entries), 'utf8');
    await fs.promises.rename(temporary, this.file);
  }
}
