/** The bank's snippet and exercise pack (dist/bank-files.br) on a real disk: build, write out, failures. */
import * as assert from 'assert';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import * as zlib from 'zlib';
import { BANK_PACK, BankFiles, extractBankPack, readBankPack, writeBankPack } from '../../src/node/bankPack';
import { COMPILED_BANK_FILE, readCompiledBank } from '../../src/core/deck/compiled/compiledBank';

const repo = path.join(__dirname, '..', '..', '..');

describe('the bank pack (dist/bank-files.br)', () => {
  let root: string;
  let bank: string;
  let pack: string;
  let storage: string;

  beforeEach(() => {
    root = fs.realpathSync(fs.mkdtempSync(path.join(os.tmpdir(), 'ic-pack-')));
    bank = path.join(root, 'extension', 'questions');
    pack = path.join(root, 'extension', 'dist', BANK_PACK);
    storage = path.join(root, 'storage', 'bank');
    fs.mkdirSync(path.join(bank, 'snippets', 'rest'), { recursive: true });
    fs.mkdirSync(path.join(bank, 'exercises', 'ex', 'starter'), { recursive: true });
    fs.mkdirSync(path.join(bank, 'snippets', 'rest', '__pycache__'));
    fs.writeFileSync(path.join(bank, 'snippets', 'rest', 'a.py'), "print('é')\r\n");
    fs.writeFileSync(path.join(bank, 'snippets', 'rest', '__pycache__', 'a.cpython-311.pyc'), Buffer.from([0, 255, 1]));
    fs.writeFileSync(path.join(bank, 'exercises', 'ex', 'starter', 'views.py'), 'x = 1\n');
    fs.writeFileSync(path.join(bank, 'exercises', 'run_checks.py'), '# runner\n');
    fs.writeFileSync(path.join(bank, 'rest.md'), '# not packed\n');
  });
  afterEach(() => fs.rmSync(root, { recursive: true, force: true }));

  it('packs the snippets and exercises (no caches, no decks) and writes them out byte for byte', async () => {
    assert.deepStrictEqual((await writeBankPack(bank, pack)).files, 3);
    assert.deepStrictEqual([...readBankPack(Buffer.alloc(0), fs.readFileSync(pack)).keys()], ['snippets/rest/a.py', 'exercises/ex/starter/views.py', 'exercises/run_checks.py']);
    const files = new BankFiles(bank, pack, storage);
    const snippet = await files.local(path.join(bank, 'snippets', 'rest', 'a.py'));
    assert.ok(snippet.startsWith(storage + path.sep), snippet);
    assert.deepStrictEqual(fs.readFileSync(snippet), fs.readFileSync(path.join(bank, 'snippets', 'rest', 'a.py')));
    const exercise = await files.local(path.join(bank, 'exercises', 'ex'));
    assert.strictEqual(fs.readFileSync(path.join(exercise, 'starter', 'views.py'), 'utf8'), 'x = 1\n');
    assert.strictEqual(await files.local(bank), path.resolve(snippet, '..', '..', '..'), 'the bank folder itself maps to the written-out root');
    assert.strictEqual(await files.local('/elsewhere/deck/x.py'), '/elsewhere/deck/x.py', 'a path outside the bank is itself');
    assert.deepStrictEqual(fs.readdirSync(storage).length, 1, 'one folder, no temporary left');
  });

  it('writes the pack out once, and an updated pack replaces the old folder', async () => {
    await writeBankPack(bank, pack);
    const first = await extractBankPack(pack, storage);
    fs.writeFileSync(path.join(first, 'snippets', 'rest', 'a.py'), 'changed in storage\n');
    assert.strictEqual(await extractBankPack(pack, storage), first, 'once per process');
    fs.writeFileSync(path.join(bank, 'snippets', 'rest', 'a.py'), "print('v2')\n");
    const updated = path.join(root, 'update', BANK_PACK); // an update of the extension: a new install folder
    await writeBankPack(bank, updated);
    const second = await extractBankPack(updated, storage);
    assert.notStrictEqual(second, first);
    assert.strictEqual(fs.readFileSync(path.join(second, 'snippets', 'rest', 'a.py'), 'utf8'), "print('v2')\n");
    assert.deepStrictEqual(fs.readdirSync(storage), [path.basename(second)], 'the older folder is removed');
  });

  it('gives a sentence, not a crash, for a damaged or foreign pack, and tries again later', async () => {
    const snippet = path.join(bank, 'snippets', 'rest', 'a.py');
    fs.mkdirSync(path.dirname(pack), { recursive: true });
    fs.writeFileSync(pack, 'not brotli at all');
    const files = new BankFiles(bank, pack, storage);
    await assert.rejects(files.local(snippet), /cannot be read from bank-files\.br: it is damaged .*Reinstall Interview Coach/);
    fs.writeFileSync(pack, zlib.brotliCompressSync(JSON.stringify({ version: 1, files: { '../../escape.py': 'x' } })));
    await assert.rejects(files.local(snippet), /holds an entry that is not a bank file/);
    assert.ok(!fs.existsSync(path.join(root, 'storage', 'escape.py')));
    fs.writeFileSync(pack, zlib.brotliCompressSync(JSON.stringify({ version: 99, files: {} })));
    await assert.rejects(files.local(snippet), /not a pack of this version/);
    await writeBankPack(bank, pack);
    assert.ok(fs.existsSync(await files.local(snippet)), 'a good pack works after the failures');
  });

  it('without a pack, uses the bank files on disk, else says the extension must be reinstalled', async () => {
    const files = new BankFiles(bank, pack, storage);
    const snippet = path.join(bank, 'snippets', 'rest', 'a.py');
    assert.strictEqual(await files.local(snippet), snippet);
    fs.rmSync(path.join(bank, 'snippets'), { recursive: true });
    await assert.rejects(files.local(snippet), /snippets and exercises are missing \(bank-files\.br is not in the extension's dist\/ folder\): reinstall/);
  });

  it('continues the compiled bank beside it: the bank still reads alone, the pack needs its start, both as one stream', async () => {
    const bankFile = path.join(path.dirname(pack), COMPILED_BANK_FILE);
    const compiled = { version: 1, decks: [{ id: 'rest', file: 'rest.md', questions: [{ answer: "print('é') and x = 1", snippets: [] }] }], diagnostics: [], exercises: [], exerciseDiagnostics: [], registry: { topics: [], questions: [] } };
    fs.mkdirSync(path.dirname(pack), { recursive: true });
    fs.writeFileSync(bankFile, zlib.brotliCompressSync(JSON.stringify(compiled)));
    await writeBankPack(bank, pack);
    assert.deepStrictEqual(readCompiledBank(fs.readFileSync(bankFile), bank)?.decks[0].questions, compiled.decks[0].questions, 'the rewritten bank file reads as the same bank');
    assert.throws(() => readBankPack(Buffer.alloc(0), fs.readFileSync(pack)), /damaged/, 'the pack alone is not a stream');
    assert.strictEqual(readBankPack(fs.readFileSync(bankFile), fs.readFileSync(pack)).get('exercises/ex/starter/views.py'), 'x = 1\n');
    const snippet = await new BankFiles(bank, pack, storage).local(path.join(bank, 'snippets', 'rest', 'a.py'));
    assert.strictEqual(fs.readFileSync(snippet, 'utf8'), "print('é')\r\n");
  });

  it('the built pack holds every snippet and exercise file of the repository bank, as on disk', () => {
    const built = path.join(repo, 'dist', BANK_PACK);
    assert.ok(fs.existsSync(built), `build first: dist/${BANK_PACK}`);
    for (const [name, text] of readBankPack(fs.readFileSync(path.join(repo, 'dist', COMPILED_BANK_FILE)), fs.readFileSync(built))) {
      assert.strictEqual(text, fs.readFileSync(path.join(repo, 'questions', ...name.split('/')), 'utf8'), name);
    }
  });
});
