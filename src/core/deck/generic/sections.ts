import { MAX_QUESTIONS } from '../limits';
import { ANSWER_HEADING, isLeftOutSection, sectionTitleOf } from './headings';
import { cleanInline } from './inlineText';
import { Draft, GenericState, Section } from './state';

/**
 * Rule `sections`: walks the headings with a stack of open sections. The file's first `# ` heading
 * above the questions is its title; a question heading opens a draft whose answer runs to the next
 * heading of its level or higher; any other heading opens a section (left-out ones, such as
 * "License", skip everything below them).
 */
export function buildSections(state: GenericState): void {
  const { headings, analyses, candidate, hasQuestionsBelow, questionLevel } = state;
  const sections: Section[] = [state.root];
  let current: Draft | undefined;
  let skipLevel = 0;
  let sawQuestion = false;
  for (let k = 0; k < headings.length; k++) {
    const h = headings[k];
    if (skipLevel > 0 && h.level > skipLevel) continue;
    skipLevel = 0;
    if (current && h.level > current.heading.level) continue; // a heading inside an answer
    if (current && ANSWER_HEADING.test(analyses[k].prompt)) continue; // "###### 1. ..." then "#### Answer: D"
    if (current) {
      current.end = Math.min(h.line, current.end);
      current = undefined;
    }
    const a = analyses[k];
    if (state.title === undefined && !sawQuestion && h.level === 1 && (!candidate[k] || hasQuestionsBelow[k])) {
      state.title = cleanInline(a.prompt) || cleanInline(h.raw);
      sections.length = 1;
      continue;
    }
    if (candidate[k] && !(h.level < questionLevel && hasQuestionsBelow[k])) {
      // A bare heading at the question's own level ("## # Hooks" above "## Q. ...") is a section
      // that holds it; one with text of its own ("## Introduction") is a preface and does not.
      while (sections.length > 1 && sections[sections.length - 1].level > h.level) sections.pop();
      if (sections.length > 1 && sections[sections.length - 1].level === h.level && !sections[sections.length - 1].bare) sections.pop();
      sawQuestion = true;
      if (state.drafts.length >= MAX_QUESTIONS) {
        tooManyQuestions(state, h.line);
        continue;
      }
      current = { heading: h, prompt: a.prompt, section: sections[sections.length - 1], start: h.end, end: h.itemEnd >= 0 ? h.itemEnd : state.lines.length };
      state.drafts.push(current);
      continue;
    }
    while (sections.length > 1 && sections[sections.length - 1].level >= h.level) sections.pop();
    const sectionTitle = sectionTitleOf(a.prompt);
    if (isLeftOutSection(sectionTitle)) {
      skipLevel = h.level;
      continue;
    }
    const bodyEnd = k + 1 < headings.length ? headings[k + 1].line : state.lines.length;
    const bare = a.sectionOnly || !hasText(state, h.end, bodyEnd);
    sections.push({ level: h.level, title: sectionTitle || cleanInline(h.raw), deck: undefined, bare });
  }
}

/** Lines [start, end) hold text that is part of the Markdown's content. */
function hasText(state: GenericState, start: number, end: number): boolean {
  const { lines, stripped, ruleLine } = state;
  for (let l = start; l < end && l < lines.length; l++) if (!stripped[l] && !ruleLine[l] && lines[l].trim() !== '') return true;
  return false;
}

function tooManyQuestions(state: GenericState, line: number): void {
  if (state.capped) return;
  state.capped = true;
  state.diagnostics.push({ file: state.file, line: line + 1, severity: 'warning', message: `Only the first ${MAX_QUESTIONS} questions of a file are read; split it into several files.` });
}
