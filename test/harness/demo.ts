/**
 * `npm run demo`: serves a real VS Code (code-server 4.100.3) on 127.0.0.1 with Interview Coach
 * loaded from this folder and a sample workspace, and prints the URL. Progress is kept in
 * `.test-run/demo` between runs. Ctrl+C stops the server.
 *
 * Env: PORT (default 8080).
 */
import * as fs from 'fs';
import * as path from 'path';
import { startCodeServer } from './codeServer';
import { fixtureWorkspace, repoRoot, testRunRoot } from './paths';

async function main(): Promise<void> {
  const pkg = JSON.parse(fs.readFileSync(path.join(repoRoot, 'package.json'), 'utf8')) as { publisher: string; name: string; version: string };
  const runDir = path.join(testRunRoot, 'demo');
  const extensionsDir = path.join(runDir, 'ext');
  const link = path.join(extensionsDir, `${pkg.publisher}.${pkg.name}-${pkg.version}`);
  fs.mkdirSync(extensionsDir, { recursive: true });
  fs.rmSync(link, { recursive: true, force: true });
  fs.symlinkSync(repoRoot, link, 'dir');
  // Debian's Python has the packages the snippets use (scripts/setup.sh installs them).
  const python = fs.existsSync('/usr/bin/python3') ? '/usr/bin/python3' : 'python3';
  const server = await startCodeServer({
    workspace: fixtureWorkspace,
    runDir,
    extensionsDir,
    port: Number(process.env.PORT || 8080),
    settings: { 'interviewCoach.pythonPath': python, 'security.workspace.trust.enabled': true },
  });
  console.log('');
  console.log('Interview Coach is running in a real VS Code. Open this in your browser:');
  console.log(`  ${server.url()}`);
  console.log('Then click the Interview Coach icon in the activity bar. Ctrl+C stops the server.');
  console.log(`(log: ${server.logPath})`);
  const stop = () => void server.stop().then(() => process.exit(0));
  process.on('SIGINT', stop);
  process.on('SIGTERM', stop);
  await new Promise(() => undefined);
}

main().catch((error) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
