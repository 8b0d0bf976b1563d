// Build step (production): the chunks that dist/extension.js requires at load, directly or through
// each other, become one file, dist/chunks/activation.js. The extension host pays about half a
// millisecond per file it loads, and esbuild's code splitting cuts the activation path into one small
// chunk per set of entry points sharing it (ten files, most of a few hundred bytes): loading them
// was most of activation. Each merged chunk keeps its own CommonJS scope and runs on first require,
// as it did as a file, so the CLI (which shares some of them) never runs the ones that need `vscode`.
// Every require of a merged chunk, in any output file, is rewritten to the merged file's `load`.
// The chunk files are then deleted, so no code ships twice. esbuild's runtime helpers, which each
// chunk begins with, are defined once in the merged file. Give it code before minification.
const path = require('path');
const ts = require('typescript');

const MERGED = 'activation.js';
// esbuild names the chunks of shared code `chunk-<hash>.js`, and only static imports lead to them
// (an `import()` leads to an entry of its own, named after its module).
const chunkRequire = /require\("(\.\/(?:chunks\/)?)(chunk-[\w-]+\.js)"\)/g;
// The same, in esbuild's ESM output (before the CommonJS step): `import … from "./chunk-….js"`.
const chunkImport = /(?:from|import)\s*"(\.\/(?:chunks\/)?)(chunk-[\w-]+\.js)"/g;

/**
 * The shared chunks `entry` loads, directly or through each other: the ones loaded with it. `files`
 * is the build's output (absolute path → code), as ESM or as CommonJS.
 */
function activationChunks(files, entry) {
  const byName = new Map(Object.entries(files).map(([file, code]) => [path.basename(file), code]));
  const found = new Set();
  const visit = (code) => {
    for (const [, , name] of [...code.matchAll(chunkRequire), ...code.matchAll(chunkImport)]) {
      if (found.has(name) || !byName.has(name)) continue;
      found.add(name);
      visit(byName.get(name));
    }
  };
  visit(files[entry]);
  return found;
}

/**
 * The `var __name = …` statements a chunk begins with (esbuild's runtime helpers, such as
 * `__export` and `__toCommonJS`), by name, and the code after them.
 */
function splitHelpers(code) {
  const source = ts.createSourceFile('chunk.js', code, ts.ScriptTarget.Latest, false, ts.ScriptKind.JS);
  const helpers = new Map();
  let end = 0;
  for (const statement of source.statements) {
    const names = ts.isVariableStatement(statement) ? statement.declarationList.declarations.map((d) => (ts.isIdentifier(d.name) ? d.name.text : '')) : [];
    if (names.length === 0 || !names.every((name) => name.startsWith('__'))) break;
    helpers.set(names.join(','), code.slice(statement.getStart(source), statement.end));
    end = statement.end;
  }
  return { helpers, body: code.slice(end) };
}

/** Each part's code without the helpers that every part defines the same way, and those helpers once. */
function hoistHelpers(parts) {
  const split = parts.map((part) => ({ ...part, ...splitHelpers(part.code) }));
  const shared = new Map();
  for (const { helpers } of split) for (const [name, text] of helpers) if (!shared.has(name)) shared.set(name, text);
  // A part whose helper differs from the shared one by the same name keeps its own helpers.
  const same = ({ helpers }) => [...helpers].every(([name, text]) => shared.get(name) === text);
  return { helpers: [...shared.values()].join('\n'), parts: split.map((part) => ({ name: part.name, code: same(part) ? part.body : part.code })) };
}

/** The merged file: a table of the chunks as functions, each run once, on its first `load`. */
function mergedSource(unhoisted) {
  const { helpers, parts } = hoistHelpers(unhoisted);
  const table = parts.map(({ name, code }) => `${JSON.stringify(name)}:function(module,exports,require){${rewrite(code)}\n}`).join(',\n');
  return [
    '"use strict";',
    helpers,
    `const parts={${table}};`,
    'const loaded={};',
    // Same order and caching as require: the entry is cached before it runs, so a cycle sees partial exports.
    'function load(name){if(loaded[name])return loaded[name].exports;const module=loaded[name]={exports:{}};parts[name](module,module.exports,require);return module.exports;}',
    'exports.load=load;',
    '',
  ].join('\n');

  function rewrite(code) {
    return code.replace(chunkRequire, (match, _prefix, name) => (parts.some((part) => part.name === name) ? `load(${JSON.stringify(name)})` : `require("./${name}")`));
  }
}

/**
 * Rewrites the build's output `files` (absolute path → CommonJS code, in dist/ and dist/chunks/)
 * in place: returns the paths to delete. `entry` is the absolute path of dist/extension.js;
 * `names`, the chunks to merge (activationChunks).
 */
function mergeActivationChunks(files, entry, names = activationChunks(files, entry)) {
  if (names.size === 0) return [];
  const chunksDir = path.join(path.dirname(entry), 'chunks');
  const parts = [...names].sort().map((name) => ({ name, code: files[path.join(chunksDir, name)] }));
  for (const file of Object.keys(files)) {
    if (names.has(path.basename(file))) continue;
    const toMerged = path.relative(path.dirname(file), path.join(chunksDir, MERGED)).replace(/^(?!\.)/, './');
    files[file] = files[file].replace(chunkRequire, (match, _prefix, name) => (names.has(name) ? `require(${JSON.stringify(toMerged)}).load(${JSON.stringify(name)})` : match));
  }
  files[path.join(chunksDir, MERGED)] = mergedSource(parts);
  const removed = parts.map(({ name }) => path.join(chunksDir, name));
  for (const file of removed) delete files[file];
  return removed;
}

module.exports = { mergeActivationChunks, activationChunks, splitHelpers };
