import { Deck, Question, plainKeyPoint } from '../model';
import { fileTitleOf, hash, slugify } from '../ids';
import { normalise } from './inlineText';
import { GenericState, Section } from './state';

const MAX_SLUG = 60;

/**
 * Rule `ids`: each draft with an answer becomes a question of its section's deck. Question ids are
 * `<file>-<slug of the question text>` (plus a hash of the text when the slug had to be shortened),
 * so they survive edits, re-ordering and renames of the other questions. A deck is made when its
 * first question is, so sections without questions make none.
 */
export function makeQuestions(state: GenericState): void {
  for (const draft of state.drafts) {
    if (!draft.answer) continue;
    const id = state.questionIds.take(`${state.fileSlug}-${questionSlug(normalise(draft.prompt))}`);
    const deck = deckOf(state, draft.section);
    const question: Question = {
      id,
      topicId: deck.id,
      prompt: draft.prompt,
      difficulty: 'medium',
      answer: draft.answer,
      keyPoints: (draft.keyPoints ?? []).map(plainKeyPoint),
      followUps: [],
      snippets: [],
      line: draft.heading.line + 1,
    };
    deck.questions.push(question);
  }
}

function deckOf(state: GenericState, section: Section): Deck {
  if (section.deck) return section.deck;
  const root = section === state.root;
  const base = root ? state.fileSlug : `${state.fileSlug}-${slugify(section.title, 40) || hash(section.title)}`;
  const deck: Deck = {
    id: state.deckIds.take(base),
    title: root ? (state.title ?? fileTitleOf(state.file)) : section.title,
    order: 0,
    tags: [],
    synonyms: {},
    file: state.file,
    questions: [],
  };
  section.deck = deck;
  state.decks.push(deck);
  return deck;
}

function questionSlug(normalised: string): string {
  const full = slugify(normalised, Number.MAX_SAFE_INTEGER);
  if (full && full.length <= MAX_SLUG) return full;
  return full ? `${slugify(normalised, MAX_SLUG)}-${hash(normalised)}` : `q-${hash(normalised)}`;
}
