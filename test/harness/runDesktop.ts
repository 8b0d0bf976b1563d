/**
 * `test:desktop`: run the same integration suite (out/test/integration/index.js) in a
 * desktop VS Code downloaded by @vscode/test-electron. Needs a machine that can reach
 * Microsoft's download servers (not the CI/dev machines of this project, which use
 * test/harness/runExtensionHostTests.ts with code-server instead).
 *
 *   npx tsc -p tsconfig.test.json && node out/test/harness/runDesktop.js
 *
 * Env: VSCODE_TEST_VERSION (default 1.100.3, the version code-server bundles).
 */
import * as fs from 'fs';
import { runTests } from '@vscode/test-electron';
import { fixtureWorkspace, integrationTestsIndex, repoRoot } from './paths';

async function main(): Promise<number> {
  if (!fs.existsSync(integrationTestsIndex)) {
    throw new Error(`${integrationTestsIndex} is missing: compile the tests first (npx tsc -p tsconfig.test.json).`);
  }
  return runTests({
    version: process.env.VSCODE_TEST_VERSION || '1.100.3',
    extensionDevelopmentPath: repoRoot,
    extensionTestsPath: integrationTestsIndex,
    launchArgs: [fixtureWorkspace, '--disable-extensions'],
  });
}

main().then(
  (code) => process.exit(code),
  (err: unknown) => {
    console.error('Desktop integration tests failed:', err);
    process.exit(1);
  },
);
