import MarkdownIt from 'markdown-it';
import { fileIdOf } from './ids';
import { ID_PATTERN, Report } from './model';

type Token = MarkdownIt.Token;

/** What a native deck's front matter says about the deck. */
export interface Header {
  id: string;
  title: string;
  order: number;
  tags: string[];
  synonyms: Record<string, string[]>;
}

const HEADER_KEYS = new Set(['id', 'title', 'order', 'tags', 'synonyms']);

/** Reads id/title/order/tags, falling back to the file name so a deck with a broken header still loads. */
export function readHeader(data: Record<string, unknown> | undefined, file: string, tokens: Token[], report: Report): Header {
  const fallbackId = fileIdOf(file);
  const h1 = tokens.findIndex((t) => t.type === 'heading_open' && t.tag === 'h1');
  const fallbackTitle = h1 >= 0 ? tokens[h1 + 1].content.trim() : fallbackId;
  if (!data) return { id: fallbackId, title: fallbackTitle, order: Number.MAX_SAFE_INTEGER, tags: [], synonyms: {} };

  let id = fallbackId;
  if (typeof data.id === 'string' && ID_PATTERN.test(data.id)) id = data.id;
  else report(2, data.id === undefined ? 'Front matter has no "id".' : `Front matter id "${String(data.id)}" must be lowercase letters, digits and dashes.`);

  let title = fallbackTitle;
  if (typeof data.title === 'string' && data.title.trim()) title = data.title.trim();
  else report(2, 'Front matter has no "title".');

  let order = Number.MAX_SAFE_INTEGER;
  if (typeof data.order === 'number' && Number.isFinite(data.order)) order = data.order;
  else if (data.order !== undefined) report(2, 'Front matter "order" must be a number.');

  let tags: string[] = [];
  if (Array.isArray(data.tags) && data.tags.every((t) => typeof t === 'string')) tags = data.tags as string[];
  else if (data.tags !== undefined) report(2, 'Front matter "tags" must be a list of words.');

  const synonyms = readSynonyms(data.synonyms, report);

  for (const key of Object.keys(data)) {
    if (!HEADER_KEYS.has(key)) report(2, `Unknown front matter key "${key}".`, 'warning');
  }
  return { id, title, order, tags, synonyms };
}

/** `synonyms: { jwt: [json web token], authz: authorisation }`: a term and what else counts as it. */
function readSynonyms(value: unknown, report: Report): Record<string, string[]> {
  if (value === undefined) return {};
  const synonyms: Record<string, string[]> = {};
  if (value && typeof value === 'object' && !Array.isArray(value)) {
    for (const [term, alternatives] of Object.entries(value as Record<string, unknown>)) {
      const list = typeof alternatives === 'string' ? [alternatives] : alternatives;
      if (Array.isArray(list) && list.every((a) => typeof a === 'string')) synonyms[term] = list as string[];
      else report(2, `Front matter synonyms for "${term}" must be a word or a list of words.`);
    }
    return synonyms;
  }
  report(2, 'Front matter "synonyms" must map a term to a list of words.');
  return {};
}
