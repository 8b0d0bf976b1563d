import { GenericState } from './state';

/**
 * Rule `answers`: each draft's answer is the Markdown source of its lines, without the lines the
 * scan marked (navigation, badges, wrappers), runs of blank lines, and separators at its ends. A
 * question heading with nothing under it is reported and left out.
 */
export function sliceAnswers(state: GenericState): void {
  for (const draft of state.drafts) {
    draft.answer = sliceAnswer(state, draft.start, draft.end, draft.heading.indent);
    if (!draft.answer) {
      state.diagnostics.push({
        file: state.file,
        line: draft.heading.line + 1,
        severity: 'warning',
        message: `"${draft.prompt}" looks like a question but has no answer text under it; it is left out.`,
      });
    }
  }
}

function sliceAnswer(state: GenericState, start: number, end: number, indent: number): string {
  const { lines, stripped, ruleLine } = state;
  const out: string[] = [];
  const keepRule: boolean[] = [];
  let lastBlank = true;
  for (let l = start; l < end && l < lines.length; l++) {
    if (stripped[l]) continue;
    let line = lines[l];
    if (indent > 0) line = dedent(line, indent);
    const blank = line.trim() === '';
    if (blank && lastBlank) continue;
    out.push(line);
    keepRule.push(ruleLine[l] === 1);
    lastBlank = blank;
  }
  // Separators (`---`) and blank lines around the answer are not part of it.
  let first = 0;
  let last = out.length;
  while (first < last && (out[first].trim() === '' || keepRule[first])) first++;
  while (last > first && (out[last - 1].trim() === '' || keepRule[last - 1])) last--;
  return out.slice(first, last).join('\n');
}

/** The line without up to `indent` columns of leading whitespace (a tab counts 4). */
function dedent(line: string, indent: number): string {
  let i = 0;
  let width = 0;
  while (i < line.length && width < indent) {
    if (line[i] === ' ') width++;
    else if (line[i] === '\t') width += 4;
    else break;
    i++;
  }
  return line.slice(i);
}
