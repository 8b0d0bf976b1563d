// The `interview-coach` command (bundled to dist/cli.js). Only the pure core: no `vscode` here.
import { runCli } from './lint';

process.exitCode = runCli(process.argv.slice(2), {
  cwd: process.cwd(),
  out: (text) => process.stdout.write(text),
  err: (text) => process.stderr.write(text),
});
