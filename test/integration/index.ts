/**
 * Mocha entry point for the extension-host integration tests. The VS Code extension
 * host calls `run()`; the same file works under code-server
 * (test/harness/runExtensionHostTests.ts) and under @vscode/test-electron
 * (test/harness/runDesktop.ts). Loads every `*.test.js` below this folder.
 */
import * as fs from 'fs';
import * as path from 'path';
import Mocha from 'mocha';
import { stalledWebviews } from './helpers';

function findTestFiles(dir: string): string[] {
  const out: string[] = [];
  for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) out.push(...findTestFiles(full));
    else if (entry.isFile() && entry.name.endsWith('.test.js')) out.push(full);
  }
  return out.sort();
}

export async function run(): Promise<void> {
  const mocha = new Mocha({
    ui: 'bdd',
    reporter: 'spec',
    color: false,
    timeout: 45000, // a hang detector: a stalled webview is reloaded, then reopened, within a test
  });
  const grep = process.env.INTEGRATION_GREP;
  if (grep) mocha.grep(grep);

  for (const file of findTestFiles(__dirname)) mocha.addFile(file);

  await new Promise<void>((resolve, reject) => {
    try {
      mocha.run((failures) => {
        // For the record: how often code-server's webview bootstrap stalled and was reloaded.
        console.log(`  webviews reloaded after a stalled bootstrap: ${stalledWebviews.length}${stalledWebviews.length ? ` (${stalledWebviews.join('; ')})` : ''}`);
        if (failures > 0) reject(new Error(`${failures} integration test(s) failed.`));
        else resolve();
      });
    } catch (err) {
      reject(err instanceof Error ? err : new Error(String(err)));
    }
  });
}
