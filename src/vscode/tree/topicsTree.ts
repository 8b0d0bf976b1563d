import * as vscode from 'vscode';
import { Deck, Question } from '../../core/deck/model';
import { Exercise } from '../../core/exercise/model';
import { cardStatus } from '../../core/progress/cardState';
import { formatInterval } from '../../core/progress/interval';
import { countByStatus, describeCounts } from '../../core/quiz/queue';
import { DeckRepository, LoadedSource } from '../decks/deckRepository';
import { Command } from '../platform/ids';
import { Disposable } from '../platform/disposable';
import { ProgressStore } from '../storage/progressStore';
import { ExerciseListing } from '../exercises/exercises';
import { exerciseItem } from './exerciseItem';

export type TopicsNode =
  | { kind: 'source'; source: LoadedSource }
  | { kind: 'topic'; deck: Deck }
  | { kind: 'question'; question: Question }
  | { kind: 'exercise'; exercise: Exercise; question: Question };

/** Every node kind, so a new kind is one line here (the compiler asks for it) besides its switches. */
const NODE_KINDS: { [K in TopicsNode['kind']]: true } = { source: true, topic: true, question: true, exercise: true };

/** True for a node of this tree: what a context-menu command receives as its argument. */
export function isTopicsNode(value: unknown): value is TopicsNode {
  if (!value || typeof value !== 'object') return false;
  const kind = (value as { kind?: unknown }).kind;
  return typeof kind === 'string' && Object.prototype.hasOwnProperty.call(NODE_KINDS, kind);
}

/** The Topics view: decks with their new/due counts, expandable into questions. */
export class TopicsTreeProvider extends Disposable implements vscode.TreeDataProvider<TopicsNode> {
  private readonly changed = this.register(new vscode.EventEmitter<TopicsNode | undefined>());
  readonly onDidChangeTreeData = this.changed.event;

  constructor(
    private readonly decks: DeckRepository,
    private readonly progress: ProgressStore,
    private readonly exercises: ExerciseListing,
    /** Called when a question's exercises are first listed: what runs them loads then. */
    private readonly onExercisesShown: () => void = () => undefined,
  ) {
    super();
    this.register(decks.onDidChange(() => this.refresh()));
    this.register(progress.onDidChange(() => this.refresh()));
    this.register(exercises.catalog.onDidChange(() => this.refresh()));
    this.register(exercises.store.onDidChange(() => this.refresh()));
  }

  refresh(): void {
    this.changed.fire(undefined);
  }

  async getChildren(node?: TopicsNode): Promise<TopicsNode[]> {
    await this.decks.ready();
    await this.exercises.catalog.ready();
    const sources = this.decks.loadedSources;
    if (!node) {
      // Groups only appear once there is more than the built-in bank.
      if (sources.length > 1) return sources.map((source) => ({ kind: 'source', source }));
      return this.decks.decks.map((deck) => ({ kind: 'topic', deck }));
    }
    switch (node.kind) {
      case 'source':
        return node.source.decks.map((deck) => ({ kind: 'topic', deck }));
      case 'topic':
        return node.deck.questions.map((question) => ({ kind: 'question', question }));
      case 'question':
        this.onExercisesShown();
        return this.exercises.catalog.forQuestion(node.question.id).map((exercise) => ({ kind: 'exercise', exercise, question: node.question }));
      case 'exercise':
        return [];
    }
  }

  getParent(node: TopicsNode): TopicsNode | undefined {
    switch (node.kind) {
      case 'source':
        return undefined;
      case 'topic': {
        const sources = this.decks.loadedSources;
        const source = sources.length > 1 ? sources.find((s) => s.decks.some((deck) => deck.id === node.deck.id)) : undefined;
        return source ? { kind: 'source', source } : undefined;
      }
      case 'question': {
        const deck = this.decks.deck(node.question.topicId);
        return deck ? { kind: 'topic', deck } : undefined;
      }
      case 'exercise':
        return { kind: 'question', question: node.question };
    }
  }

  getTreeItem(node: TopicsNode): vscode.TreeItem {
    switch (node.kind) {
      case 'source':
        return this.sourceItem(node.source);
      case 'topic':
        return this.topicItem(node.deck);
      case 'question':
        return this.questionItem(node.question);
      case 'exercise':
        return exerciseItem(node.exercise, this.exercises.store.status(node.exercise.id));
    }
  }

  private sourceItem(source: LoadedSource): vscode.TreeItem {
    const questions = source.decks.flatMap((deck) => deck.questions);
    const counts = countByStatus(questions, this.progress.cards, new Date());
    const item = new vscode.TreeItem(source.info.label, vscode.TreeItemCollapsibleState.Expanded);
    item.id = `source:${source.info.id}`;
    item.description = `${counts.total} · ${counts.due} due`;
    item.iconPath = new vscode.ThemeIcon(source.info.kind === 'builtin' ? 'package' : source.info.kind === 'file' ? 'markdown' : 'folder-library');
    item.tooltip = source.info.kind === 'builtin' ? 'The questions that ship with Interview Coach' : source.info.uri.fsPath;
    item.contextValue = `source.${source.info.kind}`;
    if (source.decks.length === 0) item.description = 'no questions yet';
    return item;
  }

  private topicItem(deck: Deck): vscode.TreeItem {
    const counts = countByStatus(deck.questions, this.progress.cards, new Date());
    const item = new vscode.TreeItem(deck.title, vscode.TreeItemCollapsibleState.Collapsed);
    item.id = `topic:${deck.id}`;
    item.description = describeCounts(counts);
    item.tooltip = new vscode.MarkdownString(`**${deck.title}**\n\n${counts.total} questions: ${counts.new} new, ${counts.due} due for review.`);
    item.iconPath = new vscode.ThemeIcon(counts.due > 0 ? 'book' : 'library');
    item.contextValue = 'topic';
    item.accessibilityInformation = { label: `${deck.title}: ${counts.total} questions, ${counts.new} new, ${counts.due} due` };
    return item;
  }

  private questionItem(question: Question): vscode.TreeItem {
    const now = new Date();
    const card = this.progress.cards[question.id];
    const status = cardStatus(card, now);
    const hasExercises = this.exercises.catalog.forQuestion(question.id).length > 0;
    const item = new vscode.TreeItem(question.prompt, hasExercises ? vscode.TreeItemCollapsibleState.Collapsed : vscode.TreeItemCollapsibleState.None);
    item.id = `question:${question.id}`;
    item.description = question.difficulty;
    const when =
      status === 'new' ? 'New' : status === 'due' ? 'Due for review' : `Next review in ${formatInterval(Date.parse(card!.due) - now.getTime())}`;
    item.iconPath =
      status === 'new'
        ? new vscode.ThemeIcon('circle-large-outline')
        : status === 'due'
          ? new vscode.ThemeIcon('bell-dot', new vscode.ThemeColor('charts.orange'))
          : new vscode.ThemeIcon('pass', new vscode.ThemeColor('charts.green'));
    item.tooltip = new vscode.MarkdownString(`${question.prompt}\n\n*${question.difficulty}* · ${when}${question.snippets.length ? ' · has a runnable snippet' : ''}${hasExercises ? ' · has an exercise' : ''}`);
    item.contextValue = question.snippets.length > 0 ? 'question.snippet' : 'question';
    item.command = { command: Command.openQuestion, title: 'Open in Quiz', arguments: [question.id] };
    item.accessibilityInformation = { label: `${question.prompt}, ${question.difficulty}, ${when}` };
    return item;
  }
}
