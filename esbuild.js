// Bundles: the Node side (extension, its lazily loaded features, the deck linter CLI) as one
// code-split build, and the two webviews (browser, IIFE). Codicons are copied into dist/ because
// the webview may only load from dist/ and media/: only the icons in use (scripts/codicons.js).
//
// Loading: VS Code loads dist/main.js, which loads dist/extension.js while the host fetches the
// extension's stored state (src/main.ts). dist/extension.js holds only the wiring, the tree and
// the status bar; everything else is `import()`ed or required (dist/features.js) on first use. esbuild splits code only in ESM output, so the Node build is split as ESM and each
// output file is then turned into CommonJS (the extension host loads CommonJS; `import()` becomes
// a `require` of the chunk). The CLI and the extension share their chunks: no code ships twice.
// `--watch` rebuilds on change and reports in the shape of the `$esbuild-watch` problem matcher
// (.vscode/tasks.json), so errors land in the Problems panel.
// `require('./esbuild').builds` is the build table, for tools that need the same options.
const esbuild = require('esbuild');
const fs = require('fs');
const path = require('path');
const { compileBank } = require('./scripts/compileBank');
const { writeCodicons } = require('./scripts/codicons');
const { activationChunks, mergeActivationChunks } = require('./scripts/activationChunk');
const { minifyWithSharedHelpers } = require('./scripts/sharedHelpers');

const production = process.argv.includes('--production');
const watch = process.argv.includes('--watch');
const dist = path.join(__dirname, 'dist');

const common = { bundle: true, minify: production, sourcemap: !production, logLevel: 'info', legalComments: 'none' };
const webview = (page) => ({ ...common, entryPoints: [`src/webview/${page}/index.ts`], outfile: `dist/${page}.js`, platform: 'browser', format: 'iife', target: 'chrome120' });

/**
 * `import * as vscode from "vscode"` as a plain `require`: as CommonJS, esbuild would make each
 * such import a namespace copy of the API object (a getter for each of its few hundred names), and
 * the extension host spent most of the activation module's load making those copies. Imports are
 * hoisted in ESM, so the requires go first.
 */
function requireVscodeDirectly(code) {
  const names = [];
  const rest = code.replace(/import\s*\*\s*as\s*([\w$]+)\s*from\s*"vscode";?/g, (_match, name) => {
    names.push(name);
    return '';
  });
  if (names.length === 0) return code;
  const [hashbang] = rest.match(/^#!.*\n/) ?? [''];
  return `${hashbang}var ${names.map((name) => `${name}=require("vscode")`).join(',')};\n${rest.slice(hashbang.length)}`;
}

/**
 * Rewrites the split build's ESM output as CommonJS files (source maps carried through). In
 * production the chunks loaded at activation are then merged into one (scripts/activationChunk.js),
 * and the files loaded later share one copy of esbuild's helpers, dist/chunks/helpers.js
 * (scripts/sharedHelpers.js): the activation path (main.js, extension.js, chunks/activation.js)
 * keeps its own, so it loads no extra file. The development build keeps every file apart, each
 * with its source map.
 */
const toCommonJs = {
  name: 'to-commonjs',
  setup(build) {
    build.onEnd(async (result) => {
      if (result.errors.length > 0 || !result.outputFiles) return;
      const entry = path.join(dist, 'extension.js');
      const outputs = result.outputFiles.filter((file) => file.path.endsWith('.js'));
      // Merged chunks are minified after the merge, together, so their shared helpers are defined once.
      const merged = production ? activationChunks(Object.fromEntries(outputs.map((file) => [file.path, file.text])), entry) : new Set();
      // Minified in this pass: only the entry; merged chunks are minified after the merge, the
      // files loaded later after their helpers are shared.
      const later = (file) => production && file !== entry && !merged.has(path.basename(file));
      const files = {};
      const maps = {};
      for (const file of outputs) {
        const banner = path.basename(file.path) === 'cli.js' ? '#!/usr/bin/env node' : undefined;
        const out = await esbuild.transform(requireVscodeDirectly(file.text.replace(/^#!.*\n/, '')), {
          format: 'cjs', platform: 'node', target: 'node20', minify: production && file.path === entry, banner, legalComments: 'none',
          sourcemap: production ? false : 'external', sourcefile: path.basename(file.path), loader: 'js',
        });
        files[file.path] = out.code;
        if (!production) maps[file.path] = out.map;
      }
      if (production) {
        mergeActivationChunks(files, entry, merged);
        const activation = path.join(dist, 'chunks', 'activation.js');
        if (files[activation]) files[activation] = (await esbuild.transform(files[activation], { minify: true, format: 'cjs', platform: 'node', target: 'node20', loader: 'js', legalComments: 'none' })).code;
        const shared = await minifyWithSharedHelpers(Object.keys(files).filter((file) => file !== activation && later(file)).map((file) => ({ path: file, code: files[file] })), path.join(dist, 'chunks', 'helpers.js'));
        for (const file of shared) files[file.path] = file.code;
      }
      for (const [file, code] of Object.entries(files)) {
        fs.mkdirSync(path.dirname(file), { recursive: true });
        const mapComment = production ? '' : `//# sourceMappingURL=${path.basename(file)}.map\n`;
        fs.writeFileSync(file, code + mapComment);
        if (!production) fs.writeFileSync(`${file}.map`, maps[file]);
        if (code.startsWith('#!')) fs.chmodSync(file, 0o755);
      }
    });
  },
};

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

const node = {
  ...common,
  sourcemap: production ? false : 'inline',
  entryPoints: { extension: 'src/extension.ts', features: 'src/vscode/features.ts', cli: 'src/cli/main.ts' },
  outdir: 'dist',
  chunkNames: 'chunks/[name]-[hash]',
  splitting: true,
  format: 'esm',
  platform: 'node',
  target: 'node20',
  external: ['vscode'],
  // Stand-ins that leave unused library code out of the bundles (each file says why).
  alias: { 'linkify-it': './src/build/linkifyOff.ts', 'js-yaml': './src/build/jsYamlLoader.js' },
  write: false,
  plugins: [toCommonJs],
};
// The first module VS Code loads: a build of its own, so it shares no chunk and loads nothing else.
const entry = { ...common, sourcemap: production ? false : 'inline', entryPoints: ['src/main.ts'], outfile: 'dist/main.js', platform: 'node', format: 'cjs', target: 'node20', external: ['vscode'] };
const builds = [entry, node, webview('quiz'), webview('progress')];

async function main() {
  fs.rmSync(dist, { recursive: true, force: true });
  writeCodicons(__dirname, path.join(dist, 'codicons'));
  await compileBank(__dirname, dist);
  if (watch) {
    for (const options of builds) await (await esbuild.context({ ...options, plugins: [...(options.plugins ?? []), problemMatcherReport] })).watch();
    return;
  }
  await Promise.all(builds.map((options) => esbuild.build(options)));
}

module.exports = { builds };

if (require.main === module) {
  main().catch((error) => {
    console.error(error);
    process.exit(1);
  });
}
