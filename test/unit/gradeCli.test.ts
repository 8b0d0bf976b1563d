import * as assert from 'assert';
import * as path from 'path';
import { runGrade } from '../../src/cli/grade';
import { findBankFolder } from '../../src/core/grading/bankGrader';

const bank = findBankFolder(__dirname) as string;

async function grade(args: string[], stdin = '') {
  let out = '';
  let err = '';
  const status = await runGrade(args, { cwd: path.dirname(bank), out: (t) => (out += t), err: (t) => (err += t), readStdin: () => stdin });
  return { status, out, err };
}

describe('interview-coach grade', () => {
  it('prints each key point\'s verdict with its reason and the suggested grade', async () => {
    const { status, out } = await grade(['questions', '--id', 'rest-what-is-rest', '--answer', 'REST is short for representational state transfer: a style of architecture, not a protocol.']);
    assert.strictEqual(status, 0);
    assert.match(out, /^rest-what-is-rest: What does REST mean/);
    assert.match(out, /✓ covered {2}Representational State Transfer/);
    assert.match(out, /Covered 1 of \d+; suggested grade: (Again|Hard)/);
  });

  it('--jsonl: one line per answer, an error line for an unknown id or a broken line, the others still graded', async () => {
    const input = [
      JSON.stringify({ id: 'rest-put-vs-patch', answer: 'PATCH only sends the fields that change.' }),
      JSON.stringify({ id: 'no-such-question', answer: 'x' }),
      '{not json',
      JSON.stringify({ id: 'rest-what-is-rest', answer: 'REST is a protocol.' }),
    ].join('\n');
    const { status, out } = await grade(['questions', '--jsonl'], input);
    assert.strictEqual(status, 1);
    const lines = out.trim().split('\n').map((l) => JSON.parse(l));
    assert.strictEqual(lines.length, 4);
    assert.deepStrictEqual(Object.keys(lines[0]), ['id', 'keyPoints', 'suggestedGrade']);
    assert.deepStrictEqual(Object.keys(lines[0].keyPoints[0]), ['text', 'covered', 'partly', 'reason']);
    assert.strictEqual(lines[0].keyPoints[1].covered, true);
    assert.deepStrictEqual(lines[1], { id: 'no-such-question', error: 'no question with id "no-such-question"' });
    assert.deepStrictEqual(lines[2], { line: 3, error: 'not a JSON line' });
    assert.strictEqual(lines[3].keyPoints[0].covered, false);
    assert.match(lines[3].keyPoints[0].reason, /^wrong: “rest is a protocol”/);
  });

  it('is a usage error without decks, or without --id/--answer or --jsonl', async () => {
    assert.strictEqual((await grade([])).status, 2);
    assert.strictEqual((await grade(['questions'])).status, 2);
    assert.strictEqual((await grade(['nowhere', '--jsonl'])).status, 2);
  });
});
