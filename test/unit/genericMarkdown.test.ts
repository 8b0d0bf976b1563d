import * as assert from 'assert';
import * as fs from 'fs';
import * as path from 'path';
import { parseGenericMarkdown } from '../../src/core/deck/genericMarkdown';
import { detectDeckFormat, parseAnyDeck } from '../../src/core/deck/parseAnyDeck';
import { Deck, ID_PATTERN, Question } from '../../src/core/deck/model';
import { generateGenericReadme } from '../../bench/parse';

const fixtures = path.resolve(__dirname, '../../../test/fixtures/generic');
const fixture = (name: string) => {
  const file = path.join(fixtures, name);
  return { file, text: fs.readFileSync(file, 'utf8') };
};
const texts = (points: readonly { text: string }[]) => points.map((p) => p.text);
const parseFixture = (name: string) => {
  const { file, text } = fixture(name);
  return { file, text, ...parseGenericMarkdown(text, file) };
};
const questionsOf = (decks: Deck[]): Question[] => decks.flatMap((d) => d.questions);
const prompts = (decks: Deck[]) => questionsOf(decks).map((q) => q.prompt);
const idsByPrompt = (decks: Deck[]) => new Map(questionsOf(decks).map((q) => [q.prompt, q.id]));
const parse = (text: string, file = '/notes/interview.md') => parseGenericMarkdown(text, file);

/** Every question is well formed, and its line is the line of its heading in the file. */
function assertWellFormed(text: string, decks: Deck[]) {
  const lines = text.split(/\r?\n/);
  const ids = new Set<string>();
  for (const deck of decks) {
    assert.ok(ID_PATTERN.test(deck.id), `deck id ${deck.id}`);
    assert.ok(deck.questions.length > 0, `deck ${deck.id} has questions`);
    for (const q of deck.questions) {
      assert.ok(ID_PATTERN.test(q.id), `question id ${q.id}`);
      assert.ok(!ids.has(q.id), `unique id ${q.id}`);
      ids.add(q.id);
      assert.strictEqual(q.topicId, deck.id);
      assert.strictEqual(q.difficulty, 'medium');
      assert.ok(q.keyPoints.length >= 1 && q.keyPoints.every((k) => k.text.trim().length > 0), `key points of ${q.id}`);
      assert.ok(q.answer.trim().length > 0);
      assert.deepStrictEqual([q.followUps, q.snippets], [[], []]);
      const words = q.prompt.replace(/[`*?]/g, '').split(/\s+/).slice(0, 3).join(' ');
      assert.ok(lines[q.line - 1].replace(/[`*?]/g, '').includes(words), `line ${q.line} of "${q.prompt}" is "${lines[q.line - 1]}"`);
      assert.doesNotMatch(q.answer, /back to top|shields\.io|<\/?details|<div/i, `answer of ${q.id} is clean`);
    }
  }
}

describe('parseGenericMarkdown', () => {
  it('reads numbered "### 12. What is X" questions under "## Section" topics', () => {
    const { text, decks, diagnostics, title } = parseFixture('python-interview-questions.md');
    assert.deepStrictEqual(diagnostics, []);
    assert.strictEqual(title, 'Python Interview Questions');
    assert.deepStrictEqual(
      decks.map((d) => [d.id, d.title, d.order, d.questions.length]),
      [
        ['python-interview-questions-basics', 'Basics', 0, 3],
        ['python-interview-questions-functions', 'Functions', 1, 3],
        ['python-interview-questions-concurrency', 'Concurrency', 2, 2],
      ],
    );
    assertWellFormed(text, decks);
    const [listVsTuple, isVsEquals, args] = decks[0].questions;
    assert.strictEqual(listVsTuple.prompt, 'What is the difference between a list and a tuple?');
    assert.strictEqual(listVsTuple.id, 'python-interview-questions-what-is-the-difference-between-a-list-and-a-tuple');
    assert.strictEqual(listVsTuple.line, 21);
    assert.match(listVsTuple.answer, /^A list is mutable/);
    assert.match(listVsTuple.answer, /\| Mutable \| yes \| no \|/, 'tables stay in the answer');
    assert.match(listVsTuple.answer, /```python\npoint = \(1, 2\)\nlookup = \{point: "A"\}\n```$/, 'ends with its code, without the back-to-top link');
    assert.deepStrictEqual(texts(listVsTuple.keyPoints), [
      'A list is mutable: you can add, remove and replace items.',
      'A tuple is immutable, so it can be used as a dictionary key when all of its items are hashable.',
    ]);
    assert.strictEqual(isVsEquals.prompt, 'Explain how `is` differs from `==`', 'a numbered heading without "?" is a question');
    assert.strictEqual(isVsEquals.line, 37);
    assert.match(isVsEquals.answer, /#### Example\n\n```python\na = \[1, 2\]/, 'a deeper heading stays in the answer');
    assert.deepStrictEqual(texts(args.keyPoints), [
      '`*args` collects extra positional arguments into a tuple',
      '`**kwargs` collects extra keyword arguments into a dict',
      'Both names are conventions; the stars do the work',
    ]);
    const generator = decks[1].questions[2];
    assert.doesNotMatch(generator.answer, /---/, 'a separator before the next section is not part of the answer');
  });

  it('reads "## Q. What is X?" questions with "↥ back to top" links and "## # Section" markers', () => {
    const { text, decks, diagnostics, title } = parseFixture('react-interview/README.md');
    assert.strictEqual(title, 'React Interview Questions');
    assert.deepStrictEqual(
      decks.map((d) => [d.id, d.questions.map((q) => q.prompt)]),
      [
        ['react-interview-basics', ['What is React?', 'What is JSX?', 'What is the difference between state and props?']],
        ['react-interview-hooks', ['What are the rules of hooks?', 'When does useEffect run?']],
        ['react-interview-performance', ['What does React.memo do?', 'Why should list items have a stable key?']],
      ],
    );
    assertWellFormed(text, decks);
    const [react, , stateProps] = decks[0].questions;
    assert.strictEqual(react.id, 'react-interview-what-is-react', 'README.md takes its folder name');
    assert.strictEqual(react.line, 19);
    assert.deepStrictEqual(texts(react.keyPoints), ['Declarative components', 'A virtual DOM that keeps updates cheap', 'One-way data flow']);
    assert.match(react.answer, /```jsx\nfunction Hello\(\{ name \}\) \{\n  return <h1>Hello, \{name\}<\/h1>;\n\}\n```$/);
    assert.match(stateProps.answer, /^\| \| props \| state \|/, 'the <details> wrapper is dropped, its content kept');
    assert.deepStrictEqual(texts(stateProps.keyPoints), ['Props are passed in by the parent and are read-only inside the child.', 'State is owned by the component and changes over time, which triggers a re-render.']);
    const memo = decks[2].questions[0];
    assert.strictEqual(memo.line, 103, '"#### Q1: ..." is a question too');
    assert.ok(!questionsOf(decks).some((q) => /contribut|license/i.test(q.prompt + q.answer)));
    assert.deepStrictEqual(
      diagnostics.map((d) => [d.line, d.severity]),
      [[95, 'warning']],
    );
    assert.match(diagnostics[0].message, /"How do you write a custom hook\?" .*no answer/);
  });

  it('reads numbered list items holding a heading ("1. ### What is X")', () => {
    const { text, decks, diagnostics, title } = parseFixture('javascript-questions/README.md');
    assert.strictEqual(title, 'JavaScript Interview Questions & Answers');
    assert.strictEqual(decks.length, 1);
    const deck = decks[0];
    assert.deepStrictEqual([deck.id, deck.title], ['javascript-questions', 'JavaScript Interview Questions & Answers']);
    assert.deepStrictEqual(prompts(decks), [
      'What are the ways to create objects in JavaScript',
      'What is the prototype chain',
      'What is the difference between call, apply and bind',
      'What is a closure',
      'What is the temporal dead zone',
    ]);
    assertWellFormed(text, decks);
    assert.deepStrictEqual(deck.questions.map((q) => q.line), [18, 33, 39, 53, 70]);
    const [objects, , callApplyBind, closure] = deck.questions;
    assert.match(objects.answer, /^There are several ways to create an object:\n\n1\. \*\*Object literal:\*\*/, 'the list item indent is removed');
    assert.match(objects.answer, /\n {3}```javascript\n {3}const person/, 'code nested deeper keeps its relative indent');
    assert.deepStrictEqual(texts(objects.keyPoints), [
      '**Object literal:** the simplest way, a list of key-value pairs in braces.',
      '**Object constructor:** `new Object()` creates an empty object.',
      '**Object.create:** creates an object whose prototype is the object you pass.',
    ]);
    assert.strictEqual(callApplyBind.keyPoints.length, 3);
    assert.match(closure.answer, /```javascript\nfunction counter\(\) \{\n {2}let count = 0;/);
    assert.ok(!prompts(decks).some((p) => /contents|disclaimer/i.test(p)));
    assert.deepStrictEqual(diagnostics.map((d) => d.line), [66], 'the item with only a back-to-top link has no answer');
  });

  it('reads plain "## What is X?" headings, skipping front matter and a TOC of links', () => {
    const { text, decks, diagnostics, title } = parseFixture('sql-questions.md');
    assert.strictEqual(title, 'SQL Interview Questions');
    assert.deepStrictEqual(decks.map((d) => [d.id, d.title]), [['sql-questions', 'SQL Interview Questions']]);
    assertWellFormed(text, decks);
    const ids = questionsOf(decks).map((q) => q.id);
    assert.deepStrictEqual(ids.slice(0, 3), ['sql-questions-what-is-a-primary-key', 'sql-questions-what-is-a-foreign-key', 'sql-questions-what-is-an-index']);
    assert.strictEqual(ids[4], 'sql-questions-what-is-an-index-2', 'a repeated question gets -2');
    assert.match(ids[3], /^sql-questions-why-would-the-planner-ignore-an-index-on-the-column-[a-z-]*-[a-z0-9]{6}$/, 'a long question is cut and hashed');
    assert.ok(ids[3].length <= 'sql-questions-'.length + 60 + 7);
    assert.strictEqual(ids[5], 'sql-questions-explain-the-difference-between-where-and-having', '"Explain ..." without "?" is a question');
    assert.deepStrictEqual(questionsOf(decks).map((q) => q.line), [13, 17, 28, 35, 41, 45], 'front matter lines still count');
    assert.deepStrictEqual(texts(questionsOf(decks)[2].keyPoints), ['Speeds up reads that filter or sort on the indexed columns', 'Slows down writes, because every index must be updated too']);
    assert.ok(!questionsOf(decks).some((q) => /Thanks|star the repository/.test(q.answer)), 'acknowledgements and support are left out');
    assert.deepStrictEqual(diagnostics.map((d) => [d.line, d.severity]), [[39, 'warning']]);
  });

  describe('ids', () => {
    const original = parseFixture('python-interview-questions.md');
    const before = idsByPrompt(original.decks);
    const untouchedKeepIds = (edited: string, changed: string[]) => {
      const after = idsByPrompt(parseGenericMarkdown(edited, original.file).decks);
      let compared = 0;
      for (const [prompt, id] of before) {
        if (changed.includes(prompt)) continue;
        assert.strictEqual(after.get(prompt), id, `id of "${prompt}"`);
        compared++;
      }
      assert.ok(compared >= before.size - changed.length && compared > 0);
      return after;
    };

    it('survive inserting a question and renumbering all the others', () => {
      const renumbered = original.text
        .replace(/^### (\d+)\. /gm, (_m, n: string) => `### ${Number(n) + 1}. `)
        .replace('## Basics\n', '## Basics\n\n### 1. What is PEP 8?\n\nThe style guide for Python code.\n');
      const after = untouchedKeepIds(renumbered, []);
      assert.strictEqual(after.size, before.size + 1);
    });

    it('survive renaming, deleting and editing the answers of other questions', () => {
      const edited = original.text
        .replace('### 5. What is a closure?', '### 5. What is a closure in Python?')
        .replace(/### 7\. What is the GIL\?[\s\S]*?(?=### 8\.)/, '')
        .replace('A list is mutable', 'A Python list is mutable');
      const after = untouchedKeepIds(edited, ['What is a closure?', 'What is the GIL?']);
      assert.ok(!after.has('What is the GIL?'));
      assert.strictEqual(after.get('What is a closure in Python?'), 'python-interview-questions-what-is-a-closure-in-python');
    });

    it('survive re-ordering questions and moving one to another section', () => {
      const text = original.text;
      const start1 = text.indexOf('### 1. ');
      const start2 = text.indexOf('### 2. ');
      const start3 = text.indexOf('### 3. ');
      const swapped = text.slice(0, start1) + text.slice(start2, start3) + text.slice(start1, start2) + text.slice(start3);
      const startGil = swapped.indexOf('### 7. ');
      const startAsync = swapped.indexOf('### 8. ');
      const gil = swapped.slice(startGil, startAsync);
      const moved = swapped.replace(gil, '').replace('## Functions\n\n', `## Functions\n\n${gil}`);
      const after = untouchedKeepIds(moved, []);
      const parsed = parseGenericMarkdown(moved, original.file);
      assert.strictEqual(parsed.decks[1].questions[0].prompt, 'What is the GIL?', 'it did move');
      assert.strictEqual(after.size, before.size);
    });

    it('number duplicates in file order and never collide with a natural "-2"', () => {
      const { decks } = parse('## What is an index?\n\nA.\n\n## What is an index 2?\n\nB.\n\n## What is an index?\n\nC.\n\n## What is an index?\n\nD.\n');
      assert.deepStrictEqual(questionsOf(decks).map((q) => q.id), ['interview-what-is-an-index', 'interview-what-is-an-index-2', 'interview-what-is-an-index-3', 'interview-what-is-an-index-4']);
    });

    it('hash only long or non-Latin questions, stably', () => {
      const long = `## ${'Why '.repeat(30)}?\n\nBecause.\n`;
      const first = questionsOf(parse(long).decks)[0].id;
      assert.strictEqual(questionsOf(parse(`## Another?\n\nYes.\n\n${long}`).decks)[1].id, first);
      assert.ok(first.length <= 'interview-'.length + 60 + 7, first);
      const [cyrillic] = questionsOf(parse('## Что такое замыкание?\n\nФункция.\n').decks);
      assert.match(cyrillic.id, /^interview-q-[a-z0-9]{6}$/);
      const [cpp, csharp] = questionsOf(parse('## What is new in C++?\n\nA.\n\n## What is new in C#?\n\nB.\n').decks);
      assert.notStrictEqual(cpp.id, csharp.id);
    });
  });

  describe('shapes', () => {
    it('recognises Q markers in their common spellings and strips them from the prompt', () => {
      const { decks } = parse(
        '# Notes\n\n## Q. What is A?\n\nA.\n\n## Q1: What is B\n\nB.\n\n## Q 2) What is C\n\nC.\n\n## Question 3: What is D\n\nD.\n\n## **Q4.** What is E\n\nE.\n\n## 🔹 5. What is F?\n\nF.\n',
      );
      assert.deepStrictEqual(prompts(decks), ['What is A?', 'What is B', 'What is C', 'What is D', 'What is E', 'What is F?']);
      assert.strictEqual(decks[0].id, 'interview');
      assert.strictEqual(decks[0].title, 'Notes');
    });

    it('keeps "Answer" headings and deeper headings inside the answer', () => {
      const { decks } = parse(
        "###### 1. What's the output?\n\n```js\nconsole.log(1)\n```\n\n- A: `1`\n- B: `undefined`\n\n<details><summary><b>Answer</b></summary>\n<p>\n\n#### Answer: A\n\nIt logs 1.\n\n</p>\n</details>\n\n---\n\n###### 2. What else?\n\nNothing.\n",
      );
      const [first, second] = questionsOf(decks);
      assert.strictEqual(first.id, 'interview-whats-the-output');
      assert.match(first.answer, /- B: `undefined`\n\n#### Answer: A\n\nIt logs 1\.$/);
      assert.deepStrictEqual(texts(first.keyPoints), ['It logs 1.'], 'multiple-choice options are not key points');
      assert.strictEqual(second.prompt, 'What else?');
    });

    it('takes setext headings and CRLF line endings', () => {
      const { decks } = parse('Title\r\n=====\r\n\r\nWhat is X?\r\n----------\r\n\r\nX is a letter.\r\n');
      assert.deepStrictEqual(questionsOf(decks).map((q) => [q.prompt, q.line, q.answer]), [['What is X?', 4, 'X is a letter.']]);
      assert.strictEqual(decks[0].title, 'Title');
      const oldMac = parse('# T\r\r## What is Y?\r\rY.\r');
      assert.deepStrictEqual(questionsOf(oldMac.decks).map((q) => [q.line, q.answer]), [[3, 'Y.']], 'a lone CR is a line break, as markdown-it counts');
    });

    it('nests sections: the nearest heading above the questions is the topic', () => {
      const { decks } = parse('# Book\n\n## Java\n\n### Collections\n\n#### 1. What is a HashMap?\n\nA map.\n\n### Streams\n\n#### 2. What is a stream?\n\nA pipeline.\n');
      assert.deepStrictEqual(decks.map((d) => [d.id, d.title, d.questions.length]), [['interview-collections', 'Collections', 1], ['interview-streams', 'Streams', 1]]);
    });

    it('puts questions before any section in a deck named after the H1, or the file', () => {
      const withH1 = parse('# My notes\n\n## What is A?\n\nA.\n\n## Part two\n\n### What is B?\n\nB.\n');
      assert.deepStrictEqual(withH1.decks.map((d) => [d.id, d.title]), [['interview', 'My notes'], ['interview-part-two', 'Part two']]);
      const noH1 = parseGenericMarkdown('## What is A?\n\nA.\n', '/repo/Go Questions.md');
      assert.deepStrictEqual(noH1.decks.map((d) => [d.id, d.title]), [['go-questions', 'Go Questions']]);
      assert.strictEqual(noH1.title, 'Go Questions');
    });

    it('does not file questions under a same-level preface heading that has text of its own', () => {
      const { decks } = parse('# Q&A\n\n## Introduction\n\nThese are my notes.\n\n## What is A?\n\nA.\n');
      assert.deepStrictEqual(decks.map((d) => d.id), ['interview']);
    });

    it('takes 1 to 3 sentences as key points when the answer has no list', () => {
      const [q] = questionsOf(parse('## Why?\n\n**Short answer:**\n\nOne, e.g. this. Two is here. Three! Four is too many.\n').decks);
      assert.deepStrictEqual(texts(q.keyPoints), ['One, e.g. this.', 'Two is here.', 'Three!']);
      const [code] = questionsOf(parse('## What does this print?\n\n```python\nprint(1)\n```\n').decks);
      assert.deepStrictEqual(texts(code.keyPoints), ['print(1)'], 'an answer of only code still gets a key point');
    });
  });

  describe('left out', () => {
    it('badges, tables of contents and back-to-top links inside an answer', () => {
      const [q] = questionsOf(
        parse(
          '## What is A?\n\n[![npm](https://img.shields.io/npm/v/a.svg)](https://npm.im/a) ![ci](https://github.com/a/a/workflows/ci/badge.svg)\n\nA is a letter.\n\n- [What is B?](#what-is-b)\n- [What is C?](#what-is-c)\n\n![diagram](docs/a.png)\n\n[↑ Back to top](#top)\n\n**[⬆ back to top](#table-of-contents)**\n\n---\n',
        ).decks,
      );
      assert.strictEqual(q.answer, 'A is a letter.\n\n![diagram](docs/a.png)', 'a plain image is content, a badge is not');
      assert.deepStrictEqual(texts(q.keyPoints), ['A is a letter.']);
    });

    it('license, contributing, acknowledgements, support and sponsors sections, even with questions in them', () => {
      for (const heading of ['License', 'LICENSE', 'Licence', '10. License', 'Contributing', 'How to contribute', 'Acknowledgements', '🙏 Acknowledgments', 'Support', 'Sponsors', 'Table of Contents', 'Contents']) {
        const { decks } = parse(`## What is A?\n\nA.\n\n## ${heading}\n\nWhat is this? Read on.\n\n### How do I help?\n\nSend a pull request.\n`);
        assert.deepStrictEqual(prompts(decks), ['What is A?'], heading);
        assert.strictEqual(questionsOf(decks)[0].answer, 'A.', heading);
      }
    });

    it('headings with no answer text, with a warning at their line', () => {
      const { decks, diagnostics } = parse('# T\n\n## What is A?\n\n## What is B?\n\n<br/>\n\n---\n\n## What is C?\n\nC.\n');
      assert.deepStrictEqual(prompts(decks), ['What is C?']);
      assert.deepStrictEqual(diagnostics.map((d) => [d.line, d.severity]), [[3, 'warning'], [5, 'warning']]);
    });

    it('a file with no questions gives a warning, not decks', () => {
      for (const text of ['', '# Just a title\n\nSome prose.\n', '\u0000\u0001---\u0000', '- [A](#a)\n- [B](#b)\n', '## Installation\n\nnpm i\n\n## Usage\n\nRun it.\n']) {
        const { decks, diagnostics } = parse(text);
        assert.deepStrictEqual(decks, []);
        assert.deepStrictEqual(diagnostics.map((d) => [d.line, d.severity]), [[1, 'warning']]);
        assert.match(diagnostics[0].message, /No questions found/);
      }
    });
  });

  it('reads a generated 500-question README (not timed)', () => {
    const text = generateGenericReadme(500);
    assert.ok(text.length > 400_000);
    const { decks, diagnostics } = parseGenericMarkdown(text, '/bench/interview-questions.md');
    assert.deepStrictEqual(diagnostics, []);
    assert.strictEqual(decks.length, 20);
    assert.strictEqual(questionsOf(decks).length, 500);
    assertWellFormed(text, decks);
  });
});

describe('detectDeckFormat and parseAnyDeck', () => {
  const native = fs.readFileSync(path.resolve(__dirname, '../../../test/fixtures/decks/good/http.md'), 'utf8');

  it('tells native decks from other Markdown', () => {
    assert.strictEqual(detectDeckFormat(native), 'native');
    assert.strictEqual(detectDeckFormat('---\nid: new-deck\ntitle: New deck\n---\n\n# New deck\n'), 'native', 'front matter alone');
    assert.strictEqual(detectDeckFormat('## Q\n\n- id: q\n\n### Answer\n\nA\n'), 'native', 'ids without front matter: report the missing front matter');
    for (const name of ['python-interview-questions.md', 'react-interview/README.md', 'javascript-questions/README.md', 'sql-questions.md']) {
      assert.strictEqual(detectDeckFormat(fixture(name).text), 'generic', name);
    }
    assert.strictEqual(detectDeckFormat('---\nid: page\ntitle: Page\n---\n\n## What is A?\n\nA.\n'), 'generic', 'front matter but no question ids');
    assert.strictEqual(detectDeckFormat('---\nlayout: page\n---\n\n## Q\n\n- id: q\n'), 'generic', 'front matter without id and title');
    assert.strictEqual(detectDeckFormat('# Notes\n\n```markdown\n## Q\n\n- id: q\n```\n'), 'generic', 'ids inside code do not count');
  });

  it('dispatches to the parser of the format', () => {
    const nativeResult = parseAnyDeck(native, '/decks/http.md');
    assert.strictEqual(nativeResult.format, 'native');
    assert.strictEqual(nativeResult.title, 'HTTP basics');
    assert.deepStrictEqual(nativeResult.decks.map((d) => d.id), ['http']);
    const { file, text } = fixture('python-interview-questions.md');
    const generic = parseAnyDeck(text, file);
    assert.strictEqual(generic.format, 'generic');
    assert.strictEqual(generic.title, 'Python Interview Questions');
    assert.strictEqual(generic.decks.length, 3);
    const missing = parseAnyDeck('## Q\n\n- id: q\n- snippet: snippets/missing.py\n\n### Answer\n\nA\n\n### Key points\n\n- k\n', '/decks/x.md', { fileExists: () => false });
    assert.ok(missing.diagnostics.some((d) => /Missing front matter/.test(d.message)));
    assert.ok(missing.diagnostics.some((d) => /does not exist/.test(d.message)), 'options reach the native parser');
  });
});
