import * as fs from 'fs';
import * as path from 'path';
import * as vscode from 'vscode';
import { isMockReport } from '../../core/progress/exportFormat';
import { MockReport } from '../../core/quiz/mockInterview';

/** Past mock interviews, one JSON file each under globalStorageUri/mock-interviews. */
export class MockReportStore {
  private readonly folder: string;

  constructor(storageUri: vscode.Uri) {
    this.folder = path.join(storageUri.fsPath, 'mock-interviews');
  }

  async save(report: MockReport): Promise<void> {
    await fs.promises.mkdir(this.folder, { recursive: true });
    await fs.promises.writeFile(this.fileOf(report), JSON.stringify(report, null, 2), 'utf8');
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
    for (const name of names.filter((n) => n.endsWith('.json'))) {
      try {
        const value: unknown = JSON.parse(await fs.promises.readFile(path.join(this.folder, name), 'utf8'));
        if (isMockReport(value)) reports.push(value);
      } catch {
        // A half-written or hand-edited file: leave it for the user, list the others.
      }
    }
    return reports.sort((a, b) => Date.parse(b.startedAt) - Date.parse(a.startedAt));
  }

  async replaceAll(reports: readonly MockReport[]): Promise<void> {
    await fs.promises.rm(this.folder, { recursive: true, force: true });
    for (const report of reports) await this.save(report);
  }

  private fileOf(report: MockReport): string {
    return path.join(this.folder, `${report.startedAt.replace(/[:.]/g, '-')}.json`);
  }
}
