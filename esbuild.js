// Four bundles: the extension (Node, CommonJS, `vscode` external), the quiz and progress webviews
// (browser, IIFE; dist/<page>.js from src/webview/<page>/index.ts) and the deck linter CLI
// (Node, CommonJS, executable).
// Codicons are copied into dist/ because the webview may only load from dist/ and media/.
// `--watch` rebuilds on change and reports in the shape of the `$esbuild-watch` problem matcher
// (.vscode/tasks.json), so errors land in the Problems panel.
// `require('./esbuild').builds` is the build table, for tools that need the same options.
const esbuild = require('esbuild');
const fs = require('fs');
const path = require('path');

const production = process.argv.includes('--production');
const watch = process.argv.includes('--watch');

const common = { bundle: true, minify: production, sourcemap: !production, logLevel: 'info', legalComments: 'none' };
const webview = (page) => ({ ...common, entryPoints: [`src/webview/${page}/index.ts`], outfile: `dist/${page}.js`, platform: 'browser', format: 'iife', target: 'chrome120' });
const builds = [
  { ...common, entryPoints: ['src/extension.ts'], outfile: 'dist/extension.js', platform: 'node', format: 'cjs', target: 'node20', external: ['vscode'] },
  webview('quiz'),
  webview('progress'),
  // The `interview-coach lint` command: the pure deck core only, so no `vscode` external here.
  { ...common, entryPoints: ['src/cli/main.ts'], outfile: 'dist/cli.js', platform: 'node', format: 'cjs', target: 'node20', banner: { js: '#!/usr/bin/env node' } },
];

/** Start and end lines, and each error as "✘ [ERROR] text" over "    file:line:column:", which `$esbuild-watch` reads. */
const problemMatcherReport = {
  name: 'problem-matcher-report',
  setup(build) {
    build.onStart(() => console.log('[watch] build started'));
    build.onEnd((result) => {
      for (const { text, location } of result.errors) {
        console.error(`✘ [ERROR] ${text}`);
        if (location) console.error(`    ${location.file}:${location.line}:${location.column}:`);
      }
      console.log('[watch] build finished');
    });
  },
};

function copyCodicons() {
  const from = path.join(__dirname, 'node_modules', '@vscode', 'codicons', 'dist');
  const to = path.join(__dirname, 'dist', 'codicons');
  fs.mkdirSync(to, { recursive: true });
  for (const file of ['codicon.css', 'codicon.ttf']) fs.copyFileSync(path.join(from, file), path.join(to, file));
}

async function main() {
  fs.rmSync(path.join(__dirname, 'dist'), { recursive: true, force: true });
  copyCodicons();
  if (watch) {
    for (const options of builds) await (await esbuild.context({ ...options, plugins: [problemMatcherReport] })).watch();
    return;
  }
  await Promise.all(builds.map((options) => esbuild.build(options)));
  fs.chmodSync(path.join(__dirname, 'dist', 'cli.js'), 0o755);
}

module.exports = { builds };

if (require.main === module) {
  main().catch((error) => {
    console.error(error);
    process.exit(1);
  });
}
