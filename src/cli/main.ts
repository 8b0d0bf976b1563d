// The `interview-coach` command (bundled to dist/cli.js). Only the pure core and Node: no `vscode` here.
import { runCli } from './cli';
import { escapeControls } from './terminal';

runCli(process.argv.slice(2), {
  cwd: process.cwd(),
  out: (text) => process.stdout.write(text),
  err: (text) => process.stderr.write(text),
}).then(
  (status) => {
    process.exitCode = status;
  },
  // The commands report problems as diagnostics; anything else is a bug, said in one line, not a stack trace.
  (error: unknown) => {
    process.stderr.write(`interview-coach: internal error: ${escapeControls(error instanceof Error ? error.message : String(error))}\n`);
    process.exitCode = 2;
  },
);
