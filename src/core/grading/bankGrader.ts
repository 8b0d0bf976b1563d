/**
 * The grader as the extension and the CLI use it: built on first use (so activation does not pay
 * for it) from the bank's shared vocabulary (questions/vocabulary.yml) and the bank's questions as
 * the corpus that tells common terms from telling ones. Problems with the vocabulary file are
 * kept, never thrown: grading still works without it.
 */
import * as fs from 'fs';
import * as path from 'path';
import { COMPILED_BANK_FILE, readCompiledBank } from '../deck/compiled/compiledBank';
import { Question, isDocumentationFile } from '../deck/model';
import { parseAnyDeck } from '../deck/parseAnyDeck';
import { Grader } from './grader';
import { EMPTY_VOCABULARY, VocabularySource } from './vocabulary';
import { parseVocabulary } from './vocabularyFile';

export const VOCABULARY_FILE = 'vocabulary.yml';

/** The bank folder: `questions/` beside the bundle (dist/), or up from the compiled sources. */
export function findBankFolder(from: string = __dirname): string | undefined {
  let dir = from;
  for (let i = 0; i < 6; i++) {
    const candidate = path.join(dir, 'questions', VOCABULARY_FILE);
    if (fs.existsSync(candidate)) return path.dirname(candidate);
    const parent = path.dirname(dir);
    if (parent === dir) break;
    dir = parent;
  }
  return undefined;
}

export interface LoadedBank {
  vocabulary: VocabularySource;
  questions: Question[];
  problems: string[];
}

export function readBank(folder: string | undefined): LoadedBank {
  if (!folder) return { vocabulary: EMPTY_VOCABULARY, questions: [], problems: ['the question bank (questions/vocabulary.yml) was not found'] };
  const problems: string[] = [];
  let vocabulary = EMPTY_VOCABULARY;
  try {
    const parsed = parseVocabulary(fs.readFileSync(path.join(folder, VOCABULARY_FILE), 'utf8'));
    vocabulary = parsed.vocabulary;
    problems.push(...parsed.problems.filter((p) => p.severity === 'error').map((p) => `${VOCABULARY_FILE}:${p.line}: ${p.message}`));
  } catch (error) {
    problems.push(`${VOCABULARY_FILE}: ${(error as Error).message}`);
  }
  const questions: Question[] = [];
  const names = fs.readdirSync(folder);
  // The installed extension ships the bank compiled (dist/bank.json.br) instead of its Markdown.
  if (!names.some((name) => name.endsWith('.md') && !isDocumentationFile(name))) {
    questions.push(...compiledQuestions(folder, problems));
    return { vocabulary, questions, problems };
  }
  for (const name of names) {
    if (!name.endsWith('.md') || isDocumentationFile(name)) continue;
    try {
      const file = path.join(folder, name);
      for (const deck of parseAnyDeck(fs.readFileSync(file, 'utf8'), file).decks) questions.push(...deck.questions);
    } catch (error) {
      problems.push(`${name}: ${(error as Error).message}`);
    }
  }
  return { vocabulary, questions, problems };
}

/** The questions of the build's compiled bank, as the corpus when the Markdown is not there. */
function compiledQuestions(folder: string, problems: string[]): Question[] {
  const file = path.join(folder, '..', 'dist', COMPILED_BANK_FILE);
  let text: Buffer;
  try {
    text = fs.readFileSync(file);
  } catch (error) {
    problems.push(`the compiled bank: ${(error as Error).message}`);
    return [];
  }
  const bank = readCompiledBank(text, folder);
  if (!bank) problems.push(`the compiled bank (${file}) is not one this build reads`);
  return bank?.decks.flatMap((deck) => deck.questions) ?? [];
}

let shared: Grader | undefined;

/** The one grader, made on first call. */
export function bankGrader(): Grader {
  if (!shared) {
    const bank = readBank(findBankFolder());
    shared = new Grader({ vocabulary: bank.vocabulary, corpus: bank.questions });
  }
  return shared;
}
