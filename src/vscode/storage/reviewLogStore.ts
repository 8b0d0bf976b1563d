import * as path from 'path';
import type * as vscode from 'vscode';
import type { ReviewEntry } from '../../core/progress/reviewLog';
import type { ReviewLogOnDisk } from './reviewLogOnDisk';
import type { StagedWrite } from './reviewLogFile';

/**
 * The review log (`reviews.jsonl` under globalStorageUri), shared by every window. Every read and
 * write is async, so the file code (locking, parsing, compaction: reviewLogOnDisk.ts) loads with the
 * first of them, after activation, not with it.
 */
export class ReviewLogStore {
  /** The log file (the integration tests open a second store on the same folder). */
  readonly file: string;
  private onDisk?: Promise<ReviewLogOnDisk>;

  constructor(storageUri: vscode.Uri) {
    this.file = path.join(storageUri.fsPath, 'reviews.jsonl');
  }

  append(entry: ReviewEntry): Promise<void> {
    return this.open().then((log) => log.append(entry));
  }

  /** Every readable entry, oldest first (the newest 10,000); the file is compacted when it grows well past that. */
  entries(): Promise<ReviewEntry[]> {
    return this.open().then((log) => log.entries());
  }

  /** Import: stages the union of the log and `entries`; nothing changes until `commit`. */
  stageMerge(entries: readonly ReviewEntry[]): Promise<StagedWrite> {
    return this.open().then((log) => log.stageMerge(entries));
  }

  private open(): Promise<ReviewLogOnDisk> {
    this.onDisk ??= import('./reviewLogOnDisk').then(({ ReviewLogOnDisk }) => new ReviewLogOnDisk(this.file));
    return this.onDisk;
  }
}
