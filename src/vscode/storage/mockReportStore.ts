import * as fs from 'fs';
import * as path from 'path';
import * as vscode from 'vscode';
import { isMockReport, mockReportFileName } from '../../core/progress/exportFormat';
import { MockReport } from '../../core/quiz/mockInterview';
import { syncFolder, writeTemporary } from './durableFile';
import { StagedWrite } from './reviewLogFile';

/**
 * Past mock interviews, one JSON file each under globalStorageUri/mock-interviews, named after the
 * (validated) start time. Each file is written to a temporary file and renamed into place, so a
 * crash never leaves half a report; nothing here ever deletes a report.
 */
export class MockReportStore {
  readonly folder: string;

  constructor(storageUri: vscode.Uri) {
    this.folder = path.join(storageUri.fsPath, 'mock-interviews');
  }

  async save(report: MockReport): Promise<void> {
    const staged = await this.stageAdd([report], { replaceExisting: true });
    await staged.commit();
  }

  /** Newest first; unreadable files are skipped, not deleted. */
  async list(): Promise<MockReport[]> {
    let names: string[];
    try {
      names = await fs.promises.readdir(this.folder);
    } catch {
      return [];
    }
    const reports: MockReport[] = [];
    for (const name of names.filter((n) => n.endsWith('.json') && !n.startsWith('.'))) {
      try {
        const value: unknown = JSON.parse(await fs.promises.readFile(path.join(this.folder, name), 'utf8'));
        if (isMockReport(value)) reports.push(value);
      } catch {
        // A hand-edited file: leave it for the user, list the others.
      }
    }
    return reports.sort((a, b) => Date.parse(b.startedAt) - Date.parse(a.startedAt));
  }

  /**
   * Import: writes every report not stored yet to a fsynced temporary file; nothing is visible until
   * `commit` renames them all. If any write fails, the temporary files are removed and the folder is
   * as it was.
   */
  async stageAdd(reports: readonly MockReport[], { replaceExisting = false } = {}): Promise<StagedWrite> {
    for (const report of reports) if (!isMockReport(report)) throw new Error('A mock interview report is not valid.');
    await fs.promises.mkdir(this.folder, { recursive: true });
    const existing = new Set(await fs.promises.readdir(this.folder));
    const written: { temporary: string; file: string }[] = [];
    try {
      for (const report of reports) {
        const name = mockReportFileName(report);
        if (!replaceExisting && existing.has(name)) continue;
        const file = path.join(this.folder, name);
        written.push({ temporary: await writeTemporary(file, JSON.stringify(report, null, 2)), file });
      }
    } catch (error) {
      await removeAll(written.map((w) => w.temporary));
      throw error;
    }
    return {
      commit: async () => {
        let done = 0;
        try {
          for (const { temporary, file } of written) {
            await fs.promises.rename(temporary, file);
            done++;
          }
        } finally {
          await removeAll(written.slice(done).map((w) => w.temporary));
        }
        await syncFolder(this.folder);
      },
      abort: () => removeAll(written.map((w) => w.temporary)),
    };
  }
}

async function removeAll(files: readonly string[]): Promise<void> {
  await Promise.all(files.map((file) => fs.promises.rm(file, { force: true })));
}
