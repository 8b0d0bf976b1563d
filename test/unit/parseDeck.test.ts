import * as assert from 'assert';
import * as fs from 'fs';
import * as path from 'path';
import { parseDeck } from '../../src/core/deck/parseDeck';

const fixtures = path.resolve(__dirname, '../../../test/fixtures/decks');
const read = (file: string) => fs.readFileSync(path.join(fixtures, file), 'utf8');

describe('parseDeck', () => {
  it('reads front matter, questions, sections and snippets with their lines', () => {
    const file = path.join(fixtures, 'good/http.md');
    const { deck, diagnostics } = parseDeck(read('good/http.md'), file, { fileExists: fs.existsSync });
    assert.deepStrictEqual(diagnostics, []);
    assert.ok(deck);
    assert.strictEqual(deck.id, 'http');
    assert.strictEqual(deck.title, 'HTTP basics');
    assert.strictEqual(deck.order, 2);
    assert.deepStrictEqual(deck.tags, ['http', 'web']);
    assert.deepStrictEqual(deck.synonyms, { idempotent: ['same effect', 'repeatable'], put: ['replace'] });
    assert.deepStrictEqual(deck.questions.map((q) => q.id), ['http-idempotent', 'http-get-safe']);
    const [first, second] = deck.questions;
    assert.strictEqual(first.prompt, 'What makes a method idempotent?');
    assert.strictEqual(first.difficulty, 'easy');
    assert.strictEqual(first.line, 15);
    assert.strictEqual(first.topicId, 'http');
    assert.match(first.answer, /^Repeating the request has the \*\*same effect\*\*/);
    assert.match(first.answer, /```python\nassert put\(x\)/);
    assert.deepStrictEqual(first.keyPoints.map((k) => k.text), ['Same effect when repeated', '`PUT` and `DELETE` are idempotent, `POST` is not']);
    assert.deepStrictEqual(first.followUps, ['Is `PATCH` idempotent?']);
    assert.deepStrictEqual(first.snippets, [path.join(fixtures, 'good/snippets/idempotent.py')]);
    assert.strictEqual(second.difficulty, 'medium', 'difficulty defaults to medium');
    assert.match(second.answer, /#### A detail heading inside the answer\n\nStill part of the answer\./);
    assert.deepStrictEqual(second.followUps, []);
  });

  it('reads a key point\'s "also:" alternatives and "not:" contradictions, and warns on other sub-bullets', () => {
    const text = [
      '---', 'id: rest', 'title: REST', '---', '', '## Is REST stateless?', '', '- id: rest-stateless', '', '### Answer', '', 'Yes.', '',
      '### Key points', '',
      '- The server keeps no session between requests',
      '  - also: stateless; no server-side session ;  each request is self-contained',
      '  - not: the server remembers the session',
      '  - a stray note',
      '- Requests carry their own auth',
      '  - also:',
      '',
    ].join('\n');
    const { deck, diagnostics } = parseDeck(text, '/decks/rest.md');
    assert.deepStrictEqual(deck?.questions[0].keyPoints, [
      {
        text: 'The server keeps no session between requests',
        alternatives: ['stateless', 'no server-side session', 'each request is self-contained'],
        contradictions: ['the server remembers the session'],
      },
      { text: 'Requests carry their own auth', alternatives: [], contradictions: [] },
    ]);
    assert.deepStrictEqual(diagnostics.map((d) => [d.line, d.severity]), [[19, 'warning'], [21, 'warning']]);
    assert.match(diagnostics[0].message, /use "- also: \.\.\."/);
    assert.match(diagnostics[1].message, /"also:" has nothing after it/);
  });

  it('reports every problem with its line and keeps the questions that are fine', () => {
    const file = path.join(fixtures, 'broken/problems.md');
    const { deck, diagnostics } = parseDeck(read('broken/problems.md'), file, { fileExists: fs.existsSync });
    const lines = diagnostics.map((d) => `${d.line} ${d.severity}: ${d.message}`);
    const expect = (pattern: RegExp, line: number, severity = 'error') =>
      assert.ok(diagnostics.some((d) => pattern.test(d.message) && d.line === line && d.severity === severity), `expected ${pattern} on line ${line} in:\n${lines.join('\n')}`);
    expect(/Unknown front matter key "colour"/, 2, 'warning');
    expect(/"No id here" has no id/, 7);
    expect(/Difficulty "extreme"/, 20);
    expect(/leaves the deck's folder/, 21);
    expect(/snippets\/missing\.py" does not exist/, 22);
    expect(/Unknown metadata key "colour"/, 23);
    expect(/Duplicate question id "fine-q" \(first used on line 19\)/, 35);
    expect(/"no-answer" has no answer/, 45);
    expect(/"no-points" has no key points/, 53);
    expect(/Unknown section "Wisdom"/, 61, 'warning');
    assert.ok(deck);
    assert.deepStrictEqual(deck.questions.map((q) => q.id), ['fine-q']);
    assert.deepStrictEqual(deck.questions[0].snippets, [], 'bad snippet paths are dropped');
    assert.strictEqual(deck.questions[0].difficulty, 'medium');
  });

  it('reports invalid YAML at its file line and still reads the questions', () => {
    const { deck, diagnostics } = parseDeck(read('broken/bad-yaml.md'), '/decks/bad-yaml.md');
    assert.ok(diagnostics.some((d) => d.line >= 2 && d.line <= 4 && /not valid YAML/.test(d.message)), JSON.stringify(diagnostics));
    assert.ok(deck);
    assert.strictEqual(deck.id, 'bad-yaml', 'falls back to the file name');
    assert.deepStrictEqual(deck.questions.map((q) => q.id), ['bad-q']);
  });

  const malformed: [string, string, RegExp][] = [
    ['empty file', '', /Missing front matter/],
    ['no front matter', '## Q\n\n- id: q\n\n### Answer\n\nA\n\n### Key points\n\n- k\n', /Missing front matter/],
    ['unclosed front matter', '---\nid: x\n', /not closed/],
    ['front matter that is a list', '---\n- a\n- b\n---\n', /must be a YAML mapping/],
    ['bad topic id', '---\nid: Not Valid\ntitle: T\n---\n', /lowercase letters/],
    ['order that is text', '---\nid: t\ntitle: T\norder: first\n---\n', /"order" must be a number/],
    ['synonyms that are a list', '---\nid: t\ntitle: T\nsynonyms: [a, b]\n---\n', /"synonyms" must map a term/],
    ['synonyms with a number', '---\nid: t\ntitle: T\nsynonyms:\n  a: 3\n---\n', /synonyms for "a" must be/],
    ['tags that are not a list', '---\nid: t\ntitle: T\ntags: 3\n---\n', /"tags" must be a list/],
    ['metadata that is not key: value', '---\nid: t\ntitle: T\n---\n## Q\n\n- just words\n', /Metadata lines are "key: value"/],
    ['question id with capitals', '---\nid: t\ntitle: T\n---\n## Q\n\n- id: Bad_Id\n', /lowercase letters, digits and dashes/],
    ['empty heading', '---\nid: t\ntitle: T\n---\n##\n\n- id: q\n', /heading is empty/],
    ['binary garbage', '\u0000\u0001\u0002---\u0000', /Missing front matter/],
    ['absolute snippet path', '---\nid: t\ntitle: T\n---\n## Q\n\n- id: q\n- snippet: /etc/passwd\n\n### Answer\n\nA\n\n### Key points\n\n- k\n', /leaves the deck's folder/],
  ];
  for (const [name, text, pattern] of malformed) {
    it(`never throws on ${name}`, () => {
      const { diagnostics } = parseDeck(text, '/decks/x.md');
      assert.ok(diagnostics.some((d) => pattern.test(d.message)), JSON.stringify(diagnostics));
      assert.ok(diagnostics.every((d) => d.file === '/decks/x.md' && d.line >= 1));
    });
  }

  it('warns about a deck with no questions', () => {
    const { deck, diagnostics } = parseDeck('---\nid: t\ntitle: T\n---\n# Only a title\n', '/decks/t.md');
    assert.strictEqual(deck?.questions.length, 0);
    assert.match(diagnostics[0].message, /no questions/);
    assert.strictEqual(diagnostics[0].severity, 'warning');
  });
});
