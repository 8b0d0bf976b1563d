import * as path from 'path';
import { DeckSource, LoadedDecks, loadDecks } from '../core/deck/load/loadDecks';
import type { DeckDiagnostic } from '../core/deck/model';
import type { DeckFormat } from '../core/deck/parseAnyDeck';
import { nodeFileAccess } from '../node/nodeFileAccess';
import type { CliCommand, CliIo } from './cli';
import { withExercises } from './lintExercises';
import { withVocabulary } from './lintVocabulary';
import { escapeControls, safeJson } from './terminal';

export interface FileSummary {
  file: string;
  title: string;
  format: DeckFormat;
  /** Questions in all of the file's decks. */
  questions: number;
  /** Decks (topics) in the file: 1 for a native deck, one per section with questions for generic Markdown. */
  topics: number;
  /** Exercises (beside the decks, in exercises/) tied to the file's questions. */
  exercises?: number;
}

export interface LintResult {
  decks: FileSummary[];
  diagnostics: DeckDiagnostic[];
}

export const LINT_USAGE = `Usage: interview-coach lint <files or folders...> [--json]

Checks Interview Coach decks: native decks (front matter and "- id:" lines, see
questions/README.md) and any Markdown file of questions and answers. Folders are
searched for *.md files, skipping node_modules and folders whose name starts with
a dot; README, CONTRIBUTING, CHANGELOG and LICENSE files beside native decks are
skipped. Links leading out of a folder are not followed. A folder's vocabulary.yml
(the shared vocabulary the grader applies) is checked too.

Prints each problem as "file:line: severity: message".

Options:
  --json      print {decks: [{file, title, format, questions, topics, exercises}],
              diagnostics: [{file, line, severity, message}]} instead
  -h, --help  show this help

Exit status: 0 when there are no errors (warnings are fine), 1 when there are
errors, 2 on a usage error.
`;

export const lintCommand: CliCommand = { name: 'lint', usage: LINT_USAGE, run: runLint };

interface LintArgs {
  json: boolean;
  targets: string[];
}

/** The options and paths, or the exit status when there is nothing to lint (help, a usage error). */
function parseArgs(args: string[], io: CliIo): LintArgs | number {
  let json = false;
  const targets: string[] = [];
  let optionsDone = false;
  for (const arg of args) {
    if (!optionsDone && arg === '--') optionsDone = true;
    else if (!optionsDone && (arg === '-h' || arg === '--help')) {
      io.out(LINT_USAGE);
      return 0;
    } else if (!optionsDone && arg === '--json') json = true;
    else if (!optionsDone && arg.startsWith('-') && arg !== '-') {
      io.err(`interview-coach: unknown option "${escapeControls(arg)}".\n\n${LINT_USAGE}`);
      return 2;
    } else targets.push(arg);
  }
  if (targets.length === 0) {
    io.err(`interview-coach: name the deck files or folders to check.\n\n${LINT_USAGE}`);
    return 2;
  }
  return { json, targets };
}

interface Target extends DeckSource {
  /** As written on the command line. */
  written: string;
}

async function runLint(args: string[], io: CliIo): Promise<number> {
  const parsed = parseArgs(args, io);
  if (typeof parsed === 'number') return parsed;
  const usageError = (message: string) => {
    io.err(`interview-coach: ${escapeControls(message)}\n`);
    return 2;
  };
  const targets: Target[] = [];
  for (const written of parsed.targets) {
    const absolute = path.resolve(io.cwd, written);
    const info = await nodeFileAccess.stat(absolute);
    if (!info) return usageError(`no such file or folder: ${written}`);
    targets.push({ written, kind: info.kind === 'folder' ? 'folder' : 'file', path: absolute });
  }
  const relative = (file: string) => path.relative(io.cwd, file) || path.basename(file);
  const loaded = await loadDecks(targets, nodeFileAccess, { display: relative });
  const empty = loaded.sources.find((s) => s.source.kind === 'folder' && s.found === 0 && s.diagnostics.length === 0);
  if (empty) return usageError(`no Markdown files in ${empty.source.written}`);
  const result = await withVocabulary(await withExercises(lintResult(loaded), loaded), loaded, nodeFileAccess);
  if (parsed.json) {
    const output = {
      decks: result.decks.map((d) => ({ ...d, file: relative(d.file) })),
      diagnostics: result.diagnostics.map((d) => ({ file: relative(d.file), line: d.line, severity: d.severity, message: d.message })),
    };
    io.out(`${safeJson(output)}\n`);
  } else {
    const lines = result.diagnostics.map((d) => `${escapeControls(relative(d.file))}:${d.line}: ${d.severity}: ${escapeControls(d.message)}\n`);
    io.out(lines.join('') + summaryLine(result));
  }
  return result.diagnostics.some((d) => d.severity === 'error') ? 1 : 0;
}

/** One summary per file read, and every problem in file order (as named or found), then by line. */
export function lintResult(loaded: LoadedDecks<DeckSource>): LintResult {
  const files = loaded.sources.flatMap((s) => s.files);
  const decks = files.map((parsed) => ({
    file: parsed.file,
    title: parsed.title,
    format: parsed.format,
    questions: parsed.decks.reduce((sum, deck) => sum + deck.questions.length, 0),
    topics: parsed.decks.length,
  }));
  const order = new Map(loaded.sources.flatMap((s) => s.files.map((f) => f.file)).map((file, i) => [file, i]));
  const diagnostics = [...loaded.diagnostics].sort((a, b) => (order.get(a.file) ?? -1) - (order.get(b.file) ?? -1) || a.line - b.line);
  return { decks, diagnostics };
}

function summaryLine(result: LintResult): string {
  const count = (n: number, word: string) => `${n} ${word}${n === 1 ? '' : 's'}`;
  const questions = result.decks.reduce((sum, d) => sum + d.questions, 0);
  const topics = result.decks.reduce((sum, d) => sum + d.topics, 0);
  const errors = result.diagnostics.filter((d) => d.severity === 'error').length;
  const warnings = result.diagnostics.length - errors;
  return `${count(result.decks.length, 'file')}, ${count(topics, 'topic')}, ${count(questions, 'question')}: ${count(errors, 'error')}, ${count(warnings, 'warning')}.\n`;
}
