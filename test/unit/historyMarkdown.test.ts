/** Past answers open in VS Code's Markdown preview, which renders HTML and loads images (probe §2.3). */
import * as assert from 'assert';
import { historyMarkdown } from '../../src/core/progress/historyMarkdown';
import { question, review } from './builders';

describe('past answers as Markdown', () => {
  it('shows HTML and images from a prompt or an answer as text, so the preview loads nothing', () => {
    const q = { ...question('q', 't'), prompt: 'What is X <img src="https://tracker.example/p.png">?' };
    const markdown = historyMarkdown(q, [{ ...review('q', '2026-11-24T10:00:00.000Z'), answer: 'See ![x](https://tracker.example/a.png) & <b>this</b>' }]);
    assert.ok(markdown.startsWith('# What is X &lt;img src="https://tracker.example/p.png"&gt;?\n'));
    assert.match(markdown, /^> See !\\\[x\]\(https:\/\/tracker\.example\/a\.png\) &amp; &lt;b&gt;this&lt;\/b&gt;$/m);
    assert.doesNotMatch(markdown, /<img|<b>|[^\\]!\[/);
  });
});
