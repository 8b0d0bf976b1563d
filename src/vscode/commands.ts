import * as vscode from 'vscode';
import { Question } from '../core/deck/model';
import { formatClock, reportToMarkdown } from '../core/quiz/mockInterview';
import { countByStatus } from '../core/quiz/queue';
import { DeckRepository } from './decks/deckRepository';
import { HistoryDocuments } from './historyDocument';
import { QuizPanel } from './quiz/quizPanel';
import { SnippetRunner } from './snippets/snippetRunner';
import { MockReportStore } from './storage/mockReportStore';
import { ProgressStore } from './storage/progressStore';
import { TransferDeps, exportProgress, importProgress, resetProgress } from './storage/progressTransfer';
import { TopicsNode } from './tree/topicsTree';

export interface CommandDeps extends TransferDeps {
  decks: DeckRepository;
  progress: ProgressStore;
  quiz: QuizPanel;
  snippets: SnippetRunner;
  history: HistoryDocuments;
  mockReports: MockReportStore;
  showProgress: () => Promise<void> | void;
}

/** Registers every command in package.json's `contributes.commands`. */
export function registerCommands(deps: CommandDeps): vscode.Disposable[] {
  const { decks, progress, quiz, snippets, history, mockReports } = deps;
  /** A question from a tree node, an id (tree click, tests), or the question on screen. */
  const questionFrom = async (arg: unknown, onlyWithSnippet: boolean): Promise<Question | undefined> => {
    await decks.ready();
    if (typeof arg === 'string') return decks.question(arg);
    if (isNode(arg) && arg.kind === 'question') return arg.question;
    return quiz.currentQuestion() ?? (await pickQuestion(decks, onlyWithSnippet));
  };
  const topicFrom = async (arg: unknown): Promise<string | undefined> => {
    await decks.ready();
    if (typeof arg === 'string') return arg;
    if (isNode(arg) && arg.kind === 'topic') return arg.deck.id;
    return undefined;
  };

  return [
    vscode.commands.registerCommand('interviewCoach.startQuiz', () => quiz.start()),
    vscode.commands.registerCommand('interviewCoach.quizTopic', async (arg?: unknown) => {
      const topicId = (await topicFrom(arg)) ?? (await pickTopic(decks, progress));
      if (topicId) await quiz.start([topicId]);
    }),
    vscode.commands.registerCommand('interviewCoach.openQuestion', async (arg?: unknown) => {
      const question = await questionFrom(arg, false);
      if (question) await quiz.start([question.topicId], question.id);
    }),
    vscode.commands.registerCommand('interviewCoach.openSnippet', async (arg?: unknown) => {
      const question = await questionFrom(arg, true);
      if (question) await snippets.open(question);
    }),
    vscode.commands.registerCommand('interviewCoach.runSnippet', async (arg?: unknown) => {
      const question = await questionFrom(arg, true);
      return question ? snippets.run(question) : undefined;
    }),
    vscode.commands.registerCommand('interviewCoach.resetSnippet', async (arg?: unknown) => {
      const question = await questionFrom(arg, true);
      if (question) await snippets.reset(question);
    }),
    vscode.commands.registerCommand('interviewCoach.showHistory', async (arg?: unknown) => {
      const question = await questionFrom(arg, false);
      if (question) await history.show(question);
    }),
    vscode.commands.registerCommand('interviewCoach.startMockInterview', async (arg?: unknown) => {
      const fromArg = await topicFrom(arg);
      const topicIds = fromArg ? [fromArg] : await pickTopics(decks);
      if (!topicIds) return;
      if (!(await quiz.startMock(topicIds.length ? topicIds : undefined))) {
        void vscode.window.showInformationMessage('There are no questions in the chosen topics.');
      }
    }),
    vscode.commands.registerCommand('interviewCoach.pastMockInterviews', async () => {
      const reports = await mockReports.list();
      if (reports.length === 0) {
        void vscode.window.showInformationMessage('No mock interviews yet. Start one with "Interview Coach: Start Mock Interview".');
        return;
      }
      const picked = await vscode.window.showQuickPick(
        reports.map((report) => {
          const graded = report.questions.filter((q) => q.grade !== undefined).length;
          return {
            label: `$(history) ${report.startedAt.slice(0, 10)} ${report.startedAt.slice(11, 16)} UTC`,
            description: `${report.questions.length} questions · ${formatClock(report.totalMs)}`,
            detail: `${graded} graded · ${report.questions.reduce((sum, q) => sum + q.missedKeyPoints.length, 0)} key points missed`,
            report,
          };
        }),
        { title: 'Past Mock Interviews', placeHolder: 'Open a report' },
      );
      if (!picked) return;
      const markdown = reportToMarkdown(picked.report, decks.topicTitles);
      const document = await vscode.workspace.openTextDocument({ language: 'markdown', content: markdown });
      await vscode.commands.executeCommand('markdown.showPreview', document.uri);
    }),
    vscode.commands.registerCommand('interviewCoach.showProgress', () => deps.showProgress()),
    vscode.commands.registerCommand('interviewCoach.exportProgress', () => exportProgress(deps)),
    vscode.commands.registerCommand('interviewCoach.importProgress', (uri?: unknown) => importProgress(deps, uri instanceof vscode.Uri ? uri : undefined)),
    vscode.commands.registerCommand('interviewCoach.resetProgress', async (arg?: unknown) => resetProgress(deps, await topicFrom(arg))),
    vscode.commands.registerCommand('interviewCoach.practiseFile', async (arg?: unknown) => {
      const uri = arg instanceof vscode.Uri ? arg : vscode.window.activeTextEditor?.document.uri;
      if (!uri || !uri.path.toLowerCase().endsWith('.md')) {
        void vscode.window.showInformationMessage('Open a Markdown file of questions and answers to practise it.');
        return;
      }
      const found = await decks.addFile(uri);
      if (found.every((deck) => deck.questions.length === 0)) {
        void vscode.window.showWarningMessage(`No questions were found in ${vscode.workspace.asRelativePath(uri)}: questions are headings (## What is X?) with the answer below them.`);
        return;
      }
      await quiz.start(found.map((deck) => deck.id));
    }),
    vscode.commands.registerCommand('interviewCoach.refresh', async () => {
      await decks.reload();
      progress.refresh();
    }),
  ];
}

function isNode(value: unknown): value is TopicsNode {
  if (!value || typeof value !== 'object') return false;
  const kind = (value as TopicsNode).kind;
  return kind === 'topic' || kind === 'question' || kind === 'source';
}

function topicItems(decks: DeckRepository, progress: ProgressStore) {
  const now = new Date();
  return decks.decks.map((deck) => {
    const counts = countByStatus(deck.questions, progress.cards, now);
    return { label: deck.title, description: `${counts.total} questions`, detail: `${counts.new} new · ${counts.due} due`, id: deck.id };
  });
}

async function pickTopic(decks: DeckRepository, progress: ProgressStore): Promise<string | undefined> {
  const picked = await vscode.window.showQuickPick(topicItems(decks, progress), { title: 'Quiz Topic', placeHolder: 'Choose a topic to practise', matchOnDescription: true });
  return picked?.id;
}

/** Topics for a mock interview; an empty list means all of them. */
async function pickTopics(decks: DeckRepository): Promise<string[] | undefined> {
  const items = decks.decks.map((deck) => ({ label: deck.title, description: `${deck.questions.length} questions`, id: deck.id, picked: true }));
  const picked = await vscode.window.showQuickPick(items, { title: 'Start Mock Interview', placeHolder: 'Topics to draw questions from', canPickMany: true });
  if (!picked || picked.length === 0) return undefined;
  return picked.length === items.length ? [] : picked.map((item) => item.id);
}

async function pickQuestion(decks: DeckRepository, onlyWithSnippet: boolean): Promise<Question | undefined> {
  const items = decks.decks.flatMap((deck) =>
    deck.questions.filter((q) => !onlyWithSnippet || q.snippets.length > 0).map((q) => ({ label: q.prompt, description: deck.title, question: q })),
  );
  const picked = await vscode.window.showQuickPick(items, { title: 'Choose a question', placeHolder: onlyWithSnippet ? 'Question with a runnable snippet' : 'Question', matchOnDescription: true });
  return picked?.question;
}
