// Build step (production): the CommonJS files loaded after activation (dist/features.js, dist/cli.js,
// the chunks they load) share one copy of esbuild's runtime helpers instead of each beginning with
// its own (__export, __copyProps, __toCommonJS, __toESM…: about 450 bytes minified, in 20-odd files).
// The helpers go once into dist/chunks/helpers.js and each file requires the ones its code calls.
// The activation path (dist/extension.js, dist/chunks/activation.js) is not given to this step: it
// keeps its own helpers, so it loads no extra file.
//
// Each file is minified inside a function, so its top-level names can be renamed (transforming it a
// second time as a CommonJS module would add a second set of helpers), and esbuild's closing
// `0 && (module.exports = {...})` line is kept after it: Node's `import()` of a CommonJS file
// (dist/features.js loads the controllers that way) reads the export names from that line.
// When two files define a helper differently (esbuild renames a parameter where a file has a
// top-level name like it: definitions are compared minified), each file keeps its own helpers.
const esbuild = require('esbuild');
const path = require('path');
const { splitHelpers } = require('./activationChunk');

const ANNOTATION = /\n\/\/ Annotate the CommonJS export names for ESM import in node:\n0 && \(module\.exports = \{([^}]*)\}\);\n?$/;
const options = { minify: true, loader: 'js', platform: 'node', target: 'node20', legalComments: 'none' };

/**
 * `files`: [{ path, code }], esbuild's unminified CommonJS. Returns them minified, with
 * `helpersFile` added when the helpers are shared.
 */
async function minifyWithSharedHelpers(files, helpersFile) {
  const split = files.map((file) => {
    const [hashbang] = file.code.match(/^#!.*\n/) ?? [''];
    return { ...file, hashbang, ...splitHelpers(file.code.slice(hashbang.length)) };
  });
  const shared = await sharedDefinitions(split.map((file) => file.helpers));
  const out = await Promise.all(split.map((file) => minifyOne(file, shared, helpersFile)));
  if (!shared || shared.size === 0) return out;
  const runtime = `${[...shared.values()].join('\n')}\nmodule.exports = { ${[...shared.keys()].flatMap((key) => key.split(',')).join(', ')} };\n`;
  return [...out, { path: helpersFile, code: (await esbuild.transform(runtime, { ...options, format: 'cjs' })).code }];
}

/** The helpers by name when every file defines each the same way; undefined when not. */
async function sharedDefinitions(helperMaps) {
  const texts = new Map();
  const minified = new Map();
  for (const helpers of helperMaps) {
    for (const [name, text] of helpers) {
      const canonical = (await esbuild.transform(text, { minify: true, loader: 'js' })).code;
      if (minified.has(name) && minified.get(name) !== canonical) return undefined;
      minified.set(name, canonical);
      if (!texts.has(name)) texts.set(name, text);
    }
  }
  return texts;
}

async function minifyOne({ path: file, hashbang, helpers, body }, shared, helpersFile) {
  const annotation = ANNOTATION.exec(body);
  const exported = annotation ? annotation[1].split(',').map((name) => name.trim()).filter(Boolean) : [];
  let code = annotation ? body.slice(0, annotation.index) : body;
  if (shared) {
    // Only the helpers the file's own code calls (the others were there for the helpers).
    const used = [...helpers.keys()].flatMap((key) => key.split(',')).filter((name) => new RegExp(`\\b${name}\\b`).test(code));
    let relative = path.relative(path.dirname(file), helpersFile).split(path.sep).join('/');
    if (!relative.startsWith('.')) relative = `./${relative}`;
    if (used.length > 0) code = `var { ${used.join(', ')} } = require(${JSON.stringify(relative)});\n${code}`;
  } else {
    code = `${[...helpers.values()].join('\n')}\n${code}`;
  }
  const minified = (await esbuild.transform(`(() => {\n${code}\n})();\n`, options)).code;
  return { path: file, code: `${hashbang}${minified}${exported.length ? `0&&(module.exports={${exported.join(',')}});\n` : ''}` };
}

module.exports = { minifyWithSharedHelpers };
