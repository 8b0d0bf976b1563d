import { Question } from '../../core/deck/model';
import { QuizFromWebview, QuizViewState, SessionRequest } from '../../shared/protocol/quiz';

/**
 * What the quiz panel drives: a daily review or a mock interview. Each controller takes only its
 * own union of requests (`accepts` is that union's guard from the protocol); the panel drops the
 * others.
 */
export interface QuizController<R extends SessionRequest = SessionRequest> {
  /** The topics in scope, persisted so a reloaded window restores the same quiz. */
  readonly topicIds?: string[];
  readonly title: string;
  accepts(message: QuizFromWebview): message is R;
  view(now: Date): QuizViewState;
  currentQuestion(): Question | undefined;
  handle(message: R, now: Date): Promise<void>;
}
