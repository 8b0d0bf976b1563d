// The production build's CommonJS files share esbuild's module helpers instead of each carrying its
// own copy. esbuild turns every ESM output file into CommonJS with the same few helpers (__export,
// __copyProps, __toCommonJS, __toESM…) written at its top: about 450 bytes minified, in each of the
// 28 files. Here the helpers of all files go once into dist/chunks/helpers.js and each file requires
// the ones it uses. Also drops esbuild's `0 && (module.exports = {...})` annotation, which only
// serves ESM code importing these files (none does). If a file's top does not look as expected (a
// new esbuild), or two files define a helper differently, the files are left as esbuild wrote them.
// (esbuild may rename a helper's parameter where a file has a top-level name like it: definitions
// are compared minified, so such copies count as the same.)
const esbuild = require('esbuild');
const path = require('path');

const HELPER = /^var (__\w+) = /;
const ANNOTATION = /\n\/\/ Annotate the CommonJS export names for ESM import in node:\n0 && \(module\.exports = \{[^}]*\}\);\n?$/;

/** esbuild's helpers at the top of `code` (unminified CommonJS): each `var __name = ...` with its continuation lines. */
function splitHelpers(code) {
  const lines = code.split('\n');
  const helpers = new Map();
  let i = 0;
  while (i < lines.length && HELPER.test(lines[i])) {
    const start = i++;
    while (i < lines.length && /^(\s|\}|\))/.test(lines[i])) i++;
    helpers.set(HELPER.exec(lines[start])[1], lines.slice(start, i).join('\n'));
  }
  return { helpers, body: lines.slice(i).join('\n') };
}

/**
 * `files`: [{ path, code }] with code as esbuild's unminified CommonJS. Returns the files to write,
 * helpers.js included, or undefined when the helpers cannot be shared safely.
 */
async function shareHelpers(files, helpersFile) {
  const all = new Map();
  const canonical = new Map();
  const split = files.map((file) => ({ ...file, ...splitHelpers(file.code) }));
  for (const { helpers } of split) {
    for (const [name, text] of helpers) {
      const minified = (await esbuild.transform(text, { minify: true, loader: 'js' })).code;
      if (canonical.has(name) && canonical.get(name) !== minified) return undefined;
      canonical.set(name, minified);
      if (!all.has(name)) all.set(name, text);
    }
  }
  if (all.size === 0) return undefined;
  const shared = split.map(({ path: file, helpers, body }) => {
    if (helpers.size === 0) return { path: file, code: body.replace(ANNOTATION, '\n') };
    let relative = path.relative(path.dirname(file), helpersFile).split(path.sep).join('/');
    if (!relative.startsWith('.')) relative = `./${relative}`;
    // Only the helpers the file's own code calls (the others were there for the helpers).
    const names = [...helpers.keys()].filter((name) => new RegExp(`\\b${name}\\b`).test(body)).join(', ');
    return { path: file, code: `var { ${names} } = require(${JSON.stringify(relative)});\n${body.replace(ANNOTATION, '\n')}` };
  });
  const runtime = `${[...all.values()].join('\n')}\nmodule.exports = { ${[...all.keys()].join(', ')} };\n`;
  return [...shared, { path: helpersFile, code: runtime }];
}

module.exports = { shareHelpers };
