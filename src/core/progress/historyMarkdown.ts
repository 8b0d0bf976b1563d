import { Question } from '../deck/model';
import { ReviewEntry, historyOf } from './reviewLog';
import { GRADE_NAMES } from './interval';

/**
 * Deck and answer text for VS Code's Markdown preview, which renders raw HTML and loads remote
 * images: tags and character references are shown as typed, and `![…](…)` stays text.
 */
export function previewText(text: string): string {
  return text.replace(/[&<>]/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;' })[c]!).replace(/!\[/g, '!\\[');
}

/** A question's past answers as Markdown, newest first: date, grade, mode and what was written. */
export function historyMarkdown(question: Question, entries: readonly ReviewEntry[]): string {
  const history = historyOf(entries, question.id);
  const lines = [`# ${previewText(question.prompt)}`, ''];
  if (history.length === 0) {
    lines.push('*Not answered yet.* Open it in the quiz to practise it.');
    return lines.join('\n') + '\n';
  }
  lines.push(`${history.length} review${history.length === 1 ? '' : 's'}, newest first.`);
  for (const entry of history) {
    const when = `${entry.at.slice(0, 10)} ${entry.at.slice(11, 16)} UTC`;
    const time = entry.ms !== undefined ? ` · ${Math.round(entry.ms / 1000)} s` : '';
    lines.push('', `## ${when} · ${GRADE_NAMES[entry.grade]}`, '', `*${entry.mode}${time}*`, '');
    lines.push(entry.answer?.trim() ? entry.answer.trim().split(/\r?\n/).map((line) => `> ${previewText(line)}`).join('\n') : '*No written answer.*');
  }
  return lines.join('\n') + '\n';
}
