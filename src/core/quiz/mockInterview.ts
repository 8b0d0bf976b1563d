/**
 * A mock interview: N questions drawn across topics, a clock per question, answers hidden until the
 * end, then self-grades and a report. No I/O and no clock reads: every moment is passed in.
 */
import { Question } from '../deck/model';
import { GRADE_NAMES, Grade } from '../progress/scheduler';
import { ReviewEntry } from '../progress/reviewLog';
import { bankGrader } from '../grading/bankGrader';
import { KeyPointVerdict, Synonyms } from '../grading/grader';

/**
 * Picks `count` distinct questions from the chosen topics (all topics when undefined), taking one
 * per topic in turn so a short interview still spreads out. Topic order and the pick within each
 * topic come from `random`, so a seeded `random` gives the same interview.
 */
export function drawMockQuestions(questions: readonly Question[], topicIds: readonly string[] | undefined, count: number, random: () => number): Question[] {
  const topics = [...new Set(topicIds ?? questions.map((q) => q.topicId))];
  const unique = [...new Map(questions.map((q) => [q.id, q])).values()];
  const pools = topics.map((topic) => shuffle(unique.filter((q) => q.topicId === topic), random));
  const order = shuffle(pools.filter((pool) => pool.length > 0), random);
  const drawn: Question[] = [];
  while (drawn.length < count && order.some((pool) => pool.length > 0)) {
    for (const pool of order) {
      const next = pool.shift();
      if (next && drawn.length < count) drawn.push(next);
    }
  }
  return drawn;
}

/** Fisher–Yates on a copy. */
function shuffle<T>(items: readonly T[], random: () => number): T[] {
  const copy = [...items];
  for (let i = copy.length - 1; i > 0; i--) {
    const j = Math.min(i, Math.floor(random() * (i + 1)));
    [copy[i], copy[j]] = [copy[j], copy[i]];
  }
  return copy;
}

export interface MockQuestionReport {
  id: string;
  prompt: string;
  topicId: string;
  /** Time spent answering. */
  ms: number;
  overTime: boolean;
  /** True when the interview was ended before this question was answered. */
  skipped: boolean;
  answer: string;
  /** Markdown. */
  modelAnswer: string;
  coveredKeyPoints: string[];
  missedKeyPoints: string[];
  /** Each key point's verdict with its reason, as the quiz panel shows it. */
  keyPointVerdicts?: KeyPointVerdict[];
  /** The grade the coverage suggests; the self-grade stays the user's. */
  suggestedGrade?: Grade;
  grade?: Grade;
}

export interface MockReport {
  startedAt: string;
  finishedAt: string;
  totalMs: number;
  perQuestionMs: number;
  questions: MockQuestionReport[];
}

interface Answer {
  answer: string;
  ms: number;
  skipped: boolean;
}

export class MockInterview {
  private readonly questions: readonly Question[];
  private readonly answers: Answer[] = [];
  private readonly grades: (Grade | undefined)[];
  private startedAt?: Date;
  private finishedAt?: Date;
  /** When the current question was shown. */
  private questionStart?: Date;

  constructor(
    questions: readonly Question[],
    readonly perQuestionMs: number,
    /** Each deck's synonyms by topic id, for the key-point check in the report. */
    private readonly synonymsByTopic: ReadonlyMap<string, Synonyms> = new Map(),
  ) {
    this.questions = [...questions];
    this.grades = this.questions.map(() => undefined);
  }

  get total(): number {
    return this.questions.length;
  }

  /** 0-based index of the question being answered (equals `total` once finished). */
  get index(): number {
    return this.answers.length;
  }

  get started(): boolean {
    return this.startedAt !== undefined;
  }

  get finished(): boolean {
    return this.finishedAt !== undefined;
  }

  /** The question on screen; undefined before start and after the end. */
  get current(): Question | undefined {
    return this.started && !this.finished ? this.questions[this.index] : undefined;
  }

  /** Shows the current question and starts its clock; later questions start when the previous is submitted. */
  start(now: Date): void {
    if (this.finished || this.questionStart) return;
    this.startedAt ??= now;
    this.questionStart = now;
    if (this.questions.length === 0) this.finishedAt = now;
  }

  /** Records the answer and the time taken, and moves on (the next clock starts now). */
  submit(answer: string, now: Date): void {
    if (this.finished) return;
    this.start(now);
    this.answers.push({ answer, ms: this.elapsed(now), skipped: false });
    this.questionStart = now;
    if (this.answers.length >= this.questions.length) this.finishedAt = now;
  }

  /** Ends early: the current answer is kept, the questions not reached are marked skipped. */
  stop(now: Date, currentAnswer = ''): void {
    if (this.finished) return;
    if (!this.started) this.start(now);
    if (currentAnswer.trim() || this.elapsed(now) > 0) this.submit(currentAnswer, now);
    while (this.answers.length < this.questions.length) this.answers.push({ answer: '', ms: 0, skipped: true });
    this.finishedAt = now;
  }

  /** Time left on the current question, never below 0. */
  timeLeft(now: Date): number {
    return Math.max(0, this.perQuestionMs - this.elapsed(now));
  }

  isOverTime(now: Date): boolean {
    return !this.finished && this.started && this.elapsed(now) >= this.perQuestionMs;
  }

  /** Self-grade after the end; returns false when not allowed (not finished, bad index, skipped). */
  selfGrade(index: number, grade: Grade): boolean {
    if (!this.finished || !Number.isInteger(index) || index < 0 || index >= this.total) return false;
    if (this.answers[index].skipped) return false;
    this.grades[index] = grade;
    return true;
  }

  report(): MockReport {
    if (!this.startedAt || !this.finishedAt) throw new Error('The mock interview is not finished.');
    return {
      startedAt: this.startedAt.toISOString(),
      finishedAt: this.finishedAt.toISOString(),
      totalMs: this.finishedAt.getTime() - this.startedAt.getTime(),
      perQuestionMs: this.perQuestionMs,
      questions: this.questions.map((q, i) => {
        const { answer, ms, skipped } = this.answers[i];
        const verdict = bankGrader().grade(answer, q, this.synonymsByTopic.get(q.topicId));
        const matches = verdict.keyPoints;
        const row: MockQuestionReport = {
          id: q.id,
          prompt: q.prompt,
          topicId: q.topicId,
          ms,
          overTime: ms >= this.perQuestionMs,
          skipped,
          answer,
          modelAnswer: q.answer,
          coveredKeyPoints: matches.filter((m) => m.covered).map((m) => m.text),
          missedKeyPoints: matches.filter((m) => !m.covered).map((m) => m.text),
          keyPointVerdicts: matches,
          suggestedGrade: verdict.suggestedGrade,
        };
        if (this.grades[i] !== undefined) row.grade = this.grades[i];
        return row;
      }),
    };
  }

  private elapsed(now: Date): number {
    return this.questionStart ? Math.max(0, now.getTime() - this.questionStart.getTime()) : 0;
  }
}

/** The graded questions of a report as review-log entries, to feed the scheduler and history. */
export function mockReviewEntries(report: MockReport, gradedAt: Date): ReviewEntry[] {
  return report.questions
    .filter((q) => q.grade !== undefined)
    .map((q) => ({ id: q.id, at: gradedAt.toISOString(), grade: q.grade as Grade, answer: q.answer, mode: 'mock' as const, ms: q.ms }));
}

/** Elapsed time as m:ss (h:mm:ss from an hour), whole seconds rounded down. */
export function formatClock(ms: number): string {
  const seconds = Math.floor(Math.max(0, ms) / 1000);
  const s = String(seconds % 60).padStart(2, '0');
  const minutes = Math.floor(seconds / 60);
  if (minutes < 60) return `${minutes}:${s}`;
  return `${Math.floor(minutes / 60)}:${String(minutes % 60).padStart(2, '0')}:${s}`;
}

/** A file name for the saved report: mock-interview-2026-11-24-1000.md (UTC). */
export function mockReportFileName(report: MockReport): string {
  const iso = report.startedAt;
  return `mock-interview-${iso.slice(0, 10)}-${iso.slice(11, 13)}${iso.slice(14, 16)}.md`;
}

/** The report as a readable Markdown document. */
export function reportToMarkdown(report: MockReport, topicTitles: ReadonlyMap<string, string>): string {
  const when = `${report.startedAt.slice(0, 10)} ${report.startedAt.slice(11, 16)} UTC`;
  const graded = report.questions.filter((q) => q.grade !== undefined);
  const gradeSummary = graded.length
    ? ([4, 3, 2, 1] as Grade[])
        .map((g) => ({ g, n: graded.filter((q) => q.grade === g).length }))
        .filter(({ n }) => n > 0)
        .map(({ g, n }) => `${GRADE_NAMES[g]} ${n}`)
        .join(' · ')
    : 'not graded';
  const lines: string[] = [
    `# Mock interview, ${when}`,
    '',
    `- Questions: ${report.questions.length}`,
    `- Total time: ${formatClock(report.totalMs)} (${formatClock(report.perQuestionMs)} per question)`,
    `- Self-grades: ${gradeSummary}`,
  ];
  report.questions.forEach((q, i) => {
    const facts = [
      topicTitles.get(q.topicId) ?? q.topicId,
      q.skipped ? 'not reached' : `${formatClock(q.ms)}${q.overTime ? ' (over time)' : ''}`,
      `self-grade: ${q.grade ? GRADE_NAMES[q.grade] : '—'}`,
    ];
    lines.push('', `## ${i + 1}. ${oneLine(q.prompt)}`, '', `*${facts.join(' · ')}*`, '', '### Your answer', '');
    lines.push(q.answer.trim() ? quote(q.answer) : '*No answer.*');
    lines.push('', '### Model answer', '', q.modelAnswer.trim(), '', '### Key points missed', '');
    const reasons = new Map((q.keyPointVerdicts ?? []).map((v) => [v.text, v.reason]));
    if (q.missedKeyPoints.length) lines.push(...q.missedKeyPoints.map((k) => `- ${oneLine(k)}${reasons.has(k) ? ` — ${reasons.get(k)}` : ''}`));
    else lines.push('All key points covered.');
  });
  return lines.join('\n') + '\n';
}

function oneLine(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}

/** The user's own text as a block quote, so its Markdown cannot break the report's headings. */
function quote(text: string): string {
  return text
    .trim()
    .split(/\r?\n/)
    .map((line) => (line ? `> ${line.replace(/^(#+)\s/, '\\$1 ')}` : '>'))
    .join('\n');
}
