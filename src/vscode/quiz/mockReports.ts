import * as os from 'os';
import * as path from 'path';
import * as vscode from 'vscode';
import { MockReport, formatClock, mockReportFileName, reportToMarkdown } from '../../core/quiz/mockInterview';
import { plural, utcMinute } from '../../shared/format';
import { DeckRepository } from '../decks/deckRepository';
import { BuiltinCommand } from '../platform/ids';
import { log } from '../platform/log';
import { notify } from '../platform/notify';
import { MockReportStore } from '../storage/mockReportStore';

/** Past Mock Interviews: the saved reports, newest first; the one picked opens as a Markdown preview. */
export async function pastMockInterviews(mockReports: MockReportStore, decks: DeckRepository): Promise<void> {
  const reports = await mockReports.list();
  if (reports.length === 0) {
    notify.info('No mock interviews yet. Start one with "Interview Coach: Start Mock Interview".');
    return;
  }
  const picked = await vscode.window.showQuickPick(
    reports.map((report) => {
      const graded = report.questions.filter((q) => q.grade !== undefined).length;
      const missed = report.questions.reduce((sum, q) => sum + q.missedKeyPoints.length, 0);
      return {
        label: `$(history) ${utcMinute(report.startedAt)}`,
        description: `${plural(report.questions.length, 'question')} · ${formatClock(report.totalMs)}`,
        detail: `${graded} graded · ${plural(missed, 'key point')} missed`,
        report,
      };
    }),
    { title: 'Past Mock Interviews', placeHolder: 'Open a report' },
  );
  if (!picked) return;
  const markdown = reportToMarkdown(picked.report, decks.topicTitles);
  const document = await vscode.workspace.openTextDocument({ language: 'markdown', content: markdown });
  await vscode.commands.executeCommand(BuiltinCommand.markdownPreview, document.uri);
}

/** Asks where to save the report (the workspace folder by default) and opens it. */
export async function saveReportAsMarkdown(report: MockReport, decks: DeckRepository): Promise<string | undefined> {
  const folder = vscode.workspace.workspaceFolders?.[0]?.uri ?? vscode.Uri.file(os.homedir());
  const target = await vscode.window.showSaveDialog({
    defaultUri: vscode.Uri.joinPath(folder, mockReportFileName(report)),
    filters: { Markdown: ['md'] },
    saveLabel: 'Save Report',
    title: 'Save the mock interview report',
  });
  if (!target) return undefined;
  const markdown = reportToMarkdown(report, decks.topicTitles);
  await vscode.workspace.fs.writeFile(target, new TextEncoder().encode(markdown));
  log.info(`mock interview report (${plural(report.questions.length, 'question')}) saved to ${target.toString()}`);
  await vscode.window.showTextDocument(target, { viewColumn: vscode.ViewColumn.Beside, preview: false });
  return path.basename(target.fsPath);
}
