/**
 * What VS Code loads first (package.json `main`). While it loads an extension's code, the host asks
 * its main thread for the extension's stored state (the ExtensionContext's mementos), and it can only
 * read the answer once our code is loaded: CommonJS loading is synchronous. So this starts loading the
 * wiring (dist/extension.js) on the next turn of the event loop, while that round trip is out, and
 * activate() takes it from the require cache, or loads it then if the answer came first.
 */
import * as path from 'path';
import type * as vscode from 'vscode';
import type * as Wiring from './extension';

let wiring: typeof Wiring | undefined;
// A bundle beside this one (esbuild.js), required by its absolute path so that it is not bundled in.
// eslint-disable-next-line @typescript-eslint/no-require-imports
const load = (): typeof Wiring => (wiring ??= require(path.join(__dirname, 'extension.js')) as typeof Wiring);

setTimeout(() => {
  try {
    load();
  } catch {
    // activate() loads it again and VS Code reports the error as the activation's.
  }
}, 0);

export function activate(context: vscode.ExtensionContext): Wiring.InterviewCoachApi {
  return load().activate(context);
}

export function deactivate(): void {
  wiring?.deactivate();
}
