import { Question } from '../../core/deck/model';
import { QuizViewState, WebviewMessage } from '../../shared/protocol';

/** The requests that belong to a session, as opposed to the panel (ready, snippets, history). */
export type SessionMessage = Extract<
  WebviewMessage,
  { type: 'reveal' | 'grade' | 'keepPractising' | 'setMode' | 'mockSubmit' | 'mockFinish' | 'mockGrade' | 'mockSave' }
>;

/** What the quiz panel drives: a daily review or a mock interview. */
export interface QuizController {
  /** The topics in scope, persisted so a reloaded window restores the same quiz. */
  readonly topicIds?: string[];
  readonly title: string;
  view(now: Date): QuizViewState;
  currentQuestion(): Question | undefined;
  handle(message: SessionMessage, now: Date): Promise<void>;
}
