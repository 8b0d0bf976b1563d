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

const languages = { bash, http, ini, javascript, json, python, sql, xml, yaml };
for (const [name, language] of Object.entries(languages)) hljs.registerLanguage(name, language);
hljs.registerAliases(['sh', 'shell', 'console'], { languageName: 'bash' });
hljs.registerAliases(['py'], { languageName: 'python' });
hljs.registerAliases(['js', 'ts', 'typescript'], { languageName: 'javascript' });
hljs.registerAliases(['toml', 'cfg'], { languageName: 'ini' });
hljs.registerAliases(['html', 'django', 'jinja'], { languageName: 'xml' });

const SAFE_LINK = /^(https?:|mailto:|#)/i;

/**
 * Deck Markdown is untrusted: raw HTML is escaped, images are not loaded, and only web and mail
 * links are kept. Code blocks get highlight.js classes that the webview colours from the theme.
 */
const markdown: MarkdownIt.MarkdownIt = new MarkdownIt({
  html: false,
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

export function renderMarkdown(source: string): string {
  return markdown.render(source);
}

export function renderInlineMarkdown(source: string): string {
  return markdown.renderInline(source);
}
