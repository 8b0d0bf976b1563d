import * as assert from 'assert';
import * as fs from 'fs';
import * as path from 'path';
import { loadDecks } from '../../src/core/deck/load/loadDecks';
import { walkDeckFolder } from '../../src/core/deck/load/walk';
import { countingAccess, nativeDeck, removeTree, tempTree } from './deckFiles';

describe('the deck folder walk: links, loops and bounds', () => {
  let root: string;
  afterEach(() => removeTree(root));

  it('does not follow a link to / : one listing, the deck loads, a warning names the link', async () => {
    root = tempTree({ 'decks/team.md': nativeDeck('team', ['q1']) });
    fs.symlinkSync('/', path.join(root, 'decks', 'r'));
    const access = countingAccess();
    const set = await loadDecks([{ kind: 'folder', path: path.join(root, 'decks') }], access);
    assert.deepStrictEqual(access.listings, [path.join(root, 'decks')]);
    assert.deepStrictEqual(set.decks.map((d) => d.id), ['team']);
    assert.deepStrictEqual(set.diagnostics, [{ file: path.join(root, 'decks', 'r'), line: 1, severity: 'warning', message: 'Not read: "r" is a link to /, outside the deck folder.' }]);
  });

  it('reads a folder once however many self-links point back at it', async () => {
    root = tempTree({ 'team.md': nativeDeck('team', ['q1']), 'sub/more.md': nativeDeck('more', ['q2']) });
    for (const name of ['a', 'b', 'c', 'd', 'e']) fs.symlinkSync('.', path.join(root, name));
    fs.symlinkSync('..', path.join(root, 'sub', 'up'));
    const access = countingAccess();
    const set = await loadDecks([{ kind: 'folder', path: root }], access);
    assert.deepStrictEqual(access.listings.sort(), [root, path.join(root, 'sub')]);
    assert.deepStrictEqual(access.reads.sort(), [path.join(root, 'sub', 'more.md'), path.join(root, 'team.md')]);
    assert.deepStrictEqual(set.decks.map((d) => d.id).sort(), ['more', 'team']);
    assert.deepStrictEqual(set.diagnostics, [], 'links back into the folder are not problems');
  });

  it('refuses a folder link and a deck link leading out of the deck folder', async () => {
    root = tempTree({ 'decks/team.md': nativeDeck('team', ['q1']), 'outside/secret.md': nativeDeck('secret', ['q2']) });
    fs.symlinkSync(path.join(root, 'outside'), path.join(root, 'decks', 'elsewhere'));
    fs.symlinkSync(path.join(root, 'outside', 'secret.md'), path.join(root, 'decks', 'secret.md'));
    const set = await loadDecks([{ kind: 'folder', path: path.join(root, 'decks') }], countingAccess());
    assert.deepStrictEqual(set.decks.map((d) => d.id), ['team']);
    assert.deepStrictEqual(
      set.diagnostics.map((d) => `${path.relative(root, d.file)}: ${d.message}`).sort(),
      [
        `decks/elsewhere: Not read: "elsewhere" is a link to ${path.join(root, 'outside')}, outside the deck folder.`,
        `decks/secret.md: Not read: "secret.md" is a link to ${path.join(root, 'outside', 'secret.md')}, outside the deck folder.`,
      ],
    );
  });

  it('follows a link that stays inside, reading each real folder and file once', async () => {
    root = tempTree({ 'deep/er/team.md': nativeDeck('team', ['q1']) });
    fs.symlinkSync(path.join(root, 'deep', 'er'), path.join(root, 'alias'));
    fs.symlinkSync(path.join(root, 'deep', 'er', 'team.md'), path.join(root, 'again.md'));
    const access = countingAccess();
    const set = await loadDecks([{ kind: 'folder', path: root }], access);
    assert.deepStrictEqual(set.decks.map((d) => d.id), ['team']);
    assert.deepStrictEqual(set.diagnostics, [], 'no "Topic id already used": the file is read once');
    assert.strictEqual(access.reads.length, 1);
    assert.ok(!access.listings.includes(path.join(root, 'alias')), 'the linked folder was already read by its plain path');
  });

  it('stops at 6 levels below the deck folder, with a warning', async () => {
    root = tempTree({ 'a/b/c/d/e/f/six.md': nativeDeck('six', ['q6']), 'a/b/c/d/e/f/g/seven.md': nativeDeck('seven', ['q7']) });
    const set = await loadDecks([{ kind: 'folder', path: root }], countingAccess());
    assert.deepStrictEqual(set.decks.map((d) => d.id), ['six']);
    assert.deepStrictEqual(set.diagnostics, [{ file: path.join(root, 'a/b/c/d/e/f/g'), line: 1, severity: 'warning', message: 'Not read: folders more than 6 levels below the deck folder are left out.' }]);
  });

  it('stops after the entry bound, with a warning, keeping what it found', async () => {
    const files: Record<string, string> = {};
    for (let i = 0; i < 30; i++) files[`f${String(i).padStart(2, '0')}.txt`] = 'x';
    root = tempTree({ ...files, 'sub/late.md': nativeDeck('late', ['q1']), 'a.md': nativeDeck('early', ['q0']) });
    const walk = await walkDeckFolder(root, countingAccess(), { maxDepth: 6, maxEntries: 10 });
    assert.strictEqual(walk.exists, true);
    assert.ok(walk.files.size <= 10);
    assert.deepStrictEqual(walk.diagnostics, [{ file: root, line: 1, severity: 'warning', message: 'Stopped reading the deck folder after 10 entries: keep decks in a smaller folder.' }]);
  });

  it('skips dot-folders, node_modules, and everything but .md files as decks', async () => {
    root = tempTree({
      'team.md': nativeDeck('team', ['q1']),
      '.git/notes.md': 'broken',
      'node_modules/pkg/README.md': 'broken',
      'exercises/fix-it/exercise.yml': 'id: fix-it\n',
      'exercises/fix-it/starter/views.py': 'x = 1\n',
      'snippets/a.py': 'print(1)\n',
    });
    const access = countingAccess();
    const set = await loadDecks([{ kind: 'folder', path: root }], access);
    assert.deepStrictEqual(access.reads, [path.join(root, 'team.md')]);
    assert.deepStrictEqual(set.diagnostics, []);
    assert.ok(!access.listings.some((l) => l.includes('.git') || l.includes('node_modules')));
  });

  it('a missing optional folder is no problem; a missing required one is', async () => {
    root = tempTree();
    const set = await loadDecks([{ kind: 'folder', path: path.join(root, 'none'), optional: true }, { kind: 'folder', path: path.join(root, 'gone') }], countingAccess());
    assert.deepStrictEqual(set.sources.map((s) => s.exists), [false, false]);
    assert.deepStrictEqual(set.diagnostics, [{ file: path.join(root, 'gone'), line: 1, severity: 'error', message: 'Cannot read the deck folder: it does not exist.' }]);
  });
});
