/**
 * No executable HTML ever leaves the Markdown renderer (issue 14 item 8): every payload of
 * xssPayloads.ts, in every context, through both renderers, parsed as a browser would (parse5, the
 * WHATWG algorithm) and checked element by element and attribute by attribute.
 */
import * as assert from 'assert';
import * as fs from 'fs';
import * as path from 'path';
import { parse } from 'parse5';
import { renderInlineMarkdown, renderMarkdown } from '../../src/core/markdown/renderMarkdown';
import { CONTEXTS, PAYLOADS } from './xssPayloads';

/** What markdown-it itself writes, and the raw-HTML allow-list. */
const ELEMENTS = new Set([
  'p', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'ul', 'ol', 'li', 'blockquote', 'pre', 'code', 'em', 'strong', 'a', 'table', 'thead', 'tbody', 'tr', 'th', 'td', 'hr', 'br', 's', 'span',
  'b', 'i', 'u', 'del', 'ins', 'mark', 'small', 'kbd', 'sup', 'sub', 'var', 'samp', 'abbr', 'cite', 'q', 'details', 'summary', 'div', 'dl', 'dt', 'dd', 'wbr',
]);

interface Node {
  nodeName: string;
  tagName?: string;
  attrs?: { name: string; value: string }[];
  childNodes?: Node[];
  content?: Node;
}

/** The reasons `html` would be unsafe inside the webview; empty when it is safe. */
function findings(html: string): string[] {
  const found: string[] = [];
  const visit = (node: Node) => {
    if (node.tagName) {
      if (!ELEMENTS.has(node.tagName)) found.push(`<${node.tagName}>`);
      for (const attr of node.attrs ?? []) {
        const problem = attributeProblem(node.tagName, attr.name, attr.value);
        if (problem) found.push(`<${node.tagName} ${problem}>`);
      }
    }
    for (const child of node.childNodes ?? []) visit(child);
    if (node.content) visit(node.content);
  };
  const document = parse(`<!DOCTYPE html><html><head></head><body><main id="app">${html}</main></body></html>`) as unknown as Node;
  visit(document);
  return found.filter((f) => f !== '<html>' && f !== '<head>' && f !== '<body>' && f !== '<main id="app">' && f !== '<main>');
}

function attributeProblem(tag: string, name: string, value: string): string | undefined {
  if (tag === 'main' && name === 'id' && value === 'app') return undefined;
  if (tag === 'a' && name === 'href') return /^(https?:|mailto:|#)/i.test(value) ? undefined : `href="${value}"`;
  if (tag === 'a' && name === 'title') return undefined;
  if (name === 'class' && ['code', 'pre', 'span'].includes(tag)) return /^[\w\s:-]*$|^language-/.test(value) ? undefined : `class="${value}"`;
  if ((tag === 'th' || tag === 'td') && name === 'style') return /^text-align:(left|right|center)$/.test(value) ? undefined : `style="${value}"`;
  if (tag === 'ol' && name === 'start') return /^\d+$/.test(value) ? undefined : `start="${value}"`;
  return `${name}="${value}"`;
}

describe('Markdown rendering: no executable HTML (XSS corpus)', () => {
  it('the analyser flags what it must (a positive control, so this test can fail)', () => {
    assert.deepStrictEqual(findings('<img src=x onerror=alert(1)>'), ['<img>', '<img src="x">', '<img onerror="alert(1)">']);
    assert.deepStrictEqual(findings('<a href="javascript:alert(1)">x</a>'), ['<a href="javascript:alert(1)">']);
    assert.deepStrictEqual(findings('<b onclick="x">y</b><svg><script></script></svg>'), ['<b onclick="x">', '<svg>', '<script>']);
    assert.deepStrictEqual(findings('<p>fine <a href="https://x.example">link</a></p>'), []);
  });

  it(`renders ${PAYLOADS.length} payloads × ${CONTEXTS.length} contexts × 2 renderers with no executable element, handler or URL`, () => {
    const failures: string[] = [];
    let rendered = 0;
    for (const payload of PAYLOADS) {
      for (const context of CONTEXTS) {
        const source = context(payload);
        for (const [name, render] of [['block', renderMarkdown], ['inline', renderInlineMarkdown]] as const) {
          const html = render(source);
          rendered++;
          const problems = findings(html);
          if (problems.length) failures.push(`${name} ${JSON.stringify(source)}\n  -> ${html}\n  ${problems.join(', ')}`);
        }
      }
    }
    console.log(`      ${PAYLOADS.length} payloads, ${rendered} renders, ${failures.length} with executable HTML`);
    assert.deepStrictEqual(failures.slice(0, 5), []);
  });

  it('keeps the harmless HTML of interview READMEs as formatting, without attributes', () => {
    assert.strictEqual(renderInlineMarkdown('Press <kbd>Ctrl</kbd>+<kbd>C</kbd>, O(n<sup>2</sup>), H<sub>2</sub>O, <b>bold</b>, <i>it</i>, line<br>break'),
      'Press <kbd>Ctrl</kbd>+<kbd>C</kbd>, O(n<sup>2</sup>), H<sub>2</sub>O, <b>bold</b>, <i>it</i>, line<br>break');
    assert.strictEqual(renderMarkdown('<details>\n<summary>Answer</summary>\n\nThe *answer*.\n\n</details>'), '<details>\n<summary>Answer</summary>\n<p>The <em>answer</em>.</p>\n</details>');
    assert.strictEqual(renderInlineMarkdown('<b class="x" onclick="y">b</b><br/>'), '<b>b</b><br>');
  });

  it('shows any other tag as text, closes what a deck leaves open and drops stray closes', () => {
    assert.strictEqual(renderInlineMarkdown('<script>alert(1)</script>'), '&lt;script&gt;alert(1)&lt;/script&gt;');
    assert.strictEqual(renderMarkdown('<b>unclosed\n\nnext'), '<p><b>unclosed</b></p>\n<p>next</p>\n');
    assert.strictEqual(renderMarkdown('<details><summary>x'), '<details><summary>x</summary></details>');
    assert.strictEqual(renderInlineMarkdown('a</b></details>b'), 'ab');
    assert.strictEqual(renderInlineMarkdown('&lt;b&gt; &#60;i&#62;'), '&lt;b&gt; &lt;i&gt;', 'entities stay text');
  });

  it('stays linear on hostile input (100,000 unclosed tags)', () => {
    const html = renderMarkdown('<b a'.repeat(100_000));
    assert.ok(!html.includes('<b>'), 'none of them is a tag');
  });

  it("the webview's CSP is unchanged: nothing inline, nothing remote, one nonce'd script", () => {
    const source = fs.readFileSync(path.join(__dirname, '../../../src/vscode/webview/webviewHtml.ts'), 'utf8');
    const directives = [...source.slice(source.indexOf('const csp = ['), source.indexOf("].join('; ')")).matchAll(/^\s*[`"](.*)[`"],$/gm)].map((m) => m[1]);
    assert.deepStrictEqual(directives, ["default-src 'none'", 'img-src ${webview.cspSource}', 'style-src ${webview.cspSource}', 'font-src ${webview.cspSource}', "script-src 'nonce-${nonce}'"]);
  });
});
