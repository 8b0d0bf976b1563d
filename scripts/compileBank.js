// Runs src/build/compileBank.ts from esbuild.js: bundled in memory (the deck pipeline is TypeScript)
// and evaluated as a module, so the build needs no tsc step first.
const esbuild = require('esbuild');
const Module = require('module');
const path = require('path');

async function compileBank(root, dist) {
  const built = await esbuild.build({
    absWorkingDir: root, entryPoints: ['src/build/compileBank.ts'], bundle: true, platform: 'node', format: 'cjs', target: 'node20', write: false, logLevel: 'silent',
  });
  const filename = path.join(root, 'out', 'compileBank.js');
  const compiled = new Module(filename);
  compiled.filename = filename;
  compiled.paths = Module._nodeModulePaths(root);
  compiled._compile(built.outputFiles[0].text, filename);
  const outFile = path.join(dist, compiled.exports.COMPILED_BANK_FILE);
  const bank = await compiled.exports.compileBank(path.join(root, 'questions'), outFile);
  const questions = bank.decks.reduce((sum, deck) => sum + deck.questions.length, 0);
  const pack = await compiled.exports.writeBankPack(path.join(root, 'questions'), path.join(dist, compiled.exports.BANK_PACK));
  console.log(`bank: ${pack.files} snippet and exercise files packed into ${compiled.exports.BANK_PACK} (${(pack.bytes / 1024).toFixed(0)} KB, continuing ${compiled.exports.COMPILED_BANK_FILE})`);
  console.log(`bank: ${bank.decks.length} decks, ${questions} questions, ${bank.exercises.length} exercises compiled into ${path.relative(root, outFile)}` +
    (bank.diagnostics.length + bank.exerciseDiagnostics.length ? ` (${bank.diagnostics.length + bank.exerciseDiagnostics.length} problems)` : ''));
}

module.exports = { compileBank };
