import * as path from 'path';

/**
 * Stable ids and fallback names made from text and file names, shared by the deck parsers.
 * Ids must survive edits: progress is stored under them.
 */

/** Lowercase letters, digits and single dashes, cut at a word boundary to at most `max` characters. */
export function slugify(text: string, max: number): string {
  const slug = text
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/['\u2019]/g, '')
    .replace(/c\+\+/g, 'cpp')
    .replace(/([a-z])#(?![\w-])/g, '$1sharp')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
  if (slug.length <= max) return slug;
  const cut = slug.slice(0, max + 1);
  const dash = cut.lastIndexOf('-');
  return (dash > max / 2 ? cut.slice(0, dash) : slug.slice(0, max)).replace(/-+$/, '');
}

/** FNV-1a, 6 base-36 characters: short and stable. */
export function hash(text: string): string {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193) >>> 0;
  }
  return h.toString(36).padStart(6, '0').slice(-6);
}

/**
 * Hands out `base`, then `base-2`, `base-3`… skipping ids already taken. It remembers where each
 * base's counter stopped, so n copies of one base cost n probes in all, not n² (a README with
 * thousands of identical headings stays linear).
 */
export class IdAllocator {
  private readonly taken = new Set<string>();
  private readonly next = new Map<string, number>();

  take(base: string): string {
    let n = this.next.get(base) ?? 1;
    let id = n === 1 ? base : `${base}-${n}`;
    while (this.taken.has(id)) id = `${base}-${++n}`;
    this.taken.add(id);
    this.next.set(base, n + 1);
    return id;
  }
}

/** The file's name without its extension (`notes/django.md` → `django`). */
export function baseNameOf(file: string): string {
  return path.basename(file).replace(/\.[^.]+$/, '');
}

/** A native deck's fallback id when its front matter has none: the file name, lowercase and dashed. */
export function fileIdOf(file: string): string {
  return baseNameOf(file).toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '') || 'deck';
}

/** A file's human name: its base name, or its folder's name for README.md and index.md. */
export function fileTitleOf(file: string): string {
  const base = baseNameOf(file);
  if (/^(?:readme|index)$/i.test(base)) {
    const folder = path.basename(path.dirname(file));
    if (folder && folder !== '.' && folder !== path.sep) return folder;
  }
  return base || 'deck';
}

/** The slug that a generic file's deck and question ids start with. */
export function fileSlugOf(file: string): string {
  return slugify(fileTitleOf(file), 40) || 'deck';
}
