import * as vscode from 'vscode';
import { CommandArgs } from '../commandArgs';
import { DeckRepository } from '../decks/deckRepository';
import { CommandHandlers } from '../commands';
import { Command } from '../platform/ids';
import { notify } from '../platform/notify';
import { MockReportStore } from '../storage/mockReportStore';
import { pastMockInterviews } from './mockReports';
import { QuizPanel } from './quizPanel';

export interface QuizCommandDeps {
  args: CommandArgs;
  decks: DeckRepository;
  quiz: QuizPanel;
  mockReports: MockReportStore;
}

/** The commands that start something in the quiz panel, and the past mock interviews. */
export function quizCommands({ args, decks, quiz, mockReports }: QuizCommandDeps) {
  return {
    [Command.startQuiz]: () => quiz.start(),
    [Command.quizTopic]: async (arg?: unknown) => {
      const topicId = (await args.topic(arg)) ?? (await args.pickTopic());
      if (topicId) await quiz.start([topicId]);
    },
    [Command.openQuestion]: args.onQuestion(false, (question) => quiz.start([question.topicId], question.id)),
    [Command.startMockInterview]: async (arg?: unknown) => {
      const fromArg = await args.topic(arg);
      const topicIds = fromArg ? [fromArg] : await args.pickTopics();
      if (!topicIds) return;
      if (!(await quiz.startMock(topicIds.length ? topicIds : undefined))) notify.info('There are no questions in the chosen topics.');
    },
    [Command.pastMockInterviews]: () => pastMockInterviews(mockReports, decks),
    [Command.practiseFile]: async (arg?: unknown) => {
      const uri = arg instanceof vscode.Uri ? arg : vscode.window.activeTextEditor?.document.uri;
      if (!uri || !uri.path.toLowerCase().endsWith('.md')) {
        notify.info('Open a Markdown file of questions and answers to practise it.');
        return;
      }
      const found = await decks.addFile(uri);
      if (found.every((deck) => deck.questions.length === 0)) {
        notify.warn(`No questions were found in ${vscode.workspace.asRelativePath(uri)}: questions are headings (## What is X?) with the answer below them.`);
        return;
      }
      await quiz.start(found.map((deck) => deck.id));
    },
  } satisfies Partial<CommandHandlers>;
}
