/**
 * What activation costs before activate() runs: loading and evaluating the bundled
 * dist/extension.js (build it first: `node esbuild.js --production`). activate() itself is timed
 * inside the real extension host by the integration suite. Each run is a fresh Node process so
 * nothing is cached; prints the median and the ratio to the 50 ms activation budget.
 *
 * The `vscode` module exists only inside the extension host; here an empty object stands in for it
 * so the bundle can be evaluated; nothing of it is called.
 */
import { execFileSync } from 'child_process';
import * as fs from 'fs';
import * as path from 'path';

const bundle = path.resolve(__dirname, '../../dist/extension.js');
const BUDGET_MS = 50;
const RUNS = 9;

const probe = `
const Module = require('module');
const resolve = Module._resolveFilename;
Module._resolveFilename = function (request, ...rest) { return request === 'vscode' ? request : resolve.call(this, request, ...rest); };
require.cache.vscode = { id: 'vscode', filename: 'vscode', loaded: true, exports: {} };
const start = process.hrtime.bigint();
require(${JSON.stringify(bundle)});
process.stdout.write(String(Number(process.hrtime.bigint() - start) / 1e6));
`;

function main(): void {
  if (!fs.existsSync(bundle)) throw new Error(`${bundle} is missing: run node esbuild.js --production first`);
  const times = Array.from({ length: RUNS }, () => Number(execFileSync(process.execPath, ['-e', probe], { encoding: 'utf8' }))).sort((a, b) => a - b);
  const median = times[Math.floor(RUNS / 2)];
  console.log(`dist/extension.js: ${(fs.statSync(bundle).size / 1024).toFixed(0)} KB`);
  console.log(`load + evaluate: median ${median.toFixed(1)} ms over ${RUNS} fresh processes (min ${times[0].toFixed(1)}, max ${times[RUNS - 1].toFixed(1)})`);
  console.log(`ratio to the ${BUDGET_MS} ms activation budget: ${(median / BUDGET_MS).toFixed(2)}`);
  console.log(`node ${process.version}, ${process.platform}/${process.arch}`);
}

main();
