import MarkdownIt from 'markdown-it';
import hljs from 'highlight.js/lib/core';
import bash from 'highlight.js/lib/languages/bash';
import http from 'highlight.js/lib/languages/http';
import ini from 'highlight.js/lib/languages/ini';
import javascript from 'highlight.js/lib/languages/javascript';
import json from 'highlight.js/lib/languages/json';
import python from 'highlight.js/lib/languages/python';
import sql from 'highlight.js/lib/languages/sql';
import xml from 'highlight.js/lib/languages/xml';
import yaml from 'highlight.js/lib/languages/yaml';
import { OpenTags, sanitiseHtml } from './htmlAllowList';

const languages = { bash, http, ini, javascript, json, python, sql, xml, yaml };
for (const [name, language] of Object.entries(languages)) hljs.registerLanguage(name, language);
hljs.registerAliases(['sh', 'shell', 'console'], { languageName: 'bash' });
hljs.registerAliases(['py'], { languageName: 'python' });
hljs.registerAliases(['js', 'ts', 'typescript'], { languageName: 'javascript' });
hljs.registerAliases(['toml', 'cfg'], { languageName: 'ini' });
hljs.registerAliases(['html', 'django', 'jinja'], { languageName: 'xml' });

const SAFE_LINK = /^(https?:|mailto:|#)/i;

/**
 * Deck Markdown is untrusted: raw HTML keeps only a small allow-list of formatting tags, with no
 * attributes (htmlAllowList.ts), images are not loaded, and only web and mail links are kept. Code
 * blocks get highlight.js classes that the webview colours from the theme.
 */
const markdown: MarkdownIt.MarkdownIt = new MarkdownIt({
  html: true,
  linkify: false,
  typographer: false,
  highlight(code, lang) {
    const language = lang && hljs.getLanguage(lang) ? lang : undefined;
    if (!language) return '';
    const highlighted = hljs.highlight(code, { language, ignoreIllegals: true }).value;
    return `<pre class="hljs"><code class="language-${markdown.utils.escapeHtml(language)}">${highlighted}</code></pre>`;
  },
});
markdown.disable('image');
markdown.validateLink = (url: string) => SAFE_LINK.test(url.trim());

type Token = ReturnType<MarkdownIt.MarkdownIt['parse']>[number];
const SANITISED = Symbol('sanitised');
type SanitisedToken = Token & { [SANITISED]?: true };

/**
 * Rewrites every raw HTML token through the allow-list, after inline parsing. Block HTML shares one
 * set of open tags (a `<details>` spans the Markdown inside it) closed at the end of the document;
 * each paragraph's inline HTML is closed at the end of the paragraph.
 */
markdown.core.ruler.push('html_allow_list', (state) => {
  const blockTags = new OpenTags();
  for (const token of state.tokens) {
    if (token.type === 'html_block') markSanitised(token, sanitiseHtml(token.content, blockTags));
    if (token.type !== 'inline' || !token.children) continue;
    const inlineTags = new OpenTags();
    for (const child of token.children) if (child.type === 'html_inline') markSanitised(child, sanitiseHtml(child.content, inlineTags));
    const closing = inlineTags.closeAll();
    if (closing) token.children.push(sanitisedToken(state, 'html_inline', closing));
  }
  const closing = blockTags.closeAll();
  if (closing) state.tokens.push(sanitisedToken(state, 'html_block', closing));
  return true;
});

function markSanitised(token: SanitisedToken, html: string): void {
  token.content = html;
  token[SANITISED] = true;
}

function sanitisedToken(state: { Token: new (type: string, tag: string, nesting: -1 | 0 | 1) => Token }, type: string, html: string): Token {
  const token = new state.Token(type, '', 0);
  markSanitised(token, html);
  return token;
}

/** Only HTML that went through the allow-list is written as HTML; anything else (a token added later) is text. */
const rawHtml = (tokens: Token[], index: number) => {
  const token = tokens[index] as SanitisedToken;
  return token[SANITISED] ? token.content : markdown.utils.escapeHtml(token.content);
};
markdown.renderer.rules.html_block = rawHtml;
markdown.renderer.rules.html_inline = rawHtml;

export function renderMarkdown(source: string): string {
  return markdown.render(source);
}

export function renderInlineMarkdown(source: string): string {
  return markdown.renderInline(source);
}
