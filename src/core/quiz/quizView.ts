import * as path from 'path';
import { Question } from '../deck/model';
import { renderInlineMarkdown, renderMarkdown } from '../markdown/renderMarkdown';
import { GRADES, GRADE_NAMES, Grade, Scheduler, formatInterval } from '../progress/scheduler';
import { AnswerMode, KeyPointView, QuestionView, QuizViewState } from '../../shared/protocol';
import { bankGrader } from '../grading/bankGrader';
import { AnswerVerdict, Synonyms, withUserCorrections } from '../grading/grader';
import { Cards, nextDueDate } from './queue';
import { QuizSession } from './quizSession';

export interface QuizViewInput {
  session: QuizSession;
  questions: ReadonlyMap<string, Question>;
  topicTitles: ReadonlyMap<string, string>;
  /** The questions in the session's scope, for the end screen. */
  scopeQuestions: readonly Question[];
  cards: Cards;
  scheduler: Scheduler;
  now: Date;
  mode: AnswerMode;
  /** The deck's synonyms, for checking a typed answer against the key points. */
  synonymsOf: (topicId: string) => Synonyms | undefined;
}

/** What the webview should show for the session right now. */
export function buildQuizView(input: QuizViewInput): QuizViewState {
  const { session, questions, cards, now } = input;
  const id = session.currentId;
  const question = id ? questions.get(id) : undefined;
  if (session.phase === 'done' || !question) {
    if (input.scopeQuestions.length === 0) {
      return { kind: 'empty', message: `There are no questions in ${session.scope.title} yet.` };
    }
    const next = nextDueDate(input.scopeQuestions, cards);
    const unseen = input.scopeQuestions.some((q) => !session.gradedIds.has(q.id));
    return {
      kind: 'done',
      scopeTitle: session.scope.title,
      answered: session.gradedIds.size,
      nextDueIn: next ? formatInterval(next.getTime() - now.getTime()) : undefined,
      canKeepPractising: unseen,
    };
  }
  const view = questionView(question, session, input.topicTitles);
  if (session.phase === 'question') return { kind: 'question', question: view, mode: input.mode };
  const preview = input.scheduler.preview(cards[question.id], now);
  return {
    kind: 'answer',
    question: view,
    mode: input.mode,
    userAnswer: session.userAnswer,
    answerHtml: renderMarkdown(question.answer),
    ...keyPointViews(question, session, input),
    followUpsHtml: question.followUps.map(renderInlineMarkdown),
    grades: GRADES.map((grade) => ({ grade, name: GRADE_NAMES[grade], interval: preview[grade].interval })),
  };
}

function questionView(question: Question, session: QuizSession, topicTitles: ReadonlyMap<string, string>): QuestionView {
  return {
    id: question.id,
    prompt: question.prompt,
    promptHtml: renderInlineMarkdown(question.prompt),
    topicTitle: topicTitles.get(question.topicId) ?? question.topicId,
    difficulty: question.difficulty,
    snippetName: question.snippets[0] ? path.basename(question.snippets[0]) : undefined,
    ...session.position,
  };
}

/** The grader's verdict on the answer on screen, with the user's "I did cover this" applied. */
export function sessionVerdict(question: Question, session: QuizSession, synonyms: Synonyms | undefined): AnswerVerdict {
  return withUserCorrections(bankGrader().grade(session.userAnswer, question, synonyms), session.coveredByUser);
}

/** In typed mode each key point says covered, partly or missed and why, and the coverage suggests a grade. */
function keyPointViews(question: Question, session: QuizSession, input: QuizViewInput): { keyPoints: KeyPointView[]; suggestedGrade?: Grade } {
  if (input.mode === 'flashcard') return { keyPoints: question.keyPoints.map((point) => ({ html: renderInlineMarkdown(point.text) })) };
  const verdict = sessionVerdict(question, session, input.synonymsOf(question.topicId));
  const keyPoints = verdict.keyPoints.map((k, i) => ({
    html: renderInlineMarkdown(k.text),
    covered: k.covered,
    partly: k.partly,
    reason: k.reason,
    coveredByUser: session.coveredByUser.has(i),
  }));
  return { keyPoints, suggestedGrade: verdict.suggestedGrade };
}
