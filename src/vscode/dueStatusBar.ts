import * as vscode from 'vscode';
import { formatInterval } from '../core/progress/interval';
import { countByStatus, nextDueDate } from '../core/quiz/queue';
import { DeckRepository } from './decks/deckRepository';
import { plural } from '../shared/format';
import { Disposable } from './platform/disposable';
import { Command, StatusBarItem } from './platform/ids';
import { ProgressStore } from './storage/progressStore';

/** "N due" in the status bar (starts the review), and the same count as the Topics view's badge. */
export class DueIndicator extends Disposable {
  private readonly item = this.register(vscode.window.createStatusBarItem(StatusBarItem.due, vscode.StatusBarAlignment.Left, 50));

  constructor(
    private readonly decks: DeckRepository,
    private readonly progress: ProgressStore,
    private readonly view: vscode.TreeView<unknown>,
  ) {
    super();
    this.item.name = 'Interview Coach: questions due';
    this.item.command = Command.startQuiz;
    this.register(decks.onDidChange(() => this.update()));
    this.register(progress.onDidChange(() => this.update()));
    // Cards become due as time passes, not only when something changes.
    const timer = setInterval(() => this.update(), 60_000);
    this.register({ dispose: () => clearInterval(timer) });
    this.update();
  }

  update(now = new Date()): void {
    const questions = this.decks.decks.flatMap((deck) => deck.questions);
    if (questions.length === 0) {
      this.item.hide();
      return;
    }
    const due = countByStatus(questions, this.progress.cards, now).due;
    const next = nextDueDate(questions, this.progress.cards);
    this.view.badge = due > 0 ? { value: due, tooltip: `${plural(due, 'question')} due for review` } : undefined;
    if (due > 0) {
      this.item.text = `$(mortar-board) ${due} due`;
      this.item.tooltip = `Interview Coach: ${plural(due, 'question')} due for review. Click to start.`;
    } else {
      this.item.text = '$(mortar-board)';
      this.item.tooltip = next ? `Interview Coach: nothing due. Next review in ${formatInterval(next.getTime() - now.getTime())}.` : 'Interview Coach: start a quiz';
    }
    this.item.accessibilityInformation = { label: String(this.item.tooltip) };
    this.item.show();
  }
}
