import { Deck, DeckDiagnostic, DeckSet, Question } from './model';
import { ParseOptions, parseDeck } from './parseDeck';

export interface DeckSource {
  file: string;
  text: string;
}

/**
 * Parses several deck files into one set: decks sorted by order then title, question ids unique
 * across all of them (a later duplicate is dropped with a diagnostic), and every file's problems kept.
 */
export function buildDeckSet(sources: DeckSource[], options: ParseOptions = {}): DeckSet {
  const decks: Deck[] = [];
  const diagnostics: DeckDiagnostic[] = [];
  const owners = new Map<string, Question>();
  const deckIds = new Map<string, string>();
  const ordered = [...sources].sort((a, b) => a.file.localeCompare(b.file));
  for (const source of ordered) {
    const parsed = parseDeck(source.text, source.file, options);
    diagnostics.push(...parsed.diagnostics);
    const deck = parsed.deck;
    if (!deck) continue;
    const otherFile = deckIds.get(deck.id);
    if (otherFile) {
      diagnostics.push({ file: source.file, line: 2, severity: 'error', message: `Topic id "${deck.id}" is already used by ${otherFile}.` });
      continue;
    }
    deckIds.set(deck.id, source.file);
    deck.questions = deck.questions.filter((question) => {
      const owner = owners.get(question.id);
      if (!owner) {
        owners.set(question.id, question);
        return true;
      }
      diagnostics.push({
        file: source.file,
        line: question.line,
        severity: 'error',
        message: `Duplicate question id "${question.id}" (also in topic "${owner.topicId}").`,
      });
      return false;
    });
    decks.push(deck);
  }
  decks.sort((a, b) => a.order - b.order || a.title.localeCompare(b.title));
  return { decks, diagnostics };
}

/** Every question of the set by id. */
export function indexQuestions(set: DeckSet): Map<string, Question> {
  const index = new Map<string, Question>();
  for (const deck of set.decks) for (const question of deck.questions) index.set(question.id, question);
  return index;
}
