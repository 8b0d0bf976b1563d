import * as fs from 'fs';
import * as path from 'path';
import { DeckDiagnostic, isDocumentationFile } from '../core/deck/model';
import { DeckFormat, detectDeckFormat, parseAnyDeck } from '../core/deck/parseAnyDeck';

/** Where the linter writes; the entry point passes process.stdout and process.stderr. */
export interface CliIo {
  cwd: string;
  out: (text: string) => void;
  err: (text: string) => void;
}

export interface FileSummary {
  file: string;
  title: string;
  format: DeckFormat;
  /** Questions in all of the file's decks. */
  questions: number;
  /** Decks (topics) in the file: 1 for a native deck, one per section with questions for generic Markdown. */
  topics: number;
}

export interface LintResult {
  decks: FileSummary[];
  diagnostics: DeckDiagnostic[];
}

export const USAGE = `Usage: interview-coach lint <files or folders...> [--json]

Checks Interview Coach decks: native decks (front matter and "- id:" lines, see
questions/README.md) and any Markdown file of questions and answers. Folders are
searched for *.md files, skipping node_modules and folders whose name starts with
a dot; README, CONTRIBUTING and CHANGELOG files beside native decks are skipped.

Prints each problem as "file:line: severity: message".

Options:
  --json      print {decks: [{file, title, format, questions, topics}],
              diagnostics: [{file, line, severity, message}]} instead
  -h, --help  show this help

Exit status: 0 when there are no errors (warnings are fine), 1 when there are
errors, 2 on a usage error.
`;

/** Runs `interview-coach <args>` and returns the exit status. */
export function runCli(args: string[], io: CliIo): number {
  if (args.length === 0) {
    io.err(USAGE);
    return 2;
  }
  if (args[0] === '-h' || args[0] === '--help' || args[0] === 'help') {
    io.out(USAGE);
    return 0;
  }
  if (args[0] !== 'lint') {
    io.err(`interview-coach: unknown command "${args[0]}".\n\n${USAGE}`);
    return 2;
  }
  let json = false;
  const targets: string[] = [];
  let optionsDone = false;
  for (const arg of args.slice(1)) {
    if (!optionsDone && arg === '--') optionsDone = true;
    else if (!optionsDone && (arg === '-h' || arg === '--help')) {
      io.out(USAGE);
      return 0;
    } else if (!optionsDone && arg === '--json') json = true;
    else if (!optionsDone && arg.startsWith('-') && arg !== '-') {
      io.err(`interview-coach: unknown option "${arg}".\n\n${USAGE}`);
      return 2;
    } else targets.push(arg);
  }
  if (targets.length === 0) {
    io.err(`interview-coach: name the deck files or folders to check.\n\n${USAGE}`);
    return 2;
  }
  const files = collectFiles(targets, io.cwd);
  if (typeof files === 'string') {
    io.err(`interview-coach: ${files}\n`);
    return 2;
  }
  const relative = (file: string) => path.relative(io.cwd, file) || path.basename(file);
  const result = lintFiles(files, relative);
  if (json) {
    const output = {
      decks: result.decks.map((d) => ({ ...d, file: relative(d.file) })),
      diagnostics: result.diagnostics.map((d) => ({ file: relative(d.file), line: d.line, severity: d.severity, message: d.message })),
    };
    io.out(`${JSON.stringify(output, null, 2)}\n`);
  } else {
    const lines = result.diagnostics.map((d) => `${relative(d.file)}:${d.line}: ${d.severity}: ${d.message}\n`);
    io.out(lines.join('') + summaryLine(result));
  }
  return result.diagnostics.some((d) => d.severity === 'error') ? 1 : 0;
}

function summaryLine(result: LintResult): string {
  const count = (n: number, word: string) => `${n} ${word}${n === 1 ? '' : 's'}`;
  const questions = result.decks.reduce((sum, d) => sum + d.questions, 0);
  const topics = result.decks.reduce((sum, d) => sum + d.topics, 0);
  const errors = result.diagnostics.filter((d) => d.severity === 'error').length;
  const warnings = result.diagnostics.length - errors;
  return `${count(result.decks.length, 'file')}, ${count(topics, 'topic')}, ${count(questions, 'question')}: ${count(errors, 'error')}, ${count(warnings, 'warning')}.\n`;
}

export interface Target {
  /** Absolute path. */
  file: string;
  /** Named on the command line, not found in a folder. */
  explicit: boolean;
}

/** The files to check, in a stable order, or a usage problem. */
function collectFiles(targets: string[], cwd: string): Target[] | string {
  const found: Target[] = [];
  const seen = new Set<string>();
  const add = (file: string, explicit: boolean) => {
    if (seen.has(file)) return;
    seen.add(file);
    found.push({ file, explicit });
  };
  for (const target of targets) {
    const absolute = path.resolve(cwd, target);
    let stat: fs.Stats;
    try {
      stat = fs.statSync(absolute);
    } catch {
      return `no such file or folder: ${target}`;
    }
    if (stat.isDirectory()) {
      const inFolder: string[] = [];
      walk(absolute, inFolder);
      if (inFolder.length === 0) return `no Markdown files in ${target}`;
      inFolder.sort().forEach((file) => add(file, false));
    } else {
      add(absolute, true);
    }
  }
  return found;
}

function walk(folder: string, into: string[]) {
  let entries: fs.Dirent[];
  try {
    entries = fs.readdirSync(folder, { withFileTypes: true });
  } catch {
    return;
  }
  for (const entry of entries) {
    if (entry.name.startsWith('.') || entry.name === 'node_modules') continue;
    const full = path.join(folder, entry.name);
    if (entry.isDirectory()) walk(full, into);
    else if (entry.name.toLowerCase().endsWith('.md') && (entry.isFile() || isFile(full))) into.push(full);
  }
}

function isFile(file: string): boolean {
  try {
    return fs.statSync(file).isFile();
  } catch {
    return false;
  }
}

/**
 * Parses every file with the pure core, then checks what no single file can: question ids and
 * topic ids of native decks used in more than one file.
 */
export function lintFiles(targets: Target[], relative: (file: string) => string = (file) => file): LintResult {
  const texts = new Map<string, string>();
  const diagnostics: DeckDiagnostic[] = [];
  const formats = new Map<string, DeckFormat>();
  const foldersWithNativeDecks = new Set<string>();
  for (const { file } of targets) {
    try {
      const text = fs.readFileSync(file, 'utf8');
      texts.set(file, text);
      const format = detectDeckFormat(text);
      formats.set(file, format);
      if (format === 'native') foldersWithNativeDecks.add(path.dirname(file));
    } catch (error) {
      diagnostics.push({ file, line: 1, severity: 'error', message: `Cannot read the file: ${(error as Error).message}` });
    }
  }
  const decks: FileSummary[] = [];
  const questionOwners = new Map<string, { file: string; line: number }>();
  const topicOwners = new Map<string, string>();
  for (const { file, explicit } of targets) {
    const text = texts.get(file);
    if (text === undefined) continue;
    const isDocumentation = isDocumentationFile(path.basename(file)) && formats.get(file) === 'generic';
    if (!explicit && isDocumentation && foldersWithNativeDecks.has(path.dirname(file))) continue;
    const parsed = parseAnyDeck(text, file, { fileExists: isFile });
    diagnostics.push(...parsed.diagnostics);
    decks.push({
      file,
      title: parsed.title,
      format: parsed.format,
      questions: parsed.decks.reduce((sum, deck) => sum + deck.questions.length, 0),
      topics: parsed.decks.length,
    });
    if (parsed.format !== 'native') continue;
    let lines: string[] | undefined;
    const idLine = (id: string, headingLine: number) => {
      lines ??= text.split(/\r?\n/);
      const pattern = new RegExp(`^\\s*[-*+]\\s+id\\s*:\\s*[\`"']?${id}(?![\\w-])`);
      for (let l = headingLine; l < lines.length && l < headingLine + 20; l++) if (pattern.test(lines[l])) return l + 1;
      return headingLine;
    };
    for (const deck of parsed.decks) {
      const otherFile = topicOwners.get(deck.id);
      if (otherFile !== undefined) {
        diagnostics.push({ file, line: frontMatterLine(text, 'id'), severity: 'error', message: `Topic id "${deck.id}" is already used by ${relative(otherFile)}.` });
      } else {
        topicOwners.set(deck.id, file);
      }
      for (const question of deck.questions) {
        const owner = questionOwners.get(question.id);
        if (owner === undefined) questionOwners.set(question.id, { file, line: question.line });
        else if (owner.file !== file) {
          diagnostics.push({ file, line: idLine(question.id, question.line), severity: 'error', message: `Duplicate question id "${question.id}" (also in ${relative(owner.file)}:${owner.line}).` });
        }
      }
    }
  }
  const order = new Map(targets.map((t, i) => [t.file, i]));
  diagnostics.sort((a, b) => (order.get(a.file) ?? 0) - (order.get(b.file) ?? 0) || a.line - b.line);
  return { decks, diagnostics };
}

/** The 1-based line of a front matter key (the header line 2 when it cannot be found). */
function frontMatterLine(text: string, key: string): number {
  const lines = text.split(/\r?\n/, 200);
  for (let l = 1; l < lines.length && !/^---\s*$/.test(lines[l]); l++) {
    if (new RegExp(`^${key}\\s*:`).test(lines[l])) return l + 1;
  }
  return 2;
}
