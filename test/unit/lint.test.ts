import * as assert from 'assert';
import { spawnSync } from 'child_process';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';

const root = path.resolve(__dirname, '../../..');
const cli = path.join(root, 'dist', 'cli.js');

interface Run {
  status: number | null;
  stdout: string;
  stderr: string;
}

/** Runs the built `interview-coach` command (dist/cli.js) as a user would. */
function run(args: string[], cwd = root): Run {
  const result = spawnSync(process.execPath, [cli, ...args], { cwd, encoding: 'utf8' });
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}

interface JsonOutput {
  decks: { file: string; title: string; format: string; questions: number; topics: number }[];
  diagnostics: { file: string; line: number; severity: string; message: string }[];
}

const DIAGNOSTIC_LINE = /^(.+):(\d+): (error|warning): (.+)$/;

describe('interview-coach lint (dist/cli.js)', function () {
  this.timeout(20000);

  before(() => {
    // `npm run test:unit` does not run esbuild: build just the CLI the way esbuild.js does, every
    // time, so the tests never run a stale bundle.
    const esbuild = require(path.join(root, 'node_modules', 'esbuild')) as typeof import('esbuild');
    esbuild.buildSync({ absWorkingDir: root, entryPoints: ['src/cli/main.ts'], outfile: 'dist/cli.js', bundle: true, platform: 'node', format: 'cjs', target: 'node20', banner: { js: '#!/usr/bin/env node' }, logLevel: 'silent' });
  });

  it('starts with a node shebang so it can be an npm bin', () => {
    assert.match(fs.readFileSync(cli, 'utf8').split('\n')[0], /^#!\/usr\/bin\/env node$/);
  });

  it('passes good native decks with exit 0, skipping the README beside them', () => {
    const result = run(['lint', 'test/fixtures/decks/good']);
    assert.strictEqual(result.status, 0, result.stdout + result.stderr);
    assert.strictEqual(result.stdout, '2 files, 2 topics, 3 questions: 0 errors, 0 warnings.\n');
    assert.strictEqual(result.stderr, '');
  });

  it('prints "file:line: severity: message" relative to cwd and exits 1 on errors', () => {
    const result = run(['lint', 'test/fixtures/decks/broken/problems.md']);
    assert.strictEqual(result.status, 1);
    const lines = result.stdout.trimEnd().split('\n');
    const summary = lines.pop();
    assert.match(summary ?? '', /^1 file, 1 topic, 1 question: \d+ errors, 2 warnings\.$/);
    for (const line of lines) assert.match(line, DIAGNOSTIC_LINE);
    assert.ok(lines.includes('test/fixtures/decks/broken/problems.md:2: warning: Unknown front matter key "colour".'), lines.join('\n'));
    assert.ok(lines.includes('test/fixtures/decks/broken/problems.md:7: error: Question "No id here" has no id: add "- id: some-stable-id" under its heading.'));
    assert.ok(lines.includes('test/fixtures/decks/broken/problems.md:22: error: Snippet "snippets/missing.py" does not exist.'), 'snippets are checked on disk');
    const numbers = lines.map((line) => Number(DIAGNOSTIC_LINE.exec(line)?.[2]));
    assert.deepStrictEqual(numbers, [...numbers].sort((a, b) => a - b), 'sorted by line');
  });

  it('reads generic Markdown: warnings only, exit 0, paths relative to the cwd it runs in', () => {
    const result = run(['lint', 'generic'], path.join(root, 'test/fixtures'));
    assert.strictEqual(result.status, 0, result.stdout + result.stderr);
    assert.strictEqual(
      result.stdout,
      [
        'generic/javascript-questions/README.md:66: warning: "What is hoisting" looks like a question but has no answer text under it; it is left out.',
        'generic/react-interview/README.md:95: warning: "How do you write a custom hook?" looks like a question but has no answer text under it; it is left out.',
        'generic/sql-questions.md:39: warning: "What is normalisation?" looks like a question but has no answer text under it; it is left out.',
        '4 files, 8 topics, 26 questions: 0 errors, 3 warnings.',
        '',
      ].join('\n'),
    );
  });

  it('reports question and topic ids used in another file', () => {
    const result = run(['lint', 'test/fixtures/lint/dup-a.md', 'test/fixtures/lint/dup-b.md']);
    assert.strictEqual(result.status, 1);
    assert.strictEqual(
      result.stdout,
      [
        'test/fixtures/lint/dup-b.md:2: error: Topic id "caching" is already used by test/fixtures/lint/dup-a.md.',
        'test/fixtures/lint/dup-b.md:22: error: Duplicate question id "shared-question" (also in test/fixtures/lint/dup-a.md:10).',
        '2 files, 2 topics, 3 questions: 2 errors, 0 warnings.',
        '',
      ].join('\n'),
    );
  });

  it('prints a JSON summary with --json, one entry per file', () => {
    const result = run(['lint', '--json', 'test/fixtures/generic', 'test/fixtures/decks/broken/problems.md']);
    assert.strictEqual(result.status, 1, 'errors still fail the run');
    const output = JSON.parse(result.stdout) as JsonOutput;
    assert.deepStrictEqual(Object.keys(output), ['decks', 'diagnostics']);
    assert.deepStrictEqual(output.decks, [
      { file: 'test/fixtures/generic/javascript-questions/README.md', title: 'JavaScript Interview Questions & Answers', format: 'generic', questions: 5, topics: 1 },
      { file: 'test/fixtures/generic/python-interview-questions.md', title: 'Python Interview Questions', format: 'generic', questions: 8, topics: 3 },
      { file: 'test/fixtures/generic/react-interview/README.md', title: 'React Interview Questions', format: 'generic', questions: 7, topics: 3 },
      { file: 'test/fixtures/generic/sql-questions.md', title: 'SQL Interview Questions', format: 'generic', questions: 6, topics: 1 },
      { file: 'test/fixtures/decks/broken/problems.md', title: 'Problems', format: 'native', questions: 1, topics: 1 },
    ]);
    for (const d of output.diagnostics) {
      assert.deepStrictEqual(Object.keys(d), ['file', 'line', 'severity', 'message']);
      assert.ok(Number.isInteger(d.line) && d.line >= 1);
      assert.ok(d.severity === 'error' || d.severity === 'warning');
    }
    assert.ok(output.diagnostics.some((d) => d.file === 'test/fixtures/decks/broken/problems.md' && d.line === 7 && d.severity === 'error'));
    assert.ok(output.diagnostics.some((d) => d.file === 'test/fixtures/generic/sql-questions.md' && d.line === 39 && d.severity === 'warning'));
  });

  it('searches folders recursively for *.md, skipping node_modules and dot-folders', () => {
    const tree = fs.mkdtempSync(path.join(os.tmpdir(), 'interview-coach-lint-'));
    try {
      const broken = '---\nid: broken\n---\n## Q\n\n- id: Bad Id\n';
      fs.mkdirSync(path.join(tree, 'node_modules', 'pkg'), { recursive: true });
      fs.writeFileSync(path.join(tree, 'node_modules', 'pkg', 'README.md'), broken);
      fs.mkdirSync(path.join(tree, '.git'));
      fs.writeFileSync(path.join(tree, '.git', 'notes.md'), broken);
      fs.mkdirSync(path.join(tree, 'notes', 'deep'), { recursive: true });
      fs.writeFileSync(path.join(tree, 'notes', 'deep', 'go.md'), '# Go\n\n## What is a goroutine?\n\nA lightweight thread managed by the Go runtime.\n');
      fs.writeFileSync(path.join(tree, 'notes', 'todo.txt'), broken);
      const result = run(['lint', '--json', '.'], tree);
      assert.strictEqual(result.status, 0, result.stdout + result.stderr);
      const output = JSON.parse(result.stdout) as JsonOutput;
      assert.deepStrictEqual(output, { decks: [{ file: path.join('notes', 'deep', 'go.md'), title: 'Go', format: 'generic', questions: 1, topics: 1 }], diagnostics: [] });
    } finally {
      fs.rmSync(tree, { recursive: true, force: true });
    }
  });

  it('lints the built-in question bank without crashing', () => {
    const result = run(['lint', '--json', 'questions']);
    assert.ok(result.status === 0 || result.status === 1, result.stderr);
    const output = JSON.parse(result.stdout) as JsonOutput;
    assert.ok(output.decks.every((d) => d.format === 'native'), 'the bank is native; its README is skipped');
  });

  describe('usage', () => {
    const usageErrors: [string, string[], RegExp, boolean][] = [
      ['no arguments', [], /^Usage: interview-coach lint/, true],
      ['an unknown command', ['check', 'x.md'], /unknown command "check"/, true],
      ['lint without paths', ['lint'], /name the deck files or folders/, true],
      ['lint with only --json', ['lint', '--json'], /name the deck files or folders/, true],
      ['an unknown option', ['lint', '--fix', 'questions'], /unknown option "--fix"/, true],
      ['a path that does not exist', ['lint', 'no/such/deck.md'], /^interview-coach: no such file or folder: no\/such\/deck\.md\n$/, false],
    ];
    for (const [name, args, message, withUsage] of usageErrors) {
      it(`exits 2 on ${name}`, () => {
        const result = run(args);
        assert.strictEqual(result.status, 2);
        assert.strictEqual(result.stdout, '');
        assert.match(result.stderr, message);
        if (withUsage) assert.match(result.stderr, /Usage: interview-coach lint <files or folders\.\.\.> \[--json\]/);
      });
    }

    for (const args of [['--help'], ['-h'], ['lint', '--help'], ['lint', 'questions', '-h']]) {
      it(`prints the usage with exit 0 for ${args.join(' ')}`, () => {
        const result = run(args);
        assert.strictEqual(result.status, 0);
        assert.match(result.stdout, /^Usage: interview-coach lint <files or folders\.\.\.> \[--json\]/);
        assert.match(result.stdout, /Exit status: 0 when there are no errors/);
        assert.strictEqual(result.stderr, '');
      });
    }
  });
});
