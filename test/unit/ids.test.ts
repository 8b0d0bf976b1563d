import * as assert from 'assert';
import * as fs from 'fs';
import * as path from 'path';
import { Command, Context, SECTION, Setting, TaskType, View, ViewType } from '../../src/vscode/platform/ids';

/** The ids in src/vscode/platform/ids.ts against what package.json contributes, both ways. */
const manifest = JSON.parse(fs.readFileSync(path.join(__dirname, '..', '..', '..', 'package.json'), 'utf8'));
const contributes = manifest.contributes;
const sorted = (values: Iterable<string>) => [...values].sort();

/** Every `interviewCoach.*` name a `when` clause or a command link in package.json mentions. */
function namesIn(text: string): string[] {
  return [...text.matchAll(/interviewCoach\.[A-Za-z.]+[A-Za-z]/g)].map((m) => m[0]);
}

describe('ids match package.json', () => {
  it('every contributed command has a constant, and every constant is contributed', () => {
    assert.deepStrictEqual(sorted(contributes.commands.map((c: { command: string }) => c.command)), sorted(Object.values(Command)));
  });

  it('menus, keybindings and walkthroughs name only contributed commands', () => {
    const known = new Set<string>(Object.values(Command));
    const menuCommands = Object.values(contributes.menus as Record<string, { command: string }[]>).flatMap((items) => items.map((item) => item.command));
    // Command links in walkthrough descriptions and their `onCommand:` completion events.
    const links = [...JSON.stringify(contributes.walkthroughs ?? []).matchAll(/(?:command|onCommand):([A-Za-z.]+)/g)].map((m) => m[1]);
    assert.ok(links.length >= 4, 'the walkthrough links its commands');
    const own = [...menuCommands, ...links].filter((id) => id.startsWith(`${SECTION}.`));
    assert.ok(menuCommands.length > 10);
    for (const id of own) assert.ok(known.has(id), `${id} is not a contributed command`);
  });

  it('the view container, the view and the webview panel types', () => {
    assert.deepStrictEqual(contributes.viewsContainers.activitybar.map((c: { id: string }) => c.id), [View.container]);
    assert.deepStrictEqual(contributes.views[View.container].map((v: { id: string }) => v.id), [View.topics]);
    assert.deepStrictEqual(sorted(manifest.activationEvents), sorted(Object.values(ViewType).map((type) => `onWebviewPanel:${type}`)));
    assert.deepStrictEqual(contributes.taskDefinitions.map((t: { type: string }) => t.type), [TaskType.snippet]);
  });

  it('every setting has a key, and every key is a setting', () => {
    assert.deepStrictEqual(sorted(Object.keys(contributes.configuration.properties)), sorted(Object.values(Setting).map((key) => `${SECTION}.${key}`)));
  });

  it('`when` clauses name only the extension\'s own views, context keys and settings', () => {
    const known = new Set<string>([...Object.values(View), ...Object.values(Context), ...Object.values(Setting).map((key) => `${SECTION}.${key}`)]);
    const clauses = [
      ...Object.values(contributes.menus as Record<string, { when?: string }[]>).flatMap((items) => items.map((item) => item.when ?? '')),
      ...contributes.viewsWelcome.map((w: { when?: string }) => w.when ?? ''),
      ...(contributes.walkthroughs ?? []).flatMap((w: { when?: string; steps: { when?: string }[] }) => [w.when ?? '', ...w.steps.map((s) => s.when ?? '')]),
    ];
    const settingEvents = JSON.stringify(contributes.walkthroughs ?? []).match(/onSettingChanged:[A-Za-z.]+/g) ?? [];
    const names = [...clauses, ...settingEvents].flatMap(namesIn);
    assert.ok(names.includes(Context.decksLoaded));
    for (const name of names) assert.ok(known.has(name), `"${name}" in a when clause matches nothing`);
  });
});
