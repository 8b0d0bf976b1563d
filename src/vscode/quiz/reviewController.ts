import { Question } from '../../core/deck/model';
import { buildPracticeQueue, buildReviewQueue, newQuestionsSeenToday } from '../../core/quiz/queue';
import { QuizScope, QuizSession } from '../../core/quiz/quizSession';
import { buildQuizView, sessionVerdict } from '../../core/quiz/quizView';
import { assertNever } from '../../shared/protocol/common';
import { QuizViewState, ReviewRequest, isReviewRequest } from '../../shared/protocol/quiz';
import { DeckRepository } from '../decks/deckRepository';
import { readSettings, updateSetting } from '../platform/config';
import { Setting } from '../platform/ids';
import { ProgressStore } from '../storage/progressStore';
import { ReviewLogStore } from '../storage/reviewLogStore';
import { ReviewRecorder } from '../storage/reviewRecorder';
import { QuizController } from './quizController';

export interface ReviewDeps {
  decks: DeckRepository;
  progress: ProgressStore;
  reviewLog: ReviewLogStore;
  recorder: ReviewRecorder;
}

/**
 * The daily review: due questions first (most overdue first), then new ones up to the day's limit;
 * typed answers are checked against the key points, flashcards are just revealed; then a self-grade.
 */
export class ReviewController implements QuizController<ReviewRequest> {
  private shownAt: Date;
  readonly accepts = isReviewRequest;

  private constructor(
    private readonly deps: ReviewDeps,
    private readonly session: QuizSession,
    now: Date,
  ) {
    this.shownAt = now;
  }

  static async create(deps: ReviewDeps, scope: QuizScope, firstQuestionId: string | undefined, now: Date): Promise<ReviewController> {
    const questions = scopeQuestions(deps.decks, scope);
    const seenToday = newQuestionsSeenToday(await deps.reviewLog.entries(), now);
    const newLimit = Math.max(0, readSettings().newQuestionsPerDay - seenToday);
    const session = new QuizSession(scope, buildReviewQueue(questions, deps.progress.cards, now, { newLimit }));
    if (firstQuestionId) session.jumpTo(firstQuestionId);
    return new ReviewController(deps, session, now);
  }

  get topicIds(): string[] | undefined {
    return this.session.scope.topicIds;
  }

  get title(): string {
    return this.session.scope.topicIds ? `Quiz: ${this.session.scope.title}` : 'Interview Coach';
  }

  currentQuestion(): Question | undefined {
    const id = this.session.currentId;
    return id ? this.deps.decks.question(id) : undefined;
  }

  view(now: Date): QuizViewState {
    return buildQuizView({
      session: this.session,
      questions: this.deps.decks.questionIndex,
      topicTitles: this.deps.decks.topicTitles,
      scopeQuestions: scopeQuestions(this.deps.decks, this.session.scope),
      cards: this.deps.progress.cards,
      scheduler: this.deps.recorder.scheduler(),
      now,
      mode: readSettings().answerMode,
      synonymsOf: (topicId) => this.deps.decks.deck(topicId)?.synonyms,
    });
  }

  async handle(message: ReviewRequest, now: Date): Promise<void> {
    switch (message.type) {
      case 'reveal':
        this.session.reveal(message.answer);
        break;
      case 'grade': {
        const question = this.currentQuestion();
        if (!question || this.session.phase !== 'answer') return;
        const answer = this.session.userAnswer;
        const mode = readSettings().answerMode;
        const coveredByUser = [...this.session.coveredByUser].sort((a, b) => a - b);
        const suggestedGrade = mode === 'typed' ? sessionVerdict(question, this.session, this.deps.decks.deck(question.topicId)?.synonyms).suggestedGrade : undefined;
        this.session.completeCurrent();
        await this.deps.recorder.record(question, message.grade, { answer, mode, ms: now.getTime() - this.shownAt.getTime(), coveredByUser, suggestedGrade }, now);
        this.shownAt = now;
        break;
      }
      case 'keepPractising':
        this.session.extend(buildPracticeQueue(scopeQuestions(this.deps.decks, this.session.scope), this.deps.progress.cards, this.session.gradedIds));
        this.shownAt = now;
        break;
      case 'setMode':
        await updateSetting(Setting.answerMode, message.mode);
        break;
      case 'coverPoint':
        this.session.toggleCovered(message.index);
        break;
      default:
        assertNever(message);
    }
  }
}

export function scopeQuestions(decks: DeckRepository, scope: QuizScope): Question[] {
  return decks.decks.filter((deck) => !scope.topicIds || scope.topicIds.includes(deck.id)).flatMap((deck) => deck.questions);
}
