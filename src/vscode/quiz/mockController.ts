import { Question } from '../../core/deck/model';
import { renderInlineMarkdown, renderMarkdown } from '../../core/markdown/renderMarkdown';
import { MockInterview, formatClock } from '../../core/quiz/mockInterview';
import { assertNever } from '../../shared/protocol/common';
import { MockReportRow, MockRequest, QuizViewState, isMockRequest } from '../../shared/protocol/quiz';
import { plural } from '../../shared/format';
import { DeckRepository } from '../decks/deckRepository';
import { MockReportStore } from '../storage/mockReportStore';
import { ReviewRecorder } from '../storage/reviewRecorder';
import { saveReportAsMarkdown } from './mockReports';
import { QuizController } from './quizController';

export interface MockDeps {
  decks: DeckRepository;
  recorder: ReviewRecorder;
  mockReports: MockReportStore;
}

/**
 * A mock interview: a timed question at a time, answers hidden until the end, then a report with
 * each answer beside the model answer, the key points missed and a self-grade per question.
 */
export class MockController implements QuizController<MockRequest> {
  readonly accepts = isMockRequest;
  private savedTo: string | undefined;
  private readonly questions: Question[];

  constructor(
    private readonly deps: MockDeps,
    private readonly interview: MockInterview,
    questions: Question[],
    readonly topicIds: string[] | undefined,
    now: Date,
  ) {
    this.questions = questions;
    interview.start(now);
  }

  get title(): string {
    return this.interview.finished ? 'Mock interview: report' : 'Mock interview';
  }

  currentQuestion(): Question | undefined {
    return this.interview.current;
  }

  view(now: Date): QuizViewState {
    const question = this.interview.current;
    if (question) {
      const topicTitle = this.deps.decks.deck(question.topicId)?.title ?? question.topicId;
      return {
        kind: 'mockQuestion',
        question: {
          id: question.id,
          prompt: question.prompt,
          topicTitle,
          difficulty: question.difficulty,
          snippetName: undefined,
          position: this.interview.index + 1,
          total: this.interview.total,
        },
        deadline: now.getTime() + this.interview.timeLeft(now),
        limitMs: this.interview.perQuestionMs,
      };
    }
    const report = this.interview.report();
    return {
      kind: 'mockReport',
      title: `Mock interview, ${plural(report.questions.length, 'question')}`,
      startedAt: report.startedAt,
      totalTime: formatClock(report.totalMs),
      rows: report.questions.map((row, index): MockReportRow => ({
        index,
        prompt: row.prompt,
        topicTitle: this.deps.decks.deck(row.topicId)?.title ?? row.topicId,
        time: formatClock(row.ms),
        overTime: row.overTime,
        skipped: row.skipped,
        answer: row.answer,
        modelAnswerHtml: renderMarkdown(row.modelAnswer),
        missedKeyPointsHtml: row.missedKeyPoints.map(renderInlineMarkdown),
        missedReasons: row.keyPointVerdicts?.filter((v) => !v.covered).map((v) => v.reason),
        suggestedGrade: row.skipped ? undefined : row.suggestedGrade,
        keyPointCount: row.coveredKeyPoints.length + row.missedKeyPoints.length,
        grade: row.grade,
      })),
      savedTo: this.savedTo,
    };
  }

  async handle(message: MockRequest, now: Date): Promise<void> {
    switch (message.type) {
      case 'mockSubmit':
        this.interview.submit(message.answer, now);
        if (this.interview.finished) await this.deps.mockReports.save(this.interview.report());
        break;
      case 'mockFinish':
        this.interview.stop(now);
        await this.deps.mockReports.save(this.interview.report());
        break;
      case 'mockGrade': {
        const before = this.interview.report().questions[message.index];
        // A grade is recorded once: changing it later would review the card twice.
        if (!before || before.grade !== undefined || !this.interview.selfGrade(message.index, message.grade)) return;
        const question = this.questions[message.index];
        await this.deps.recorder.record(question, message.grade, { answer: before.answer, mode: 'mock', ms: before.ms }, now);
        await this.deps.mockReports.save(this.interview.report());
        break;
      }
      case 'mockSave':
        if (this.interview.finished) this.savedTo = (await saveReportAsMarkdown(this.interview.report(), this.deps.decks)) ?? this.savedTo;
        break;
      default:
        assertNever(message);
    }
  }
}
