import * as assert from 'assert';
import * as fs from 'fs';
import * as path from 'path';
import * as vscode from 'vscode';
import type { InterviewCoachApi } from '../../src/extension';
import { activateExtension, waitFor, waitForState } from './helpers';

const workspace = () => vscode.workspace.workspaceFolders![0].uri.fsPath;

const nativeDeck = (prompt: string, extra = '') => `---
id: team-notes
title: Team notes
order: 5
---

## ${prompt}

- id: team-first
${extra}
### Answer

Because the answer says so.

### Key points

- It says so

## What comes second?

- id: team-second

### Answer

The second answer.

### Key points

- Second
`;

const genericReadme = `# Backend interview questions

[![Stars](https://img.shields.io/badge/stars-1k-blue)](https://example.com)

## Table of Contents

- [What is a race condition?](#what-is-a-race-condition)

## Concurrency

### 1. What is a race condition?

Two threads read and write shared data and the result depends on timing.

**[⬆ back to top](#table-of-contents)**

### 2. What is a deadlock?

Two threads each wait for a lock the other holds, forever.

## License

MIT
`;

describe('Bring your own questions: workspace decks, any Markdown file, diagnostics', function () {
  let api: InterviewCoachApi;
  const deckFolder = () => path.join(workspace(), '.interview-coach');
  const deckFile = () => path.join(deckFolder(), 'team.md');
  const readme = () => path.join(workspace(), 'QUESTIONS.md');

  before(async () => {
    api = await activateExtension();
  });

  after(async () => {
    fs.rmSync(deckFolder(), { recursive: true, force: true });
    fs.rmSync(readme(), { force: true });
    await vscode.commands.executeCommand('workbench.action.closeAllEditors');
  });

  it('a deck written into .interview-coach/ shows up as its own group without a reload', async () => {
    fs.mkdirSync(deckFolder(), { recursive: true });
    fs.writeFileSync(deckFile(), nativeDeck('Why is this first?'));
    await waitFor('the workspace deck', () => api.decks.deck('team-notes'), 15_000);
    const roots = await api.tree.getChildren();
    assert.ok(roots.length >= 2 && roots.every((node) => node.kind === 'source'), 'the tree groups decks by source');
    const group = roots.find((node) => node.kind === 'source' && node.source.info.kind === 'folder');
    assert.ok(group && group.kind === 'source');
    assert.deepStrictEqual(group.source.decks.map((deck) => deck.id), ['team-notes']);
  });

  it('progress survives edits and re-ordering of other questions', async () => {
    const card = { due: new Date(Date.now() + 86_400_000).toISOString(), stability: 3, difficulty: 5, elapsedDays: 0, scheduledDays: 1, learningSteps: 0, reps: 1, lapses: 0, state: 2 as const, lastReview: new Date().toISOString() };
    await api.progress.record('team-second', card);
    fs.writeFileSync(deckFile(), nativeDeck('Why is this first, really?'));
    await waitFor('the edited prompt', () => api.decks.question('team-first')?.prompt === 'Why is this first, really?', 15_000);
    assert.deepStrictEqual(api.progress.cards['team-second'], card);
  });

  it('a problem in a deck appears in the Problems panel at its line, the rest still loads, and fixing it clears it', async () => {
    fs.writeFileSync(deckFile(), nativeDeck('Why is this first?', '- difficulty: extreme\n'));
    const uri = vscode.Uri.file(deckFile());
    const diagnostics = await waitFor('the diagnostic', () => {
      const found = vscode.languages.getDiagnostics(uri);
      return found.length > 0 ? found : undefined;
    }, 15_000);
    assert.strictEqual(diagnostics[0].range.start.line, 9, 'line 10 of the file, where the difficulty is');
    assert.match(diagnostics[0].message, /Difficulty "extreme"/);
    assert.strictEqual(diagnostics[0].severity, vscode.DiagnosticSeverity.Error);
    assert.ok(api.decks.question('team-first'), 'the question still loads');
    fs.writeFileSync(deckFile(), nativeDeck('Why is this first?'));
    await waitFor('the diagnostic to clear', () => vscode.languages.getDiagnostics(uri).length === 0, 15_000);
  });

  it('Practise This File turns any Markdown Q&A file into a quiz, leaving out the table of contents and license', async () => {
    fs.writeFileSync(readme(), genericReadme);
    await vscode.commands.executeCommand('interviewCoach.practiseFile', vscode.Uri.file(readme()));
    const state = await waitForState(api, 'question', 18_000, () => vscode.commands.executeCommand('interviewCoach.practiseFile', vscode.Uri.file(readme())));
    assert.strictEqual(state.question.prompt, 'What is a race condition?');
    assert.strictEqual(state.question.total, 2);
    const fileSource = api.decks.loadedSources.find((source) => source.info.kind === 'file');
    assert.ok(fileSource);
    const prompts = fileSource.decks.flatMap((deck) => deck.questions.map((q) => q.prompt));
    assert.deepStrictEqual(prompts, ['What is a race condition?', 'What is a deadlock?']);
    await api.quiz.receive({ type: 'reveal', answer: '' });
    const answer = await waitForState(api, 'answer');
    assert.doesNotMatch(answer.answerHtml, /back to top/);
  });
});
