// The production build's CommonJS files share esbuild's module helpers instead of each carrying its
// own copy. esbuild turns every ESM output file into CommonJS with the same few helpers (__export,
// __copyProps, __toCommonJS, __toESM…) written at its top: about 450 bytes minified, in each of the
// 28 files. Here the helpers of all files go once into dist/chunks/helpers.js and each file requires
// the ones it uses. Each file is then minified inside a function (so its top-level names can be
// renamed), followed by esbuild's `0 && (module.exports = {...})` line: Node's `import()` of a
// CommonJS file (dist/features.js loads the controllers that way) reads the export names from it.
// If a file's top does not look as expected (a new esbuild), or two files define a helper
// differently, the files are left as esbuild wrote them.
// (esbuild may rename a helper's parameter where a file has a top-level name like it: definitions
// are compared minified, so such copies count as the same.)
const esbuild = require('esbuild');
const path = require('path');

const HELPER = /^var (__\w+) = /;
const ANNOTATION = /\n\/\/ Annotate the CommonJS export names for ESM import in node:\n0 && \(module\.exports = \{([^}]*)\}\);\n?$/;

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
 * minified, helpers.js included, or undefined when the helpers cannot be shared safely.
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
  const shared = await Promise.all(
    split.map(async ({ path: file, helpers, body }) => {
      const annotation = ANNOTATION.exec(body);
      const names = annotation ? annotation[1].split(',').map((name) => name.trim()).filter(Boolean) : [];
      let code = annotation ? body.slice(0, annotation.index) : body;
      // Only the helpers the file's own code calls (the others were there for the helpers).
      const used = [...helpers.keys()].filter((name) => new RegExp(`\\b${name}\\b`).test(code));
      if (used.length > 0) {
        let relative = path.relative(path.dirname(file), helpersFile).split(path.sep).join('/');
        if (!relative.startsWith('.')) relative = `./${relative}`;
        code = `var { ${used.join(', ')} } = require(${JSON.stringify(relative)});\n${code}`;
      }
      const minified = (await esbuild.transform(`(() => {\n${code}\n})();\n`, { minify: true, loader: 'js', platform: 'node', target: 'node20', legalComments: 'none' })).code;
      return { path: file, code: names.length ? `${minified}0&&(module.exports={${names.join(',')}});\n` : minified };
    }),
  );
  const runtime = `${[...all.values()].join('\n')}\nmodule.exports = { ${[...all.keys()].join(', ')} };\n`;
  const helpers = (await esbuild.transform(runtime, { minify: true, loader: 'js', format: 'cjs', platform: 'node', target: 'node20' })).code;
  return [...shared, { path: helpersFile, code: helpers }];
}

module.exports = { shareHelpers };
