import * as vscode from 'vscode';
import { hasCard } from '../../core/progress/cardState';
import { buildExport, parseExport } from '../../core/progress/exportFormat';
import { DeckRepository } from '../decks/deckRepository';
import { notify } from '../platform/notify';
import { MockReportStore } from './mockReportStore';
import { ProgressStore } from './progressStore';
import { StagedWrite } from './reviewLogFile';
import { ReviewLogStore } from './reviewLogStore';

export interface TransferDeps {
  decks: DeckRepository;
  progress: ProgressStore;
  reviewLog: ReviewLogStore;
  mockReports: MockReportStore;
}

/** Export Progress: cards, the review log and past mock interviews in one JSON file. */
export async function exportProgress({ progress, reviewLog, mockReports }: TransferDeps): Promise<void> {
  const now = new Date();
  const folder = vscode.workspace.workspaceFolders?.[0]?.uri;
  const name = `interview-coach-progress-${now.toISOString().slice(0, 10)}.json`;
  const target = await vscode.window.showSaveDialog({
    defaultUri: folder ? vscode.Uri.joinPath(folder, name) : undefined,
    filters: { 'Interview Coach progress': ['json'] },
    title: 'Export Interview Coach progress',
  });
  if (!target) return;
  const file = buildExport(progress.snapshot, await reviewLog.entries(), now, await mockReports.list());
  await vscode.workspace.fs.writeFile(target, new TextEncoder().encode(JSON.stringify(file, null, 2)));
  void vscode.window.showInformationMessage(`Exported ${Object.keys(file.progress.cards).length} questions' progress and ${file.reviews.length} reviews to ${vscode.workspace.asRelativePath(target)}.`);
}

/**
 * Import Progress: merges, so importing an older file never undoes newer practice. A failed import
 * changes nothing: the file is validated first, the review log and mock reports are written to
 * temporary files, and they are swapped in only once every write has succeeded.
 */
export async function importProgress({ progress, reviewLog, mockReports }: TransferDeps, source?: vscode.Uri): Promise<boolean> {
  const picked =
    source ??
    (await vscode.window.showOpenDialog({ canSelectMany: false, filters: { 'Interview Coach progress': ['json'] }, title: 'Import Interview Coach progress' }))?.[0];
  if (!picked) return false;
  const fail = (why: string | undefined, error?: unknown) => {
    notify.error(`Nothing was imported.${why ? ` ${why}` : ''}`, error);
    return false;
  };
  let text: string;
  try {
    text = new TextDecoder().decode(await vscode.workspace.fs.readFile(picked));
  } catch (error) {
    return fail('The file could not be read.', error);
  }
  const parsed = parseExport(text, new Date());
  if (!parsed.file) return fail(parsed.error);
  const staged: StagedWrite[] = [];
  try {
    staged.push(await reviewLog.stageMerge(parsed.file.reviews));
    staged.push(await mockReports.stageAdd(parsed.file.mocks ?? []));
    await progress.mergeIn(parsed.file.progress);
  } catch (error) {
    await Promise.allSettled(staged.map((write) => write.abort()));
    return fail(undefined, error);
  }
  const commits = await Promise.allSettled(staged.map((write) => write.commit()));
  const failed = commits.find((result): result is PromiseRejectedResult => result.status === 'rejected');
  if (failed) {
    notify.error('The progress was imported, but part of the history could not be saved.', failed.reason);
    return false;
  }
  const warnings = parsed.warnings?.length ? ` ${parsed.warnings.join(' ')}` : '';
  void vscode.window.showInformationMessage(`Imported progress from ${vscode.workspace.asRelativePath(picked)}: ${Object.keys(parsed.file.progress.cards).length} questions, ${parsed.file.reviews.length} reviews.${warnings}`);
  return true;
}

/** Reset Progress for one topic or all, after a confirmation. Past answers stay in the history. */
export async function resetProgress({ decks, progress }: TransferDeps, topicId?: string): Promise<boolean> {
  await decks.ready();
  let chosen = topicId;
  if (chosen === undefined) {
    const pick = await vscode.window.showQuickPick(
      [{ label: 'All topics', id: '' }, ...decks.decks.map((deck) => ({ label: deck.title, description: `${deck.questions.length} questions`, id: deck.id }))],
      { title: 'Reset Progress', placeHolder: 'Which progress should be forgotten?' },
    );
    if (!pick) return false;
    chosen = pick.id;
  }
  const scope = chosen ? decks.decks.filter((deck) => deck.id === chosen) : decks.decks;
  const ids = scope.flatMap((deck) => deck.questions.map((q) => q.id)).filter((id) => hasCard(progress.cards, id));
  const what = chosen ? `"${scope[0]?.title ?? chosen}"` : 'all topics';
  if (ids.length === 0) {
    void vscode.window.showInformationMessage(`There is no progress to reset in ${what}.`);
    return false;
  }
  const answer = await vscode.window.showWarningMessage(
    `Reset the progress of ${ids.length} question${ids.length === 1 ? '' : 's'} in ${what}? They will be new again. Your past answers stay in the history.`,
    { modal: true },
    'Reset',
  );
  if (answer !== 'Reset') return false;
  await progress.reset(ids, new Date());
  return true;
}
