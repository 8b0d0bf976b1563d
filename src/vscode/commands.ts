import { CommandArgs } from './commandArgs';
import { ExerciseActions } from './exercises/exerciseActions';
import { exerciseCommands } from './exercises/exerciseCommands';
import { HistoryDocuments } from './historyDocument';
import { Command, CommandId } from './platform/ids';
import { log } from './platform/log';
import { ProgressPanel } from './progress/progressPanel';
import { progressCommands } from './progress/progressCommands';
import { QuizPanel } from './quiz/quizPanel';
import { quizCommands } from './quiz/quizCommands';
import { SnippetRunner } from './snippets/snippetRunner';
import { TransferDeps } from './storage/progressTransfer';

/** Every contributed command's body, keyed by its id: a command left out does not compile. */
export type CommandHandlers = Record<CommandId, (...args: unknown[]) => unknown>;

export interface CommandDeps extends TransferDeps {
  quiz: QuizPanel;
  progressPanel: ProgressPanel;
  snippets: SnippetRunner;
  history: HistoryDocuments;
  exercises: ExerciseActions;
}

/** The table of every command in package.json's `contributes.commands` (test/unit/ids.test.ts checks the ids). */
export function commandHandlers(deps: CommandDeps): CommandHandlers {
  const { decks, progress, quiz, snippets, history } = deps;
  const args = new CommandArgs(decks, progress, () => quiz.currentQuestion());
  return {
    ...quizCommands({ ...deps, args }),
    ...progressCommands({ ...deps, args }),
    ...exerciseCommands(deps.exercises),
    [Command.openSnippet]: args.onQuestion(true, async (question) => void (await snippets.open(question))),
    [Command.runSnippet]: args.onQuestion(true, (question) => snippets.run(question)),
    [Command.resetSnippet]: args.onQuestion(true, (question) => snippets.reset(question)),
    [Command.showHistory]: args.onQuestion(false, (question) => history.show(question)),
    [Command.refresh]: async () => {
      log.info('refresh: reloading every deck');
      await decks.reload();
      progress.refresh();
    },
  };
}

// In its own module so activation registers the commands without loading their bodies.
export { registerCommands } from './platform/registerCommands';
