import { Deck, DeckDiagnostic, PARSER_BUG } from '../model';
import { fileTitleOf } from '../ids';
import { MAX_DECK_CHARS, tooLargeMessage } from '../limits';
import { sliceAnswers } from './answers';
import { classifyHeadings } from './headings';
import { findKeyPoints } from './keyPoints';
import { makeQuestions } from './questions';
import { scan, tokenize } from './scan';
import { buildSections } from './sections';
import { GenericState, createState } from './state';

export { GENERIC_MARKDOWN_OPTIONS } from './scan';

export interface GenericParse {
  /** The file's first `# ` heading, or its name. */
  title: string;
  decks: Deck[];
  diagnostics: DeckDiagnostic[];
}

type Rule = (state: GenericState) => void;

/** The rules in the order they run; each reads what the ones before it left in the state. */
export const GENERIC_RULES: readonly (readonly [string, Rule])[] = [
  ['tokenize', tokenize],
  ['scan', scan],
  ['headings', classifyHeadings],
  ['sections', buildSections],
  ['answers', sliceAnswers],
  ['keyPoints', findKeyPoints],
  ['ids', makeQuestions],
];

/**
 * Reads any Markdown file of questions and answers (the shape of the popular "interview questions"
 * READMEs) as decks. Pure and total: it never touches the disk and never throws.
 *
 * - A question is a heading that ends in `?`, starts with a number (`### 12. What is X`) or a
 *   question marker (`## Q. What is X?`, `#### Q1: ...`), or is the first thing in a numbered list
 *   item (`1. ### What is X`). At the level where such headings are most common, a heading that
 *   starts like a question (`### Explain closures`) is one too.
 * - A heading above question headings, or one that is not a question at all, starts a section:
 *   each section with questions becomes a deck. Questions before any section go to a deck named
 *   after the file's first `# ` heading (or the file name).
 * - The answer is the Markdown source under the question, up to the next question or section
 *   heading, without "back to top" links, badges, tables of contents and HTML-only wrappers.
 * - Left out: tables of contents, license/contributing/acknowledgements/support/sponsors sections
 *   and the like, and question headings with no answer text (reported as warnings).
 *
 * Runs in time linear in the text (one markdown-it parse and a few passes over its output), and
 * bounded (limits.ts). The result is plain data (structured-cloneable), so it can be computed in a
 * worker; GENERIC_RULES also lets a caller run the rules one at a time.
 */
export function parseGenericMarkdown(text: string, file: string): GenericParse {
  if (text.length > MAX_DECK_CHARS) {
    return { title: fileTitleOf(file), decks: [], diagnostics: [{ file, line: 1, severity: 'error', message: tooLargeMessage(text.length) }] };
  }
  const state = createState(text, file);
  for (const [name, rule] of GENERIC_RULES) {
    if (state.done) break;
    runRule(state, name, rule);
  }
  return finish(state);
}

/** A rule that throws is a bug, but the file is still untrusted input: it becomes a diagnostic. */
function runRule(state: GenericState, name: string, rule: Rule): void {
  try {
    rule(state);
  } catch (error) {
    state.diagnostics.push({ file: state.file, line: 1, severity: 'error', message: `${PARSER_BUG} (rule ${name}): ${String(error)}` });
    state.decks = [];
    state.done = true;
  }
}

function finish(state: GenericState): GenericParse {
  const decks = state.decks.filter((deck) => deck.questions.length > 0);
  decks.forEach((deck, index) => (deck.order = index));
  const { diagnostics } = state;
  if (decks.length === 0 && !state.done) {
    diagnostics.push({ file: state.file, line: 1, severity: 'warning', message: 'No questions found: write each question as a heading ("## What is X?", "### 12. What is X", "## Q. What is X?") with its answer under it.' });
  }
  diagnostics.sort((x, y) => x.line - y.line);
  return { title: state.title || fileTitleOf(state.file), decks, diagnostics };
}
