import * as assert from 'assert';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import * as vscode from 'vscode';
import type { InterviewCoachApi } from '../../src/extension';
import { activateExtension, waitFor } from './helpers';

const deck = `---
id: linked-team
title: Linked team
---

## Where does the snippet live?

- id: linked-first
- snippet: snippets/outside.py
- snippet: snippets/inside.py

### Answer

Inside the deck folder.

### Key points

- Inside
`;

/**
 * Reliability report §3: links in a workspace deck folder made every load crawl the disk (a link
 * to / cost 54,043 listings, about 60 s) and let a snippet point anywhere. The title says
 * "untrusted workspace" so the restricted-mode pass runs it too: loading decks is not gated on trust.
 */
describe('Links in a deck folder, in a trusted or untrusted workspace', function () {
  let api: InterviewCoachApi;
  const folder = () => path.join(vscode.workspace.workspaceFolders![0].uri.fsPath, '.interview-coach');
  const links = ['root', 'self-a', 'self-b', 'self-c', path.join('snippets', 'outside.py')];
  let outside: string;

  before(async () => {
    api = await activateExtension();
    outside = fs.mkdtempSync(path.join(os.tmpdir(), 'interview-coach-outside-'));
    fs.writeFileSync(path.join(outside, 'secret.py'), 'print("outside the deck folder")\n');
  });

  after(() => {
    for (const link of links) fs.rmSync(path.join(folder(), link), { force: true });
    fs.rmSync(folder(), { recursive: true, force: true });
    fs.rmSync(outside, { recursive: true, force: true });
  });

  it('loads the deck without crawling through a link to /, warns about the link, and refuses the snippet link', async () => {
    fs.mkdirSync(path.join(folder(), 'snippets'), { recursive: true });
    fs.writeFileSync(path.join(folder(), 'snippets', 'inside.py'), 'print("inside")\n');
    fs.symlinkSync('/', path.join(folder(), 'root'));
    for (const self of ['self-a', 'self-b', 'self-c']) fs.symlinkSync('.', path.join(folder(), self));
    fs.symlinkSync(path.join(outside, 'secret.py'), path.join(folder(), 'snippets', 'outside.py'));
    fs.writeFileSync(path.join(folder(), 'team.md'), deck);
    await api.decks.reload();
    const question = await waitFor('the linked deck', () => api.decks.question('linked-first'), 15_000);

    const source = api.decks.loadedSources.find((s) => s.info.kind === 'folder');
    assert.ok(source);
    assert.deepStrictEqual(source.decks.map((d) => d.id), ['linked-team'], 'only the deck itself: nothing read through the links');
    assert.deepStrictEqual(question.snippets, [path.join(folder(), 'snippets', 'inside.py')]);

    const linkProblems = vscode.languages.getDiagnostics(vscode.Uri.file(path.join(folder(), 'root')));
    assert.deepStrictEqual(linkProblems.map((d) => d.message), ['Not read: "root" is a link to /, outside the deck folder.']);
    const deckProblems = vscode.languages.getDiagnostics(vscode.Uri.file(path.join(folder(), 'team.md')));
    assert.deepStrictEqual(deckProblems.map((d) => [d.range.start.line + 1, d.message]), [[9, 'Snippet "snippets/outside.py" does not exist.']]);
    const everyProblem = vscode.languages.getDiagnostics().flatMap(([uri, list]) => list.map((d) => `${uri.fsPath}: ${d.message}`));
    assert.ok(!everyProblem.some((p) => /already used/.test(p)), `no deck was read twice through a self-link: ${everyProblem.join('\n')}`);
  });
});
