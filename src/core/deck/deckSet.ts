import { Deck, DeckDiagnostic, DeckSet, Question } from './model';
import { ParseOptions, parseDeck } from './parseDeck';

export interface DeckSource {
  file: string;
  text: string;
}

/** One file's parse result: a native deck file gives one deck, a generic Q&A file one per section. */
export interface ParsedFile {
  file: string;
  decks: Deck[];
  diagnostics: DeckDiagnostic[];
}

/** Ids already taken, shared across calls so that several deck sources stay unique together. */
export interface IdRegistry {
  topics: Map<string, string>;
  questions: Map<string, Question>;
}

export function newIdRegistry(): IdRegistry {
  return { topics: new Map(), questions: new Map() };
}

/**
 * Puts parsed files together: decks sorted by order then title, topic and question ids unique
 * (a later duplicate is dropped with a diagnostic), and every file's problems kept.
 */
export function combineDecks(files: ParsedFile[], registry: IdRegistry = newIdRegistry()): DeckSet {
  const decks: Deck[] = [];
  const diagnostics: DeckDiagnostic[] = [];
  for (const parsed of [...files].sort((a, b) => a.file.localeCompare(b.file))) {
    diagnostics.push(...parsed.diagnostics);
    for (const deck of parsed.decks) {
      const otherFile = registry.topics.get(deck.id);
      if (otherFile) {
        diagnostics.push({ file: parsed.file, line: 2, severity: 'error', message: `Topic id "${deck.id}" is already used by ${otherFile}.` });
        continue;
      }
      registry.topics.set(deck.id, parsed.file);
      const questions = deck.questions.filter((question) => {
        const owner = registry.questions.get(question.id);
        if (!owner) {
          registry.questions.set(question.id, question);
          return true;
        }
        diagnostics.push({
          file: parsed.file,
          line: question.line,
          severity: 'error',
          message: `Duplicate question id "${question.id}" (also in topic "${owner.topicId}").`,
        });
        return false;
      });
      decks.push({ ...deck, questions });
    }
  }
  decks.sort((a, b) => a.order - b.order || a.title.localeCompare(b.title));
  return { decks, diagnostics };
}

/** Parses native deck files into one set (see combineDecks). */
export function buildDeckSet(sources: DeckSource[], options: ParseOptions = {}): DeckSet {
  return combineDecks(
    sources.map((source) => {
      const parsed = parseDeck(source.text, source.file, options);
      return { file: source.file, decks: parsed.deck ? [parsed.deck] : [], diagnostics: parsed.diagnostics };
    }),
  );
}

/** Every question of the set by id. */
export function indexQuestions(set: DeckSet): Map<string, Question> {
  const index = new Map<string, Question>();
  for (const deck of set.decks) for (const question of deck.questions) index.set(question.id, question);
  return index;
}
