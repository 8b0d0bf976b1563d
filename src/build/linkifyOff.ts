/**
 * Stands in for linkify-it in the bundles (esbuild.js `alias`): renderMarkdown turns markdown-it's
 * `linkify` option off, so markdown-it only constructs a LinkifyIt and never calls it, and the real
 * one (11 KB minified, plus the Unicode tables it needs from uc.micro) need not ship. Should the
 * option ever be turned on, the first call says so instead of silently linking nothing.
 */
export class LinkifyIt {
  test(): never {
    throw new Error('linkify-it is not bundled: see src/build/linkifyOff.ts before turning markdown-it\'s linkify option on');
  }

  matchAtStart(): never {
    return this.test();
  }

  match(): never {
    return this.test();
  }
}
