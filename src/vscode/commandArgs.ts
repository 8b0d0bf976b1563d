import * as vscode from 'vscode';
import { Question } from '../core/deck/model';
import { countByStatus } from '../core/quiz/queue';
import { plural } from '../shared/format';
import { DeckRepository } from './decks/deckRepository';
import { ProgressStore } from './storage/progressStore';
import { isTopicsNode } from './tree/topicsTree';

/**
 * What a command's argument means: a tree node (context menus), an id (tree clicks, tests,
 * command links), or nothing (the palette), in which case the user is asked.
 */
export class CommandArgs {
  constructor(
    private readonly decks: DeckRepository,
    private readonly progress: ProgressStore,
    /** The question on screen in the quiz, if any. */
    private readonly questionOnScreen: () => Question | undefined,
  ) {}

  /** A question from a tree node, an id, the question on screen, or a quick pick. */
  async question(arg: unknown, onlyWithSnippet: boolean): Promise<Question | undefined> {
    await this.decks.ready();
    if (typeof arg === 'string') return this.decks.question(arg);
    if (isTopicsNode(arg) && arg.kind === 'question') return arg.question;
    return this.questionOnScreen() ?? (await this.pickQuestion(onlyWithSnippet));
  }

  /** A command body that runs `action` on the question its argument names (or the user picks). */
  onQuestion(onlyWithSnippet: boolean, action: (question: Question) => unknown) {
    return async (arg?: unknown): Promise<unknown> => {
      const question = await this.question(arg, onlyWithSnippet);
      return question ? action(question) : undefined;
    };
  }

  /** A topic id from a tree node or an id; undefined when the argument names none. */
  async topic(arg: unknown): Promise<string | undefined> {
    await this.decks.ready();
    if (typeof arg === 'string') return arg;
    if (isTopicsNode(arg) && arg.kind === 'topic') return arg.deck.id;
    return undefined;
  }

  async pickTopic(): Promise<string | undefined> {
    const now = new Date();
    const items = this.decks.decks.map((deck) => {
      const counts = countByStatus(deck.questions, this.progress.cards, now);
      return { label: deck.title, description: `${counts.total} questions`, detail: `${counts.new} new · ${counts.due} due`, id: deck.id };
    });
    const picked = await vscode.window.showQuickPick(items, { title: 'Quiz Topic', placeHolder: 'Choose a topic to practise', matchOnDescription: true });
    return picked?.id;
  }

  /** Topics for a mock interview; an empty list means all of them. */
  async pickTopics(): Promise<string[] | undefined> {
    const items = this.decks.decks.map((deck) => ({ label: deck.title, description: plural(deck.questions.length, 'question'), id: deck.id, picked: true }));
    const picked = await vscode.window.showQuickPick(items, { title: 'Start Mock Interview', placeHolder: 'Topics to draw questions from', canPickMany: true });
    if (!picked || picked.length === 0) return undefined;
    return picked.length === items.length ? [] : picked.map((item) => item.id);
  }

  private async pickQuestion(onlyWithSnippet: boolean): Promise<Question | undefined> {
    const items = this.decks.decks.flatMap((deck) =>
      deck.questions.filter((q) => !onlyWithSnippet || q.snippets.length > 0).map((q) => ({ label: q.prompt, description: deck.title, question: q })),
    );
    const placeHolder = onlyWithSnippet ? 'Question with a runnable snippet' : 'Question';
    const picked = await vscode.window.showQuickPick(items, { title: 'Choose a question', placeHolder, matchOnDescription: true });
    return picked?.question;
  }
}
