import * as vscode from 'vscode';
import { Question } from '../core/deck/model';
import { DeckRepository } from './decks/deckRepository';
import { Disposable } from './platform/disposable';
import { BuiltinCommand } from './platform/ids';
import { ReviewLogStore } from './storage/reviewLogStore';

const SCHEME = 'interview-coach-history';

/** "Review past answers": a read-only Markdown document per question, shown in the Markdown preview. */
export class HistoryDocuments extends Disposable implements vscode.TextDocumentContentProvider {
  private readonly changed = this.register(new vscode.EventEmitter<vscode.Uri>());
  /** Fired before showing, so an already open history picks up the newest reviews. */
  readonly onDidChange = this.changed.event;

  constructor(
    private readonly decks: DeckRepository,
    private readonly reviewLog: ReviewLogStore,
  ) {
    super();
    this.register(vscode.workspace.registerTextDocumentContentProvider(SCHEME, this));
  }

  async provideTextDocumentContent(uri: vscode.Uri): Promise<string> {
    const id = decodeURIComponent(uri.path.replace(/^\//, '').replace(/\.md$/, ''));
    const question = this.decks.question(id);
    if (!question) return `# Unknown question\n\nNo question has the id \`${id}\`.\n`;
    // Rendered on demand: the log's reader loads with the first history shown, not at activation.
    const [{ historyMarkdown }, entries] = await Promise.all([import('../core/progress/historyMarkdown'), this.reviewLog.entries()]);
    return historyMarkdown(question, entries);
  }

  async show(question: Question): Promise<void> {
    const uri = vscode.Uri.from({ scheme: SCHEME, path: `/${encodeURIComponent(question.id)}.md` });
    this.changed.fire(uri);
    await vscode.commands.executeCommand(BuiltinCommand.markdownPreview, uri);
  }
}
