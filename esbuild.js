// Bundles: the Node side (extension, its lazily loaded features, the deck linter CLI) as one
// code-split build, and the two webviews (browser, IIFE). Codicons are copied into dist/ because
// the webview may only load from dist/ and media/: only the icons in use (scripts/codicons.js).
//
// Loading: VS Code evaluates dist/extension.js whole at activation, so it holds only the wiring,
// the tree and the status bar; everything else is `import()`ed or required (dist/features.js) on
// first use. esbuild splits code only in ESM output, so the Node build is split as ESM and each
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
const { shareHelpers } = require('./scripts/sharedHelpers');

const production = process.argv.includes('--production');
const watch = process.argv.includes('--watch');
const dist = path.join(__dirname, 'dist');

const common = { bundle: true, minify: production, sourcemap: !production, logLevel: 'info', legalComments: 'none' };
const webview = (page) => ({ ...common, entryPoints: [`src/webview/${page}/index.ts`], outfile: `dist/${page}.js`, platform: 'browser', format: 'iife', target: 'chrome120' });

/**
 * Rewrites the split build's ESM output as CommonJS files: source maps carried through in
 * development; in production, one copy of esbuild's module helpers for all files (scripts/sharedHelpers.js).
 */
const toCommonJs = {
  name: 'to-commonjs',
  setup(build) {
    build.onEnd(async (result) => {
      if (result.errors.length > 0 || !result.outputFiles) return;
      const files = result.outputFiles.filter((file) => file.path.endsWith('.js'));
      const cjs = { format: 'cjs', platform: 'node', target: 'node20', legalComments: 'none', loader: 'js' };
      const write = (file, code) => {
        const banner = path.basename(file) === 'cli.js' ? '#!/usr/bin/env node\n' : '';
        fs.mkdirSync(path.dirname(file), { recursive: true });
        fs.writeFileSync(file, banner + code);
        if (banner) fs.chmodSync(file, 0o755);
      };
      const withoutShebang = (text) => text.replace(/^#!.*\n/, '');
      if (!production) {
        for (const file of files) {
          const out = await esbuild.transform(withoutShebang(file.text), { ...cjs, sourcemap: 'external', sourcefile: path.basename(file.path) });
          write(file.path, `${out.code}//# sourceMappingURL=${path.basename(file.path)}.map\n`);
          fs.writeFileSync(`${file.path}.map`, out.map);
        }
        return;
      }
      const converted = await Promise.all(files.map(async (file) => ({ path: file.path, code: (await esbuild.transform(withoutShebang(file.text), cjs)).code })));
      const shared = await shareHelpers(converted, path.join(dist, 'chunks', 'helpers.js'));
      if (shared) for (const file of shared) write(file.path, file.code);
      else for (const file of files) write(file.path, (await esbuild.transform(withoutShebang(file.text), { ...cjs, minify: true })).code);
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
const builds = [node, webview('quiz'), webview('progress')];

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
