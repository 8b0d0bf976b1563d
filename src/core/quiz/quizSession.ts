/** One sitting of the quiz: which question is up and whether its answer is shown. No I/O, no clock. */

export type QuizPhase = 'question' | 'answer' | 'done';

export interface QuizScope {
  /** Undefined for all topics. */
  topicIds?: string[];
  title: string;
}

export class QuizSession {
  private readonly queue: string[];
  private index = 0;
  private revealed = false;
  private answer = '';
  private userCovered = new Set<number>();
  private readonly graded = new Set<string>();

  constructor(readonly scope: QuizScope, queue: readonly string[]) {
    this.queue = [...new Set(queue)];
  }

  get phase(): QuizPhase {
    if (this.index >= this.queue.length) return 'done';
    return this.revealed ? 'answer' : 'question';
  }

  get currentId(): string | undefined {
    return this.queue[this.index];
  }

  /** 1-based position of the current question and the session's length. */
  get position(): { position: number; total: number } {
    return { position: Math.min(this.index + 1, this.queue.length), total: this.queue.length };
  }

  get userAnswer(): string {
    return this.answer;
  }

  /** Key points the user marked "I did cover this" for the answer on screen. */
  get coveredByUser(): ReadonlySet<number> {
    return this.userCovered;
  }

  /** Marks a key point covered by the user, or unmarks it; only once the answer is shown. */
  toggleCovered(index: number): void {
    if (this.phase !== 'answer') return;
    if (!this.userCovered.delete(index)) this.userCovered.add(index);
  }

  /** Ids graded in this session, for "keep practising" and the end screen. */
  get gradedIds(): ReadonlySet<string> {
    return this.graded;
  }

  reveal(userAnswer: string): void {
    if (this.phase !== 'question') return;
    this.answer = userAnswer;
    this.userCovered = new Set();
    this.revealed = true;
  }

  /** Records that the current question was graded and moves on; returns its id. */
  completeCurrent(): string | undefined {
    if (this.phase !== 'answer') return undefined;
    const id = this.queue[this.index];
    this.graded.add(id);
    this.index++;
    this.revealed = false;
    this.answer = '';
    this.userCovered = new Set();
    return id;
  }

  /** Puts `id` up next (used when a question is opened from the tree). */
  jumpTo(id: string): void {
    const at = this.queue.indexOf(id, this.index);
    if (at >= 0) this.queue.splice(at, 1);
    this.queue.splice(this.index, 0, id);
    this.revealed = false;
    this.answer = '';
  }

  /** Adds more questions after the current end, skipping those already queued. */
  extend(ids: readonly string[]): void {
    const queued = new Set(this.queue);
    for (const id of ids) if (!queued.has(id)) this.queue.push(id);
  }
}
