import * as vscode from 'vscode';
import { Question } from '../core/deck/model';
import { countByStatus } from '../core/quiz/queue';
import { DeckRepository } from './deckRepository';
import { ProgressStore } from './progressStore';
import { QuizPanel } from './quizPanel';
import { SnippetRunner } from './snippetRunner';
import { TopicsNode } from './topicsTree';

interface CommandDeps {
  decks: DeckRepository;
  progress: ProgressStore;
  quiz: QuizPanel;
  snippets: SnippetRunner;
}

/** Registers every command in package.json's `contributes.commands`. */
export function registerCommands({ decks, progress, quiz, snippets }: CommandDeps): vscode.Disposable[] {
  /** A question from a tree node, an id (tree click, tests), or the question on screen. */
  const questionFrom = async (arg: unknown): Promise<Question | undefined> => {
    await decks.ready();
    if (typeof arg === 'string') return decks.question(arg);
    if (isNode(arg) && arg.kind === 'question') return arg.question;
    return quiz.currentQuestion() ?? (await pickQuestion(decks));
  };

  return [
    vscode.commands.registerCommand('interviewCoach.startQuiz', () => quiz.start()),
    vscode.commands.registerCommand('interviewCoach.quizTopic', async (arg?: unknown) => {
      await decks.ready();
      const topicId = typeof arg === 'string' ? arg : isNode(arg) && arg.kind === 'topic' ? arg.deck.id : await pickTopic(decks, progress);
      if (topicId) await quiz.start(topicId);
    }),
    vscode.commands.registerCommand('interviewCoach.openQuestion', async (arg?: unknown) => {
      const question = await questionFrom(arg);
      if (question) await quiz.start(question.topicId, question.id);
    }),
    vscode.commands.registerCommand('interviewCoach.openSnippet', async (arg?: unknown) => {
      const question = await questionFrom(arg);
      if (question) await snippets.open(question);
    }),
    vscode.commands.registerCommand('interviewCoach.runSnippet', async (arg?: unknown) => {
      const question = await questionFrom(arg);
      return question ? snippets.run(question) : undefined;
    }),
    vscode.commands.registerCommand('interviewCoach.resetSnippet', async (arg?: unknown) => {
      const question = await questionFrom(arg);
      if (question) await snippets.reset(question);
    }),
    vscode.commands.registerCommand('interviewCoach.refresh', async () => {
      await decks.reload();
      progress.refresh();
    }),
  ];
}

function isNode(value: unknown): value is TopicsNode {
  return !!value && typeof value === 'object' && ((value as TopicsNode).kind === 'topic' || (value as TopicsNode).kind === 'question');
}

async function pickTopic(decks: DeckRepository, progress: ProgressStore): Promise<string | undefined> {
  const now = new Date();
  const picked = await vscode.window.showQuickPick(
    decks.decks.map((deck) => {
      const counts = countByStatus(deck.questions, progress.cards, now);
      return { label: deck.title, description: `${counts.total} questions`, detail: `${counts.new} new · ${counts.due} due`, id: deck.id };
    }),
    { title: 'Quiz Topic', placeHolder: 'Choose a topic to practise', matchOnDescription: true },
  );
  return picked?.id;
}

async function pickQuestion(decks: DeckRepository): Promise<Question | undefined> {
  const items = decks.decks.flatMap((deck) =>
    deck.questions.filter((q) => q.snippets.length > 0).map((q) => ({ label: q.prompt, description: deck.title, question: q })),
  );
  const picked = await vscode.window.showQuickPick(items, { title: 'Choose a question', placeHolder: 'Question with a runnable snippet', matchOnDescription: true });
  return picked?.question;
}
