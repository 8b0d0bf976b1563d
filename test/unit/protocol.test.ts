import * as assert from 'assert';
import { isMockRequest, isPanelRequest, isReviewRequest, parsePersistedState, parseQuizFromWebview } from '../../src/shared/protocol/quiz';
import { renderInlineMarkdown, renderMarkdown } from '../../src/core/markdown/renderMarkdown';

describe('webview protocol', () => {
  it('accepts the closed set of requests', () => {
    for (const type of ['ready', 'openSnippet', 'runSnippet', 'resetSnippet', 'keepPractising', 'showHistory', 'mockFinish', 'mockSave']) {
      assert.deepStrictEqual(parseQuizFromWebview({ type, extra: 'dropped' }), { type });
    }
    assert.deepStrictEqual(parseQuizFromWebview({ type: 'reveal', answer: 'x' }), { type: 'reveal', answer: 'x' });
    assert.deepStrictEqual(parseQuizFromWebview({ type: 'grade', grade: 4 }), { type: 'grade', grade: 4 });
    assert.deepStrictEqual(parseQuizFromWebview({ type: 'setMode', mode: 'flashcard' }), { type: 'setMode', mode: 'flashcard' });
    assert.deepStrictEqual(parseQuizFromWebview({ type: 'mockSubmit', answer: 'a' }), { type: 'mockSubmit', answer: 'a' });
    assert.deepStrictEqual(parseQuizFromWebview({ type: 'mockGrade', index: 2, grade: 1 }), { type: 'mockGrade', index: 2, grade: 1 });
  });

  it('rejects anything else', () => {
    for (const bad of [null, 'ready', 42, {}, { type: 'executeCommand', command: 'workbench.action.terminal.new' }, { type: 'grade', grade: 5 }, { type: 'grade', grade: '3' }, { type: 'reveal' }, { type: 'setMode', mode: 'voice' }, { type: 'mockGrade', index: -1, grade: 3 }, { type: 'mockGrade', index: 1.5, grade: 3 }, { type: 'mockSubmit' }]) {
      assert.strictEqual(parseQuizFromWebview(bad), undefined, JSON.stringify(bad));
    }
  });

  it('does not mistake an object\'s built-in properties for message types', () => {
    for (const type of ['constructor', 'toString', '__proto__', 'hasOwnProperty']) assert.strictEqual(parseQuizFromWebview({ type }), undefined, type);
  });

  it('gives every request exactly one owner: the panel, the daily review or the mock interview', () => {
    const owners = (type: string) => [isPanelRequest, isReviewRequest, isMockRequest].filter((guard) => guard({ type })).length;
    for (const type of ['openSnippet', 'runSnippet', 'resetSnippet', 'showHistory', 'reveal', 'grade', 'keepPractising', 'setMode', 'mockSubmit', 'mockFinish', 'mockGrade', 'mockSave']) {
      assert.strictEqual(owners(type), 1, type);
    }
    assert.strictEqual(owners('ready'), 0, 'the handshake belongs to the panel host');
    assert.ok(isReviewRequest({ type: 'grade' }) && !isMockRequest({ type: 'grade' }));
    assert.ok(isMockRequest({ type: 'mockGrade' }) && !isReviewRequest({ type: 'mockGrade' }));
  });

  it('caps the typed answer', () => {
    const message = parseQuizFromWebview({ type: 'reveal', answer: 'x'.repeat(50_000) });
    assert.strictEqual(message?.type === 'reveal' && message.answer.length, 20_000);
  });

  it('reads persisted state defensively', () => {
    assert.deepStrictEqual(parsePersistedState({ topicIds: ['rest'], questionId: 5, draft: 'd' }), { topicIds: ['rest'], questionId: undefined, draft: 'd' });
    assert.deepStrictEqual(parsePersistedState({ topicIds: [1] }).topicIds, undefined);
    assert.deepStrictEqual(parsePersistedState('nonsense'), {});
  });
});

describe('renderMarkdown (untrusted deck content)', () => {
  it('escapes raw HTML, drops images and unsafe links, keeps web links', () => {
    const html = renderMarkdown('<img src=x onerror=alert(1)>\n\n![pic](https://example.com/a.png) [bad](javascript:alert(1)) [ok](https://docs.djangoproject.com/)');
    assert.doesNotMatch(html, /<img/);
    assert.doesNotMatch(html, /href="javascript/);
    assert.match(html, /&lt;img src=x onerror=alert\(1\)&gt;/);
    assert.match(html, /<a href="https:\/\/docs\.djangoproject\.com\/">ok<\/a>/);
  });

  it('highlights known languages with classes and leaves others plain', () => {
    assert.match(renderMarkdown('```python\ndef f(): return 1\n```'), /<span class="hljs-keyword">def<\/span>/);
    assert.match(renderMarkdown('```nosuchlang\nx\n```'), /<pre><code class="language-nosuchlang">x\n<\/code><\/pre>/);
    assert.strictEqual(renderInlineMarkdown('`a` and **b**'), '<code>a</code> and <strong>b</strong>');
  });
});
