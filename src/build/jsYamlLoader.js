// Stands in for the js-yaml package in the bundles (esbuild.js `alias`): its ES module build wraps
// the whole library in one object, so a bundler cannot leave the dumper out. These are the only
// names src/core/deck/yaml.ts imports, taken from the library's own CommonJS files (the loader and
// what it needs): 34 KB minified instead of 44. Tests and tools outside the bundles use js-yaml itself.
module.exports = {
  load: require('../../node_modules/js-yaml/lib/loader.js').load,
  CORE_SCHEMA: require('../../node_modules/js-yaml/lib/schema/core.js'),
  YAMLException: require('../../node_modules/js-yaml/lib/exception.js'),
};
