import * as fs from 'fs';
import { ReviewEntry } from '../../core/progress/reviewLog';
import { errorMessage, log } from '../platform/log';
import { notify } from '../platform/notify';
import { ReviewLogFile, StagedWrite } from './reviewLogFile';

/**
 * The review log file behind ReviewLogStore, loaded with its first read or write: see ReviewLogFile
 * for how appends, compaction and import stay safe. This adds what the user is told: unreadable
 * lines are backed up once per session and reported, never silently dropped.
 */
export class ReviewLogOnDisk {
  private readonly log: ReviewLogFile;
  private warnedAboutSkipped = false;

  constructor(file: string) {
    this.log = new ReviewLogFile(file);
  }

  append(entry: ReviewEntry): Promise<void> {
    return this.log.append(entry);
  }

  /** Every readable entry, oldest first (the newest 10,000); the file is compacted when it grows well past that. */
  async entries(): Promise<ReviewEntry[]> {
    const { entries, skipped, total } = await this.log.read();
    if (skipped > 0 && !this.warnedAboutSkipped) {
      this.warnedAboutSkipped = true;
      const backup = this.backupName();
      try {
        await fs.promises.copyFile(this.log.file, backup, fs.constants.COPYFILE_EXCL);
        notify.warn(`${skipped} line(s) of the review log could not be read and were skipped. A copy was saved to ${backup}.`);
      } catch (error) {
        notify.error(`${skipped} line(s) of the review log could not be read and were skipped, and no copy could be saved.`, error);
      }
    }
    if (!this.log.needsCompaction(total)) return entries;
    try {
      const { backup } = await this.log.compactIfLarge(() => this.backupName());
      if (backup) notify.warn(`Unreadable lines of the review log were left out when it was trimmed. A copy was saved to ${backup}.`);
    } catch (error) {
      // Trimming can wait for the next read; the entries are already in hand.
      log.warn(`The review log could not be trimmed (${errorMessage(error)}); it is tried again on the next read.`);
    }
    return entries;
  }

  /** Import: stages the union of the log and `entries`; nothing changes until `commit`. */
  stageMerge(entries: readonly ReviewEntry[]): Promise<StagedWrite> {
    return this.log.stageMerge(entries);
  }

  private backupName(): string {
    return `${this.log.file}.${new Date().toISOString().replace(/[:.]/g, '-')}.bak`;
  }
}
