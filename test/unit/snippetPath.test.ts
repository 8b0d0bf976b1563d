/** Snippet paths on a real disk with real symbolic links (the probe's on-disk cases, issue 14 item 1). */
import * as assert from 'assert';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { copyContents, isRegularFile, resolveSnippet } from '../../src/vscode/snippets/snippetPath';

describe('snippet paths with symbolic links', () => {
  let root: string;
  let deck: string;
  let secret: string;

  beforeEach(() => {
    root = fs.realpathSync(fs.mkdtempSync(path.join(os.tmpdir(), 'ic-snippets-')));
    deck = path.join(root, 'deck');
    secret = path.join(root, 'outside', 'secret.py');
    fs.mkdirSync(path.join(deck, 'snippets'), { recursive: true });
    fs.mkdirSync(path.dirname(secret));
    fs.writeFileSync(secret, "print('outside')\n");
    fs.writeFileSync(path.join(deck, 'snippets', 'ok.py'), "print('ok')\n");
    fs.symlinkSync(secret, path.join(deck, 'snippets', 'abs-link.py'));
    fs.symlinkSync('../../outside/secret.py', path.join(deck, 'snippets', 'rel-link.py'));
    fs.symlinkSync(path.dirname(secret), path.join(deck, 'snippets', 'dir-link'));
    fs.symlinkSync('/', path.join(deck, 'root'));
    fs.symlinkSync('ok.py', path.join(deck, 'snippets', 'inside-link.py'));
  });
  afterEach(() => fs.rmSync(root, { recursive: true, force: true }));

  for (const [name, relative] of [
    ['an absolute link to a file outside', 'snippets/abs-link.py'],
    ['a relative link to a file outside', 'snippets/rel-link.py'],
    ['a file under a linked folder outside', 'snippets/dir-link/secret.py'],
    ['a system file through a link to /', 'root/etc/passwd'],
  ]) {
    it(`refuses ${name}`, async () => {
      const resolved = await resolveSnippet(deck, path.join(deck, relative));
      assert.strictEqual(resolved.file, undefined);
      assert.match(resolved.problem ?? '', /leads out of the deck folder/);
    });
  }

  it('accepts a regular file, and a link that stays inside the deck folder (its real path)', async () => {
    assert.deepStrictEqual(await resolveSnippet(deck, path.join(deck, 'snippets', 'ok.py')), { file: path.join(deck, 'snippets', 'ok.py') });
    assert.deepStrictEqual(await resolveSnippet(deck, path.join(deck, 'snippets', 'inside-link.py')), { file: path.join(deck, 'snippets', 'ok.py') });
  });

  it('refuses a folder and a missing file', async () => {
    assert.match((await resolveSnippet(deck, path.join(deck, 'snippets'))).problem ?? '', /not a regular file/);
    assert.match((await resolveSnippet(deck, path.join(deck, 'snippets', 'gone.py'))).problem ?? '', /cannot be found/);
  });

  it('copies bytes into a regular file, replacing a link left by an older copy instead of writing through it', async () => {
    const scratch = path.join(root, 'scratch', 'abs-link.py');
    fs.mkdirSync(path.dirname(scratch));
    fs.symlinkSync(secret, scratch);
    assert.strictEqual(await isRegularFile(scratch), false, 'a link is not taken for the copy');
    await copyContents(path.join(deck, 'snippets', 'ok.py'), scratch);
    assert.strictEqual(fs.lstatSync(scratch).isSymbolicLink(), false);
    assert.strictEqual(fs.readFileSync(scratch, 'utf8'), "print('ok')\n");
    assert.strictEqual(fs.readFileSync(secret, 'utf8'), "print('outside')\n", 'the outside file is untouched');
    fs.writeFileSync(scratch, 'edited');
    assert.strictEqual(fs.readFileSync(secret, 'utf8'), "print('outside')\n", 'saving the copy writes only the copy');
  });
});
