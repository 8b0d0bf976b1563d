import * as vscode from 'vscode';
import { CardMap, StoredCard, cardMap } from '../../core/progress/cardState';
import { PROGRESS_SCHEMA_VERSION, ProgressData, emptyProgress, mergeProgress, readProgress, resetCards } from '../../core/progress/progressData';

const KEY = 'interviewCoach.progress';

/**
 * Card state per question in `globalState` (synced by Settings Sync). Every write merges with what
 * is stored at that moment, so a second window's reviews are kept. Unreadable data is backed up to a
 * file and the user is told; it is never silently dropped.
 */
export class ProgressStore implements vscode.Disposable {
  private data: ProgressData = emptyProgress();
  /** The unreadable value last backed up, so it is saved once, not on every read. */
  private backedUp: string | undefined;
  private readonly changed = new vscode.EventEmitter<void>();
  readonly onDidChange = this.changed.event;

  constructor(
    private readonly state: vscode.Memento & { setKeysForSync(keys: readonly string[]): void },
    private readonly storageUri: vscode.Uri,
  ) {
    state.setKeysForSync([KEY]);
    this.data = this.readStored();
  }

  get cards(): Readonly<Record<string, StoredCard>> {
    return this.data.cards;
  }

  /** Everything stored, for export. */
  get snapshot(): ProgressData {
    return this.data;
  }

  async record(questionId: string, card: StoredCard): Promise<void> {
    const latest = mergeProgress(this.readStored(), this.data);
    const cards = cardMap(latest.cards);
    cards[questionId] = card;
    await this.write({ ...latest, cards });
  }

  /** Merges in data from elsewhere (an import): for each question the newest review wins. */
  async mergeIn(data: ProgressData): Promise<void> {
    await this.write(mergeProgress(mergeProgress(this.readStored(), this.data), data));
  }

  /**
   * Merges in the cards `replay` rebuilds from the shared log's reviews that the card store missed
   * (another window's write can overwrite ours; see ReviewRecorder.replayMissed); returns how many
   * cards it repaired.
   */
  async reconcile(replay: (cards: Readonly<CardMap>, removed: Readonly<Record<string, string>>, now: Date) => CardMap): Promise<number> {
    this.refresh();
    const repaired = replay(this.data.cards, this.data.removed ?? {}, new Date());
    const count = Object.keys(repaired).length;
    if (count > 0) await this.mergeIn({ schemaVersion: PROGRESS_SCHEMA_VERSION, cards: repaired });
    return count;
  }

  /** Forgets these questions' progress (Reset Progress); the reset itself is kept so merges honour it. */
  async reset(questionIds: readonly string[], now: Date): Promise<void> {
    await this.write(resetCards(mergeProgress(this.readStored(), this.data), questionIds, now));
  }

  private async write(data: ProgressData): Promise<void> {
    this.data = data;
    await this.state.update(KEY, data);
    this.changed.fire();
  }

  /** Picks up what another window may have written since. */
  refresh(): void {
    this.data = mergeProgress(this.data, this.readStored());
    this.changed.fire();
  }

  dispose(): void {
    this.changed.dispose();
  }

  private readStored(): ProgressData {
    const raw = this.state.get<unknown>(KEY);
    const result = readProgress(raw, new Date());
    if (result.problem) {
      const text = JSON.stringify(raw, null, 2) ?? String(raw);
      if (text !== this.backedUp) {
        this.backedUp = text;
        void this.backUp(text, result.problem);
      }
    }
    return result.data;
  }

  private async backUp(text: string, problem: string): Promise<void> {
    const file = vscode.Uri.joinPath(this.storageUri, `progress-backup-${new Date().toISOString().replace(/[:.]/g, '-')}.json`);
    try {
      await vscode.workspace.fs.createDirectory(this.storageUri);
      await vscode.workspace.fs.writeFile(file, new TextEncoder().encode(text));
      void vscode.window.showWarningMessage(`Interview Coach: ${problem} A copy was saved to ${file.fsPath}.`);
    } catch (error) {
      void vscode.window.showErrorMessage(`Interview Coach: ${problem} The backup could not be written: ${(error as Error).message}`);
    }
  }
}
