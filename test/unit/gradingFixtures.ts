/** What the grading tests share: the bank's grader (a mechanism can be turned off) and small questions. */
import { KeyPoint, Question, plainKeyPoint } from '../../src/core/deck/model';
import { findBankFolder, readBank } from '../../src/core/grading/bankGrader';
import { Grader, GraderFeatures } from '../../src/core/grading/grader';

export const bank = readBank(findBankFolder(__dirname));
export const grader = (features: Partial<GraderFeatures> = {}) => new Grader({ vocabulary: bank.vocabulary, corpus: bank.questions, features });
export const full = grader();
/** A question of the bank itself, by id. */
export const bankQuestion = (id: string) => bank.questions.find((question) => question.id === id) as Question;

export const point = (text: string, alternatives: string[] = [], contradictions: string[] = []): KeyPoint => ({ text, alternatives, contradictions });
/** A question of its own: key points as text (no alternatives) or as written with `point`. */
export const q = (prompt: string, points: (string | KeyPoint)[]): Question => ({
  id: 't', topicId: 't', prompt, difficulty: 'easy', answer: '', followUps: [], snippets: [], line: 1,
  keyPoints: points.map((p) => (typeof p === 'string' ? plainKeyPoint(p) : p)),
});
export const covered = (g: Grader, question: Question, answer: string) => g.grade(answer, question).keyPoints.map((k) => k.covered);
export const reasons = (g: Grader, question: Question, answer: string) => g.grade(answer, question).keyPoints.map((k) => k.reason);
