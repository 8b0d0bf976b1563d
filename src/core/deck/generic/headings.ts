import { cleanInline, linkLabels, stripTags, withoutImages } from './inlineText';
import { Analysis, GenericState, HeadingRec } from './state';

const Q_MARKER = /^(?:q(?:uestion|ues)?\s*#?\s*\d*\s*[.:)\-\u2013\u2014]|q\s*#?\s*\d+(?=\s))\s*/i;
const NUMBER_MARKER = /^(?:#\s*)?(?:\d{1,5}(?:\.\d{1,5})*\s*[.):\-\u2013\u2014]|\d{1,5}(?:\.\d{1,5})+(?=\s)|\[\d{1,5}\])\s*/;
const QUESTION_WORD =
  /^(?:what|what's|why|how|how's|when|where|which|who|whom|whose|explain|describe|define|difference|differences|differentiate|compare|contrast|list|tell|give|write|implement|mention|discuss|distinguish)\b/i;
const LEADING_SYMBOLS = /^(?:[\p{Extended_Pictographic}\u2190-\u21ff\u2600-\u27bf\u25a0-\u25ff\ufe0f\u200d]\s*)+/u;
/** "#### Answer: D" under a question: part of its answer, not a heading of its own. */
export const ANSWER_HEADING = /^(?:answers?|solutions?|explanations?|output)\b\s*(?::.*)?$/i;

/**
 * Rule `headings`: what each heading's text says (question marker, number, question word, "?"),
 * the level where questions are most common, which headings can be questions, and which have
 * questions below them.
 */
export function classifyHeadings(state: GenericState): void {
  const { headings } = state;
  const analyses = headings.map((h) => analyse(h));
  let qMarkers = 0;
  let numberOnly = 0;
  for (const a of analyses) {
    if (a.qMarker) qMarkers++;
    else if (a.numberOnly && !a.endsWithQuestionMark) numberOnly++;
  }
  // A file that marks questions with "Q." and numbers its sections: the numbered headings are sections.
  if (qMarkers > numberOnly) {
    for (const a of analyses) {
      if (a.numberOnly && !a.qMarker && !a.endsWithQuestionMark && !a.weak) {
        a.strong = false;
        a.sectionOnly = true;
      }
    }
  }
  const questionLevel = dominantLevel(headings, analyses);
  const candidate = new Uint8Array(headings.length);
  analyses.forEach((a, k) => {
    if (!a.sectionOnly && a.prompt.length > 0 && (a.strong || (a.weak && headings[k].level === questionLevel))) candidate[k] = 1;
  });
  const hasQuestionsBelow = new Uint8Array(headings.length);
  const open: number[] = [];
  for (let k = 0; k < headings.length; k++) {
    while (open.length > 0 && headings[open[open.length - 1]].level >= headings[k].level) open.pop();
    if (candidate[k]) {
      for (let s = open.length - 1; s >= 0 && !hasQuestionsBelow[open[s]]; s--) hasQuestionsBelow[open[s]] = 1;
    }
    open.push(k);
  }
  Object.assign(state, { analyses, questionLevel, candidate, hasQuestionsBelow });
}

function analyse(h: HeadingRec): Analysis {
  let text = cleanHeading(h.raw);
  let sectionOnly = false;
  if (/^#+\s/.test(text)) {
    // "## # 1. Introduction": a literal hash and a space mark a section in some READMEs.
    sectionOnly = true;
    text = text.replace(/^#+\s*/, '');
  }
  const q = Q_MARKER.exec(text);
  let qMarker = false;
  let numberOnly = false;
  if (q && text.length > q[0].length) {
    qMarker = true;
    text = text.slice(q[0].length);
  } else {
    const n = NUMBER_MARKER.exec(text);
    if (n && text.length > n[0].length) {
      numberOnly = true;
      text = text.slice(n[0].length);
      const again = Q_MARKER.exec(text); // "12. Q: ..."
      if (again && text.length > again[0].length) text = text.slice(again[0].length);
    }
  }
  text = unwrapEmphasis(text.trim());
  const endsWithQuestionMark = /\?[\s)"'\]*_`]*$/.test(text);
  if (!endsWithQuestionMark && isLeftOutSection(text)) sectionOnly = true; // "## 10. License"
  const weak = QUESTION_WORD.test(text);
  return {
    prompt: text,
    strong: !sectionOnly && (qMarker || numberOnly || endsWithQuestionMark || h.inOrderedItem),
    weak: !sectionOnly && weak,
    qMarker,
    numberOnly,
    sectionOnly,
    endsWithQuestionMark,
  };
}

/** The heading level where question headings are most common (the shallower on a tie). */
function dominantLevel(headings: HeadingRec[], analyses: Analysis[]): number {
  const strong = [0, 0, 0, 0, 0, 0, 0];
  const weak = [0, 0, 0, 0, 0, 0, 0];
  analyses.forEach((a, k) => {
    if (a.sectionOnly || !a.prompt) return;
    if (a.strong) strong[headings[k].level]++;
    else if (a.weak) weak[headings[k].level]++;
  });
  const counts = strong.some((c) => c > 0) ? strong : weak;
  let best = 0;
  for (let level = 1; level <= 6; level++) if (counts[level] > counts[best]) best = level;
  return best;
}

/** Heading source without HTML, images, link targets, heading ids and wrapping emphasis. */
function cleanHeading(raw: string): string {
  // Whitespace is collapsed first: on a long run of spaces the unanchored `\s*` of the heading-id
  // pattern would otherwise be tried from every space (quadratic, the reliability review's R8).
  let text = linkLabels(withoutImages(stripTags(raw)))
    .replace(/\s+/g, ' ')
    .replace(/\s*\{#[\w-]+\}\s*$/, '')
    .trim();
  text = unwrapEmphasis(text.replace(LEADING_SYMBOLS, ''));
  // "**Q1.** What is X?" and "**12.** What is X": emphasis around the marker only.
  text = text.replace(/^(\*\*|__)([^*_]{1,20}?)\1\s*/, '$2 ');
  return text.trim();
}

function unwrapEmphasis(text: string): string {
  let out = text;
  for (;;) {
    const match = /^(\*\*|__|\*|_)(.+)\1$/.exec(out);
    if (!match || match[2].includes(match[1])) return out;
    out = match[2].trim();
  }
}

/** A section title without a literal leading `#` and its numbering. */
export function sectionTitleOf(prompt: string): string {
  return cleanInline(prompt.replace(/^#+\s*/, '').replace(NUMBER_MARKER, '').trim());
}

const LEFT_OUT_SECTIONS =
  /^(?:table of contents?|contents|toc|index|licen[cs]e|licensing|contributing|contributions?|contributors|how to contribute|contribution guidelines|acknowledge?ments?|credits|thanks|special thanks|support|support (?:me|us|this project|the project)|show your support|sponsors?|sponsorship|backers|donat(?:e|ions?)|funding|author|authors|about the authors?|maintainers?|stargazers|star history|code of conduct|changelog|feedback|disclaimer|translations|other languages|related (?:projects|repositories|repos))$/;

/** Tables of contents, licence, contributing, sponsors…: sections that hold no questions. */
export function isLeftOutSection(title: string): boolean {
  const words = title
    .toLowerCase()
    .replace(/[^a-z0-9 ]+/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();
  return LEFT_OUT_SECTIONS.test(words);
}
