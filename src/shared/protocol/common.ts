/**
 * What both panels' protocols share: the grade and answer-mode values, the ready handshake, and
 * the table-driven validator every message from a webview goes through.
 */

export type GradeValue = 1 | 2 | 3 | 4;

/** Typed: write an answer, see which key points it covered. Flashcard: think, reveal, grade. */
export type AnswerMode = 'typed' | 'flashcard';

/** Sent by each webview once its listeners are in place; the host posts nothing before it. */
export type ReadyMessage = { type: 'ready' };

/**
 * One validator per message type. Because the table is keyed by every `type` of the union, a
 * message added to the union without a validator is a compile error, not a silently dropped message.
 * A validator gets the raw object (its `type` already matched) and returns the clean message or
 * undefined.
 */
export type Validators<M extends { type: string }> = {
  [K in M['type']]: (raw: Record<string, unknown>) => Extract<M, { type: K }> | undefined;
};

/** Returns the message when it is one the table accepts, otherwise undefined. */
export function parseWith<M extends { type: string }>(validators: Validators<M>, value: unknown): M | undefined {
  if (!value || typeof value !== 'object') return undefined;
  const raw = value as Record<string, unknown>;
  if (typeof raw.type !== 'string' || !Object.prototype.hasOwnProperty.call(validators, raw.type)) return undefined;
  return validators[raw.type as M['type']](raw);
}

/** A guard for one union of a partition, from that union's validator table. */
export function belongsTo<M extends { type: string }>(validators: Validators<M>) {
  return (message: { type: string }): message is M => Object.prototype.hasOwnProperty.call(validators, message.type);
}

/** For messages without fields: whatever else the webview sent is dropped. */
export function bare<T extends string>(type: T) {
  return (): { type: T } => ({ type });
}

export const MAX_ANSWER_LENGTH = 20_000;

/** An answer typed in a webview, capped so a pasted novel cannot bloat the review log. */
export function answerText(value: unknown): string | undefined {
  return typeof value === 'string' ? value.slice(0, MAX_ANSWER_LENGTH) : undefined;
}

/** For messages that carry an answer typed in the webview (and nothing else). */
export function withAnswer<T extends string>(type: T) {
  return (raw: Record<string, unknown>): { type: T; answer: string } | undefined => {
    const answer = answerText(raw.answer);
    return answer === undefined ? undefined : { type, answer };
  };
}

export function isGrade(value: unknown): value is GradeValue {
  return value === 1 || value === 2 || value === 3 || value === 4;
}

export function isAnswerMode(value: unknown): value is AnswerMode {
  return value === 'typed' || value === 'flashcard';
}

/** Compile-time exhaustiveness for `switch` statements over the unions of the protocol. */
export function assertNever(value: never): never {
  throw new Error(`Unexpected value: ${JSON.stringify(value)}`);
}
