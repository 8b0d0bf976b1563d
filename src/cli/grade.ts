/**
 * `interview-coach grade <deck files or folders> --id QUESTION_ID --answer "text"`: each key
 * point's verdict for a typed answer. With `--jsonl`, reads `{"id": "...", "answer": "..."}` lines
 * on stdin and writes one JSON line per answer; a line that cannot be graded gets an error line and
 * the others are still graded.
 */
import * as fs from 'fs';
import * as path from 'path';
import { DeckSource, loadDecks } from '../core/deck/load/loadDecks';
import { Question } from '../core/deck/model';
import { GRADE_NAMES } from '../core/progress/scheduler';
import { bankGrader } from '../core/grading/bankGrader';
import { AnswerVerdict, Synonyms } from '../core/grading/grader';
import { nodeFileAccess } from '../node/nodeFileAccess';
import type { CliCommand, CliIo } from './cli';
import { escapeControls } from './terminal';

export interface GradeIo extends CliIo {
  /** The whole of standard input (only read with --jsonl); process stdin when not given. */
  readStdin?: () => string;
}

export const GRADE_USAGE = `Usage: interview-coach grade <deck files or folders...> --id QUESTION_ID --answer "text"
       interview-coach grade <deck files or folders...> --jsonl < answers.jsonl

Checks a typed answer against the question's key points, as the quiz panel does,
and prints each key point's verdict (covered, partly covered or missed) with the
reason, and the suggested grade.

Options:
  --id ID        the question to grade the answer of
  --answer TEXT  the answer
  --jsonl        read {"id": "...", "answer": "..."} lines on stdin; write one line per
                 answer: {"id", "keyPoints": [{"text", "covered", "partly", "reason"}],
                 "suggestedGrade"}, or {"id", "error"} when it cannot be graded
  -h, --help     show this help

Exit status: 0 when every answer was graded, 1 when one could not be, 2 on a usage error.
`;

interface Options {
  targets: string[];
  id?: string;
  answer?: string;
  jsonl: boolean;
}

function parseArgs(args: string[]): Options | string {
  const options: Options = { targets: [], jsonl: false };
  for (let i = 0; i < args.length; i++) {
    const arg = args[i];
    if (arg === '--jsonl') options.jsonl = true;
    else if (arg === '--id' || arg === '--answer') {
      const value = args[++i];
      if (value === undefined) return `${arg} needs a value`;
      if (arg === '--id') options.id = value;
      else options.answer = value;
    } else if (arg.startsWith('-') && arg !== '-') return `unknown option "${arg}"`;
    else options.targets.push(arg);
  }
  if (options.targets.length === 0) return 'name the deck files or folders';
  if (!options.jsonl && (options.id === undefined || options.answer === undefined)) return 'give --id and --answer, or --jsonl';
  return options;
}

export const gradeCommand: CliCommand = { name: 'grade', usage: GRADE_USAGE, run: runGrade };

/** Runs `interview-coach grade <args>` and returns the exit status. */
export async function runGrade(args: string[], io: GradeIo): Promise<number> {
  if (args.includes('-h') || args.includes('--help')) {
    io.out(GRADE_USAGE);
    return 0;
  }
  const options = parseArgs(args);
  if (typeof options === 'string') {
    io.err(`interview-coach grade: ${options}.\n\n${GRADE_USAGE}`);
    return 2;
  }
  const decks = await loadQuestions(options.targets.map((t) => path.resolve(io.cwd, t)));
  if (typeof decks === 'string') {
    io.err(`interview-coach grade: ${escapeControls(decks)}\n`);
    return 2;
  }
  const grade = (id: string, answer: string): AnswerVerdict | undefined => {
    const found = decks.get(id);
    return found && bankGrader().grade(answer, found.question, found.synonyms);
  };
  if (!options.jsonl) {
    const verdict = grade(options.id as string, options.answer as string);
    if (!verdict) {
      io.err(`interview-coach grade: no question with id "${escapeControls(options.id as string)}".\n`);
      return 1;
    }
    io.out(describe(decks.get(options.id as string)?.question as Question, verdict));
    return 0;
  }
  let failed = false;
  (io.readStdin ?? (() => fs.readFileSync(0, 'utf8')))()
    .split(/\r?\n/)
    .forEach((line, n) => {
      if (!line.trim()) return;
      const result = gradeLine(line, n + 1, grade);
      if ('error' in result) failed = true;
      io.out(`${JSON.stringify(result)}\n`);
    });
  return failed ? 1 : 0;
}

function gradeLine(line: string, n: number, grade: (id: string, answer: string) => AnswerVerdict | undefined): object {
  let input: { id?: unknown; answer?: unknown };
  try {
    input = JSON.parse(line);
  } catch {
    return { line: n, error: 'not a JSON line' };
  }
  if (typeof input?.id !== 'string' || typeof input.answer !== 'string') return { line: n, id: input?.id ?? null, error: 'needs "id" and "answer" strings' };
  const verdict = grade(input.id, input.answer);
  if (!verdict) return { id: input.id, error: `no question with id "${input.id}"` };
  return {
    id: input.id,
    keyPoints: verdict.keyPoints.map((k) => ({ text: k.text, covered: k.covered, partly: k.partly, reason: k.reason })),
    suggestedGrade: GRADE_NAMES[verdict.suggestedGrade],
  };
}

function describe(question: Question, verdict: AnswerVerdict): string {
  const lines = [`${question.id}: ${question.prompt}`];
  for (const k of verdict.keyPoints) {
    const mark = k.covered ? '✓ covered' : k.partly ? '~ partly ' : '✗ missed ';
    lines.push(`  ${mark}  ${k.text}`, `             ${k.reason}`);
  }
  const covered = verdict.keyPoints.filter((k) => k.covered).length;
  lines.push(`Covered ${covered} of ${verdict.keyPoints.length}; suggested grade: ${GRADE_NAMES[verdict.suggestedGrade]}`);
  return `${lines.join('\n')}\n`;
}

interface Found {
  question: Question;
  synonyms: Synonyms;
}

/** Every question of the named files and folders, through the one deck-loading pipeline. */
async function loadQuestions(targets: string[]): Promise<Map<string, Found> | string> {
  const sources: DeckSource[] = [];
  for (const target of targets) {
    const info = await nodeFileAccess.stat(target);
    if (!info) return `no such file or folder: ${target}`;
    sources.push({ kind: info.kind === 'folder' ? 'folder' : 'file', path: target });
  }
  const loaded = await loadDecks(sources, nodeFileAccess);
  const questions = new Map<string, Found>();
  for (const deck of loaded.decks) for (const question of deck.questions) questions.set(question.id, { question, synonyms: deck.synonyms });
  return questions;
}
