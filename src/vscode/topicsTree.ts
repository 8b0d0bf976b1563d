import * as vscode from 'vscode';
import { Deck, Question } from '../core/deck/model';
import { cardStatus } from '../core/progress/cardState';
import { formatInterval } from '../core/progress/scheduler';
import { countByStatus } from '../core/quiz/queue';
import { DeckRepository } from './deckRepository';
import { ProgressStore } from './progressStore';

export type TopicsNode = { kind: 'topic'; deck: Deck } | { kind: 'question'; question: Question };

/** The Topics view: decks with their new/due counts, expandable into questions. */
export class TopicsTreeProvider implements vscode.TreeDataProvider<TopicsNode>, vscode.Disposable {
  private readonly changed = new vscode.EventEmitter<TopicsNode | undefined>();
  readonly onDidChangeTreeData = this.changed.event;
  private readonly subscriptions: vscode.Disposable[];

  constructor(
    private readonly decks: DeckRepository,
    private readonly progress: ProgressStore,
  ) {
    this.subscriptions = [decks.onDidChange(() => this.refresh()), progress.onDidChange(() => this.refresh())];
  }

  refresh(): void {
    this.changed.fire(undefined);
  }

  async getChildren(node?: TopicsNode): Promise<TopicsNode[]> {
    await this.decks.ready();
    if (!node) return this.decks.decks.map((deck) => ({ kind: 'topic', deck }));
    if (node.kind === 'topic') return node.deck.questions.map((question) => ({ kind: 'question', question }));
    return [];
  }

  getParent(node: TopicsNode): TopicsNode | undefined {
    if (node.kind === 'topic') return undefined;
    const deck = this.decks.deck(node.question.topicId);
    return deck ? { kind: 'topic', deck } : undefined;
  }

  getTreeItem(node: TopicsNode): vscode.TreeItem {
    return node.kind === 'topic' ? this.topicItem(node.deck) : this.questionItem(node.question);
  }

  /** Due questions across all topics, for the view's badge. */
  dueCount(now = new Date()): number {
    return this.decks.decks.reduce((sum, deck) => sum + countByStatus(deck.questions, this.progress.cards, now).due, 0);
  }

  dispose(): void {
    this.subscriptions.forEach((s) => s.dispose());
    this.changed.dispose();
  }

  private topicItem(deck: Deck): vscode.TreeItem {
    const counts = countByStatus(deck.questions, this.progress.cards, new Date());
    const item = new vscode.TreeItem(deck.title, vscode.TreeItemCollapsibleState.Collapsed);
    item.id = `topic:${deck.id}`;
    item.description = `${counts.total} · ${counts.new} new · ${counts.due} due`;
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
    const item = new vscode.TreeItem(question.prompt, vscode.TreeItemCollapsibleState.None);
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
    item.tooltip = new vscode.MarkdownString(`${question.prompt}\n\n*${question.difficulty}* · ${when}${question.snippets.length ? ' · has a runnable snippet' : ''}`);
    item.contextValue = question.snippets.length > 0 ? 'question.snippet' : 'question';
    item.command = { command: 'interviewCoach.openQuestion', title: 'Open in Quiz', arguments: [question.id] };
    item.accessibilityInformation = { label: `${question.prompt}, ${question.difficulty}, ${when}` };
    return item;
  }
}
