/** The quiz page's connection to the extension, shared by its screens. */
import { PersistedQuizState, QuizFromWebview, QuizToWebview } from '../../shared/protocol/quiz';
import { connectHost } from '../host';

export const quizHost = connectHost<QuizToWebview, QuizFromWebview, PersistedQuizState>();

export function send(message: QuizFromWebview): void {
  quizHost.post(message);
}
