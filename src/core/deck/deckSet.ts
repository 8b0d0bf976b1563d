import { Deck, DeckDiagnostic, DeckSet } from './model';
import type { ParsedFile } from './deckFile';
import { splitLines } from './lines';
import { frontMatterEnd } from './parseAnyDeck';

/** Where an id was first used, for the one duplicate-id message. */
interface Owner {
  file: string;
  line: number;
}

/** Ids already taken, shared across calls so that several deck sources stay unique together. */
export interface IdRegistry {
  topics: Map<string, Owner>;
  questions: Map<string, Owner>;
}

export function newIdRegistry(): IdRegistry {
  return { topics: new Map(), questions: new Map() };
}

/** How a file is named in a message: relative to the cwd in the CLI, to the workspace in the editor. */
export type DisplayPath = (file: string) => string;

/**
 * Puts parsed files together: decks sorted by order then title, topic and question ids unique
 * (a later duplicate is dropped with a diagnostic at its id line naming the first use), and every
 * file's problems kept. Files are taken in the order given.
 */
export function combineDecks(files: ParsedFile[], registry: IdRegistry = newIdRegistry(), display: DisplayPath = (file) => file): DeckSet {
  const decks: Deck[] = [];
  const diagnostics: DeckDiagnostic[] = [];
  for (const parsed of files) {
    diagnostics.push(...parsed.diagnostics);
    const lines = new IdLines(parsed.text);
    for (const deck of parsed.decks) {
      const topicOwner = registry.topics.get(deck.id);
      if (topicOwner) {
        const line = lines.topic(deck.id);
        diagnostics.push({ file: parsed.file, line, severity: 'error', message: `Topic id "${deck.id}" is already used by ${display(topicOwner.file)}.` });
      } else {
        registry.topics.set(deck.id, { file: parsed.file, line: lines.topic(deck.id) });
      }
      // A dropped deck's questions are still checked, so one run shows every clash.
      const questions = deck.questions.filter((question) => {
        const owner = registry.questions.get(question.id);
        const line = lines.question(question.id, question.line);
        if (owner) {
          diagnostics.push({ file: parsed.file, line, severity: 'error', message: `Duplicate question id "${question.id}" (also in ${display(owner.file)}:${owner.line}).` });
          return false;
        }
        if (!topicOwner) registry.questions.set(question.id, { file: parsed.file, line });
        return true;
      });
      if (!topicOwner) decks.push({ ...deck, questions });
    }
  }
  decks.sort((a, b) => a.order - b.order || a.title.localeCompare(b.title));
  return { decks, diagnostics };
}

/** The line an id is written on: `- id:` under a question's heading, `id:` in the front matter. */
class IdLines {
  private lines: string[] | undefined;
  constructor(private readonly text: string) {}

  question(id: string, headingLine: number): number {
    const lines = this.all();
    const pattern = new RegExp(`^\\s*[-*+]\\s+id\\s*:\\s*[\`"']?${escape(id)}(?![\\w-])`);
    for (let l = headingLine; l < lines.length && l < headingLine + 20; l++) if (pattern.test(lines[l])) return l + 1;
    return headingLine;
  }

  topic(id: string): number {
    const lines = this.all();
    const end = frontMatterEnd(lines);
    const pattern = new RegExp(`^id\\s*:\\s*[\`"']?${escape(id)}(?![\\w-])`);
    for (let l = 1; l < end; l++) if (pattern.test(lines[l])) return l + 1;
    return 1;
  }

  private all(): string[] {
    this.lines ??= splitLines(this.text);
    return this.lines;
  }
}

function escape(id: string): string {
  return id.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
