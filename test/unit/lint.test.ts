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
  const result = spawnSync(process.execPath, [cli, ...args], { cwd, encoding: 'utf8', timeout: 15_000 });
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
      { file: 'test/fixtures/generic/javascript-questions/README.md', title: 'JavaScript Interview Questions & Answers', format: 'generic', questions: 5, topics: 1, exercises: 0 },
      { file: 'test/fixtures/generic/python-interview-questions.md', title: 'Python Interview Questions', format: 'generic', questions: 8, topics: 3, exercises: 0 },
      { file: 'test/fixtures/generic/react-interview/README.md', title: 'React Interview Questions', format: 'generic', questions: 7, topics: 3, exercises: 0 },
      { file: 'test/fixtures/generic/sql-questions.md', title: 'SQL Interview Questions', format: 'generic', questions: 6, topics: 1, exercises: 0 },
      { file: 'test/fixtures/decks/broken/problems.md', title: 'Problems', format: 'native', questions: 1, topics: 1, exercises: 0 },
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
      assert.deepStrictEqual(output, { decks: [{ file: path.join('notes', 'deep', 'go.md'), title: 'Go', format: 'generic', questions: 1, topics: 1, exercises: 0 }], diagnostics: [] });
    } finally {
      fs.rmSync(tree, { recursive: true, force: true });
    }
  });

  it('checks the exercises beside a deck folder and counts them per deck', () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'lint-exercises-'));
    try {
      const deck = ['---', 'id: orm', 'title: ORM', '---', '', '## What is N+1?', '', '- id: orm-n-plus-one', '', '### Answer', '', 'A query per row.', '', '### Key points', '', '- One query per row', ''];
      fs.writeFileSync(path.join(dir, 'orm.md'), deck.join('\n'));
      const exercise = (id: string, question: string, parts: string[]) => {
        const folder = path.join(dir, 'exercises', id);
        for (const part of parts) fs.mkdirSync(path.join(folder, part), { recursive: true });
        if (parts.includes('starter')) fs.writeFileSync(path.join(folder, 'starter', 'views.py'), 'x = 1\n');
        if (parts.includes('solution')) fs.writeFileSync(path.join(folder, 'solution', 'views.py'), 'x = 2\n');
        if (parts.includes('checks')) fs.writeFileSync(path.join(folder, 'checks', 'test_views.py'), 'import unittest\n');
        fs.writeFileSync(path.join(folder, 'exercise.yml'), `id: ${id}\nquestion: ${question}\ntitle: Fix it\nbrief: It is wrong.\nmain: views.py\n`);
      };
      exercise('fix-n-plus-one', 'orm-n-plus-one', ['starter', 'solution', 'checks']);
      exercise('no-checks', 'orm-n-plus-one', ['starter', 'solution']);
      exercise('unknown-question', 'orm-nothing', ['starter', 'solution', 'checks']);
      fs.symlinkSync('/etc/passwd', path.join(dir, 'exercises', 'fix-n-plus-one', 'starter', 'leak.py'));
      const result = run(['lint', dir, '--json']);
      assert.strictEqual(result.status, 1, result.stderr);
      const output = JSON.parse(result.stdout) as JsonOutput;
      assert.deepStrictEqual(output.decks.map((d) => [path.basename(d.file), d.questions, (d as { exercises?: number }).exercises]), [['orm.md', 1, 1]]);
      const problems = output.diagnostics.map((d) => [path.relative(dir, path.resolve(root, d.file)), d.line, d.message]);
      assert.deepStrictEqual(problems, [
        [path.join('exercises', 'fix-n-plus-one', 'starter', 'leak.py'), 1, 'A symbolic link out of the exercise folder: exercise files must be inside it.'],
        [path.join('exercises', 'no-checks', 'exercise.yml'), 1, 'The exercise has no checks/ folder with files in it.'],
        [path.join('exercises', 'unknown-question', 'exercise.yml'), 2, 'No deck has the question "orm-nothing".'],
      ]);
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });

  it('checks the vocabulary.yml of a deck folder, with file and line, and the bank\'s passes', () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'lint-vocabulary-'));
    try {
      const deck = ['---', 'id: orm', 'title: ORM', '---', '', '## What is N+1?', '', '- id: orm-n-plus-one', '', '### Answer', '', 'A query per row.', '', '### Key points', '', '- One query per row', ''];
      fs.writeFileSync(path.join(dir, 'orm.md'), deck.join('\n'));
      fs.writeFileSync(path.join(dir, 'vocabulary.yml'), 'same:\n  - [database, db]\nopposite:\n  - [stateless, stateful, sessionless]\n');
      const result = run(['lint', dir]);
      assert.strictEqual(result.status, 1, result.stdout + result.stderr);
      const vocabulary = path.relative(root, path.join(dir, 'vocabulary.yml'));
      assert.ok(result.stdout.includes(`${vocabulary}:4: error: a pair of opposites has exactly two phrases, like [stateless, stateful]\n`), result.stdout);
      fs.writeFileSync(path.join(dir, 'vocabulary.yml'), 'same:\n  - [database, db\n');
      assert.match(run(['lint', dir]).stdout, /vocabulary\.yml:\d+: error: cannot read the vocabulary/);
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
    const bank = JSON.parse(run(['lint', '--json', 'questions']).stdout) as JsonOutput;
    assert.deepStrictEqual(bank.diagnostics.filter((d) => d.file.endsWith('vocabulary.yml')), []);
  });

  it('lints the built-in question bank without crashing', () => {
    const result = run(['lint', '--json', 'questions']);
    assert.ok(result.status === 0 || result.status === 1, result.stderr);
    const output = JSON.parse(result.stdout) as JsonOutput;
    assert.ok(output.decks.every((d) => d.format === 'native'), 'the bank is native; its README is skipped');
  });

  describe('untrusted input (reliability report, section 6)', () => {
    let tree: string;
    beforeEach(() => {
      tree = fs.realpathSync(fs.mkdtempSync(path.join(os.tmpdir(), 'interview-coach-lint-')));
    });
    afterEach(() => fs.rmSync(tree, { recursive: true, force: true }));

    it('strips a byte order mark as the extension does: a BOM bank deck passes', () => {
      const deck = fs.readFileSync(path.join(root, 'questions', 'python.md'));
      fs.writeFileSync(path.join(tree, 'python.md'), Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), deck]));
      fs.cpSync(path.join(root, 'questions', 'snippets'), path.join(tree, 'snippets'), { recursive: true });
      const result = run(['lint', 'python.md'], tree);
      assert.strictEqual(result.status, 0, result.stdout + result.stderr);
      assert.match(result.stdout, /^1 file, 1 topic, \d+ questions: 0 errors, 0 warnings\.\n$/);
    });

    it('refuses a FIFO and /dev/zero named on the command line instead of hanging', () => {
      spawnSync('mkfifo', [path.join(tree, 'pipe.md')]);
      const result = run(['lint', 'pipe.md', '/dev/zero'], tree);
      assert.strictEqual(result.status, 1, `exits instead of blocking: ${result.stderr}`);
      assert.strictEqual(
        result.stdout,
        ['pipe.md:1: error: Cannot read the deck: it is not a regular file.', `${path.relative(tree, '/dev/zero')}:1: error: Cannot read the deck: it is not a regular file.`, '0 files, 0 topics, 0 questions: 2 errors, 0 warnings.', ''].join('\n'),
      );
    });

    it('prints escape sequences from deck text and file names as visible escapes, never raw', () => {
      const name = 'evil\u001b[31m.md';
      fs.writeFileSync(path.join(tree, name), '# Notes\n\n## \u001b[2J\u001b]8;;https://evil\u0007Why?\n\n- id: Bad Id \u001b]52;c;aGk=\u0007\n');
      const result = run(['lint', '.'], tree);
      assert.doesNotMatch(result.stdout + result.stderr, /[\u0000-\u0009\u000b-\u001f\u007f-\u009f]/, 'no control character but the line breaks');
      assert.match(result.stdout, /^evil\\u\{1b\}\[31m\.md:\d+: /m);
      const json = run(['lint', '--json', '.'], tree);
      assert.doesNotMatch(json.stdout, /[\u0000-\u0009\u000b-\u001f\u007f-\u009f]/);
      assert.ok((JSON.parse(json.stdout) as JsonOutput).decks[0].file.includes('\u001b'), 'JSON keeps the real name, escaped');
    });

    it('reports a deck that makes the YAML reader throw as a problem, never a stack trace', () => {
      fs.writeFileSync(path.join(tree, 'python.md'), '---\nid: python\ntitle: Python\ntags: [python, *args]\n---\n\n## Q\n\n- id: q\n\n### Answer\n\nA\n\n### Key points\n\n- k\n');
      const result = run(['lint', 'python.md'], tree);
      assert.strictEqual(result.status, 1);
      assert.strictEqual(result.stderr, '');
      assert.match(result.stdout, /^python\.md:\d+: error: /);
      assert.doesNotMatch(result.stdout, /^\s+at /m);
    });

    it('does not follow a link to / in a folder, and says so', () => {
      fs.writeFileSync(path.join(tree, 'team.md'), '# Go\n\n## What is a goroutine?\n\nA lightweight thread managed by the Go runtime.\n');
      fs.symlinkSync('/', path.join(tree, 'root'));
      const result = run(['lint', '.'], tree);
      assert.strictEqual(result.status, 0, result.stderr);
      assert.strictEqual(result.stdout, 'root:1: warning: Not read: "root" is a link to /, outside the deck folder.\n1 file, 1 topic, 1 question: 0 errors, 1 warning.\n');
    });
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
