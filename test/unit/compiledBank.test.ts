import * as assert from 'assert';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import * as zlib from 'zlib';
import { compileBank } from '../../src/build/compileBank';
import { COMPILED_BANK_FILE, bankRegistry, readCompiledBank } from '../../src/core/deck/compiled/compiledBank';
import { bankSource, loadDecks } from '../../src/core/deck/load/loadDecks';
import { attachToQuestions, loadExercises } from '../../src/core/exercise/loadExercises';
import { nodeFileAccess } from '../../src/node/nodeFileAccess';
import { repoRoot } from '../harness/paths';

describe('the compiled bank (dist/bank.json.br)', function () {
  this.timeout(30_000);
  const questions = path.join(repoRoot, 'questions');
  let out: string;
  before(() => (out = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'bank-')), COMPILED_BANK_FILE)));

  it('reads back as exactly the decks and exercises the parsers give for questions/, wherever it is installed', async () => {
    await compileBank(questions, out);
    const bytes = fs.readFileSync(out);
    assert.ok(!zlib.brotliDecompressSync(bytes).toString('utf8').includes(repoRoot), 'no absolute path of the build machine in the file');
    const installedAt = path.join(os.tmpdir(), 'elsewhere', 'questions');
    const bank = readCompiledBank(bytes, installedAt)!;
    const parsed = await loadDecks([bankSource(questions)], nodeFileAccess);
    const moved = (file: string) => path.join(installedAt, path.relative(questions, file));
    const expected = parsed.decks.map((d) => ({ ...d, file: moved(d.file), questions: d.questions.map((q) => ({ ...q, snippets: q.snippets.map(moved) })) }));
    assert.deepStrictEqual(bank.decks, expected);
    assert.deepStrictEqual(bank.diagnostics, parsed.diagnostics);
    const ids = new Set(parsed.decks.flatMap((d) => d.questions.map((q) => q.id)));
    const exercises = attachToQuestions(await loadExercises([questions], nodeFileAccess), (id) => ids.has(id));
    assert.deepStrictEqual(bank.exercises, exercises.exercises.map((e) => ({ ...e, folder: moved(e.folder) })));
    assert.ok(bank.decks.length > 0 && bank.exercises.length > 0);
  });

  it('its id registry makes a user deck that reuses a bank question id a diagnostic, as when the bank is parsed', async () => {
    const bank = readCompiledBank(fs.readFileSync(out), questions)!;
    const taken = bank.decks[0].questions[0].id;
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'user-decks-'));
    fs.writeFileSync(path.join(dir, 'mine.md'), `---\nid: mine\ntitle: Mine\n---\n\n## Again?\n\n- id: ${taken}\n\n### Answer\n\nYes.\n`);
    const compiled = await loadDecks([{ kind: 'folder', path: dir }], nodeFileAccess, { registry: bankRegistry(bank) });
    const parsed = await loadDecks([bankSource(questions), { kind: 'folder', path: dir }], nodeFileAccess);
    assert.deepStrictEqual(compiled.diagnostics, parsed.diagnostics);
    assert.ok(compiled.diagnostics.some((d) => d.message.includes(`"${taken}"`)), 'the clash is reported');
  });

  it('a file of another version or a broken one is not a bank (the extension then parses questions/)', () => {
    assert.strictEqual(readCompiledBank('{"version": 0, "decks": []}', questions), undefined);
    assert.strictEqual(readCompiledBank('{"decks": [', questions), undefined);
    assert.strictEqual(readCompiledBank(Buffer.from('{"version": 1, "decks": []}'), questions), undefined, 'not brotli');
    assert.strictEqual(readCompiledBank(zlib.brotliCompressSync('{"version": 1, "decks": ['), questions), undefined);
  });
});
