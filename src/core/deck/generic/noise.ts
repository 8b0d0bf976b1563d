import { cleanInline } from './inlineText';

/** Blocks that are not part of an answer: navigation links, badges, HTML-only wrappers, labels. */

const BACK_TO_TOP = /\b(?:back|go|return|scroll|jump)\s+(?:up\s+)?to\s+(?:the\s+)?(?:top|contents|index|toc|table of contents|questions)\b/i;

export function isBackToTop(source: string): boolean {
  if (source.length > 400) return false;
  const hasInPageLink = /\]\(\s*#|href\s*=\s*["']?#/i.test(source);
  if (!hasInPageLink) return false;
  if (BACK_TO_TOP.test(source)) return true;
  const words = source.replace(/<[^>]*>/g, '').replace(/\([^)]*\)/g, '').replace(/[^A-Za-z]+/g, ' ').trim().toLowerCase();
  return words === 'top' || words === '' || words === 'back' || words === 'up';
}

const BADGE_SOURCE = /shields\.io|badgen\.net|badge|travis-ci|circleci|codecov|coveralls|\/workflows\/|codeclimate|gitter|discord|npmjs|visitor|hits\./i;

const IMAGE = /^!\[[^\]]*\]\(\s*<?([^)\s>]*)>?(?:\s+"[^"]*")?\s*\)/;
const LINKED_IMAGE = /^\[\s*!\[[^\]]*\]\([^)]*\)\s*\]\([^)]*\)/;

/** A paragraph of nothing but images that are links or badges (`[![build](...)](...) ![npm](...)`). */
export function isBadgeLine(source: string): boolean {
  if (source.length > 4000) return false;
  let rest = source.trim();
  let images = 0;
  while (rest.length > 0) {
    const linked = LINKED_IMAGE.exec(rest);
    const image = linked ? undefined : IMAGE.exec(rest);
    if (linked) rest = rest.slice(linked[0].length);
    else if (image && BADGE_SOURCE.test(image[1])) rest = rest.slice(image[0].length);
    else return false;
    images++;
    rest = rest.replace(/^(?:\s|\\$)+/, '');
  }
  return images > 0;
}

/** An HTML block with no words of its own: wrappers like `<details><summary>Answer</summary>`, `<br/>`, comments. */
export function isMarkupOnly(source: string): boolean {
  if (source.length > 2000) return false;
  const words = source
    .replace(/<!--[\s\S]*?-->/g, '')
    .replace(/<[^>]*>/g, ' ')
    .replace(/&[a-z#0-9]+;/gi, ' ')
    .replace(/\s+/g, ' ')
    .trim();
  return words === '' || /^(?:(?:show|view|see|click (?:here )?(?:for|to (?:see|view|show)))\s+(?:the\s+)?)?(?:answers?|solutions?|explanations?|output)\s*:?$/i.test(words);
}

/** "**Example:**", "Output:", and other short labels in front of a code block. */
export function isLabel(text: string): boolean {
  if (text.length > 80 || !/:[\s*_`]*$/.test(text)) return false;
  const plain = cleanInline(text).replace(/[*_`]/g, '').trim();
  return plain.length < 40 && /:$/.test(plain);
}
