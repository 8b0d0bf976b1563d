import * as assert from 'assert';
import { execFileSync } from 'child_process';
import * as fs from 'fs';
import * as path from 'path';
import { decodeText } from '../../src/core/deck/load/fileAccess';
import { bankSource, loadDecks } from '../../src/core/deck/load/loadDecks';
import { nodeFileAccess } from '../../src/node/nodeFileAccess';
import { nativeDeck, removeTree, tempTree } from './deckFiles';

const fixtures = path.resolve(__dirname, '../../../test/fixtures/decks');
const folder = (p: string) => ({ kind: 'folder' as const, path: p });

describe('loadDecks: one pipeline for the extension, the CLI and the tests', () => {
  let root: string;
  beforeEach(() => {
    root = tempTree();
  });
  afterEach(() => removeTree(root));
  const write = (name: string, text: string | Buffer) => {
    fs.mkdirSync(path.dirname(path.join(root, name)), { recursive: true });
    fs.writeFileSync(path.join(root, name), text);
    return path.join(root, name);
  };

  it('sorts decks by order and skips README files', async () => {
    const set = await loadDecks([folder(path.join(fixtures, 'good'))], nodeFileAccess);
    assert.deepStrictEqual(set.decks.map((d) => d.id), ['cache', 'http']);
    assert.deepStrictEqual(set.diagnostics, []);
  });

  it('a broken deck does not hide the others', async () => {
    const set = await loadDecks([folder(path.join(fixtures, 'broken'))], nodeFileAccess);
    assert.deepStrictEqual(set.decks.map((d) => d.id).sort(), ['bad-yaml', 'problems']);
    assert.ok(set.diagnostics.some((d) => d.file.endsWith('bad-yaml.md')));
    assert.ok(set.diagnostics.some((d) => d.file.endsWith('problems.md')));
  });

  it('drops a question id used in another deck and a topic id used twice, with one message each', async () => {
    write('a.md', nativeDeck('a', ['shared']));
    const b = write('b.md', nativeDeck('b', ['shared']));
    const c = write('c.md', nativeDeck('a', ['other']));
    const set = await loadDecks([folder(root)], nodeFileAccess, { display: (file) => path.relative(root, file) });
    assert.deepStrictEqual(set.decks.map((d) => [d.id, d.questions.map((q) => q.id)]), [['a', ['shared']], ['b', []]]);
    assert.deepStrictEqual(set.diagnostics, [
      { file: b, line: 8, severity: 'error', message: 'Duplicate question id "shared" (also in a.md:8).' },
      { file: c, line: 2, severity: 'error', message: 'Topic id "a" is already used by a.md.' },
    ]);
  });

  it('keeps ids unique across sources, earlier sources first (the built-in bank before workspace decks)', async () => {
    const bank = path.resolve(__dirname, '../../../questions');
    const [first] = (await loadDecks([bankSource(bank)], nodeFileAccess)).decks;
    const mine = write('mine/copy.md', nativeDeck('my-topic', [first.questions[0].id, 'my-own']));
    const set = await loadDecks([bankSource(bank), folder(path.join(root, 'mine'))], nodeFileAccess);
    assert.deepStrictEqual(set.sources[1].decks.map((d) => d.questions.map((q) => q.id)), [['my-own']]);
    const clash = set.diagnostics.filter((d) => d.file === mine);
    assert.strictEqual(clash.length, 1);
    assert.match(clash[0].message, new RegExp(`^Duplicate question id "${first.questions[0].id}" \\(also in .*${path.basename(first.file)}:\\d+\\)\\.$`));
  });

  it('strips a byte order mark: a BOM deck loads exactly like the same deck without one', async () => {
    const text = nativeDeck('bom', ['q1', 'q2']);
    write('plain/deck.md', text);
    write('bom/deck.md', Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(text)]));
    const plain = await loadDecks([folder(path.join(root, 'plain'))], nodeFileAccess);
    const bom = await loadDecks([folder(path.join(root, 'bom'))], nodeFileAccess);
    assert.deepStrictEqual(bom.diagnostics, []);
    assert.deepStrictEqual(bom.decks.map((d) => ({ ...d, file: '' })), plain.decks.map((d) => ({ ...d, file: '' })));
    assert.strictEqual(decodeText(new Uint8Array([0xef, 0xbb, 0xbf, 0x61])), 'a');
  });

  it('refuses a FIFO and an oversized file without opening or reading them', async () => {
    write('decks/good.md', nativeDeck('good', ['q1']));
    execFileSync('mkfifo', [path.join(root, 'decks', 'pipe.md')]);
    const big = write('decks/big.md', nativeDeck('big', ['q2']) + 'x'.repeat(2000));
    const set = await loadDecks([folder(path.join(root, 'decks')), { kind: 'file', path: '/dev/zero' }], nodeFileAccess, { maxBytes: 1000 });
    assert.deepStrictEqual(set.decks.map((d) => d.id), ['good']);
    assert.deepStrictEqual(
      set.diagnostics.map((d) => `${d.file}: ${d.message}`),
      [`${big}: Cannot read the deck: it is larger than 1 KB (2 KB).`, '/dev/zero: Cannot read the deck: it is not a regular file.'],
      'the FIFO in a folder is not a file, so it is not a deck; named, /dev/zero is refused',
    );
  });

  it('refuses a snippet that is a link out of the deck folder, at its line, and keeps one inside', async () => {
    write('outside/secret.py', 'print("outside")\n');
    write('decks/snippets/ok.py', 'print("ok")\n');
    fs.mkdirSync(path.join(root, 'decks', 'links'));
    fs.symlinkSync(path.join(root, 'outside', 'secret.py'), path.join(root, 'decks', 'snippets', 'abs-link.py'));
    fs.symlinkSync('../../outside/secret.py', path.join(root, 'decks', 'snippets', 'rel-link.py'));
    fs.symlinkSync('/', path.join(root, 'decks', 'links', 'root'));
    fs.symlinkSync('ok.py', path.join(root, 'decks', 'snippets', 'inside-link.py'));
    const snippets = ['snippets/abs-link.py', 'snippets/rel-link.py', 'links/root/etc/passwd', 'snippets/inside-link.py', 'snippets/ok.py'];
    const deck = write('decks/team.md', nativeDeck('team', ['q1'], snippets.map((s) => `- snippet: ${s}\n`).join('')));
    for (const source of [folder(path.join(root, 'decks')), { kind: 'file' as const, path: deck }]) {
      const set = await loadDecks([source], nodeFileAccess);
      const refused = set.diagnostics.filter((d) => d.file === deck).map((d) => `${d.line}: ${d.message}`);
      assert.deepStrictEqual(refused, [
        '9: Snippet "snippets/abs-link.py" does not exist.',
        '10: Snippet "snippets/rel-link.py" does not exist.',
        '11: Snippet "links/root/etc/passwd" does not exist.',
      ], source.kind);
      assert.deepStrictEqual(set.decks[0].questions[0].snippets, [path.join(root, 'decks/snippets/inside-link.py'), path.join(root, 'decks/snippets/ok.py')]);
    }
  });

  it('one documentation-file rule: skipped beside native decks, read alone or when named', async () => {
    const readme = '# Go questions\n\n## What is a goroutine?\n\nA lightweight thread managed by the Go runtime.\n';
    write('native/team.md', nativeDeck('team', ['q1']));
    const besideNative = write('native/README.md', readme);
    write('alone/README.md', readme);
    const set = await loadDecks([folder(path.join(root, 'native')), folder(path.join(root, 'alone')), { kind: 'file', path: besideNative }], nodeFileAccess);
    assert.deepStrictEqual(set.sources.map((s) => s.files.map((f) => path.relative(root, f.file))), [['native/team.md'], ['alone/README.md'], []]);
    const named = await loadDecks([{ kind: 'file', path: besideNative }], nodeFileAccess);
    assert.deepStrictEqual(named.decks.flatMap((d) => d.questions.map((q) => q.prompt)), ['What is a goroutine?']);
  });

  it('a deck that makes a parser throw gives a diagnostic, and the other decks still load', async () => {
    write('team.md', nativeDeck('team', ['q1']));
    const bad = write('python.md', '---\nid: python\ntitle: Python\ntags: [python, *args]\n---\n\n## Q\n\n- id: pq\n\n### Answer\n\nA\n\n### Key points\n\n- k\n');
    const set = await loadDecks([folder(root)], nodeFileAccess);
    assert.ok(set.decks.some((d) => d.id === 'team'));
    assert.ok(set.diagnostics.some((d) => d.file === bad && d.severity === 'error'), JSON.stringify(set.diagnostics));
  });
});
