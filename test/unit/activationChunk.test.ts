import * as assert from 'assert';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { repoRoot } from '../harness/paths';

// The build step is plain JavaScript beside esbuild.js.
const { mergeActivationChunks } = require(path.join(repoRoot, 'scripts', 'activationChunk.js')) as {
  mergeActivationChunks(files: Record<string, string>, entry: string): string[];
};

type Evaluated = { __evaluated: string[] };

/** A build's output as esbuild's CommonJS step writes it: entries in dist/, shared chunks in dist/chunks/. */
function output(dist: string): Record<string, string> {
  const chunk = (name: string) => path.join(dist, 'chunks', name);
  const note = (name: string) => `globalThis.__evaluated.push(${JSON.stringify(name)});`;
  return {
    [path.join(dist, 'extension.js')]: `${note('extension')}const a=require("./chunks/chunk-A.js");const ui=require("./chunks/chunk-UI.js");exports.value=a.x+ui.u;exports.later=()=>import("./chunks/lazy-L.js");`,
    // A and B begin with the same helper, as esbuild's chunks begin with its runtime helpers.
    [chunk('chunk-A.js')]: `var __times = (a, b) => a * b;\n${note('A')}const b=require("./chunk-B.js");exports.x=__times(b.y, 10);`,
    [chunk('chunk-B.js')]: `var __times = (a, b) => a * b;\n${note('B')}exports.y=__times(2, 1);`,
    // Loaded with the extension only; stands for a chunk that needs `vscode`. Its helper by the same name differs.
    [chunk('chunk-UI.js')]: `var __times = (a, b) => a + b - 1;\n${note('UI')}exports.u=__times(2, 2);`,
    // Shared by the CLI and a lazily loaded entry, never at activation.
    [chunk('chunk-C.js')]: `${note('C')}exports.z=require("./chunk-B.js").y+1;`,
    [chunk('lazy-L.js')]: `${note('L')}exports.l=require("./chunk-C.js").z;`,
    [path.join(dist, 'cli.js')]: `${note('cli')}exports.sum=require("./chunks/chunk-C.js").z+require("./chunks/chunk-B.js").y;`,
  };
}

describe('the activation chunk (build step: chunks loaded at activation merged into one file)', () => {
  let dist: string;
  let files: Record<string, string>;
  let removed: string[];
  const evaluated = globalThis as unknown as Evaluated;

  beforeEach(() => {
    dist = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'activation-chunk-')), 'dist');
    files = output(dist);
    removed = mergeActivationChunks(files, path.join(dist, 'extension.js'));
    for (const [file, code] of Object.entries(files)) {
      fs.mkdirSync(path.dirname(file), { recursive: true });
      fs.writeFileSync(file, code);
    }
    evaluated.__evaluated = [];
  });

  it('merges exactly the chunks the entry requires, directly or through each other, and leaves no copy of them', () => {
    assert.deepStrictEqual(removed.map((f) => path.basename(f)).sort(), ['chunk-A.js', 'chunk-B.js', 'chunk-UI.js']);
    assert.deepStrictEqual(fs.readdirSync(path.join(dist, 'chunks')).sort(), ['activation.js', 'chunk-C.js', 'lazy-L.js']);
    const requires = (file: string) => [...files[file].matchAll(/require\("([^"]+)"\)/g)].map((m) => m[1]);
    assert.deepStrictEqual(requires(path.join(dist, 'extension.js')), ['./chunks/activation.js', './chunks/activation.js']);
  });

  it('defines a helper the merged chunks share once, and leaves a chunk whose helper differs its own', () => {
    const merged = files[path.join(dist, 'chunks', 'activation.js')];
    assert.strictEqual(merged.match(/var __times = \(a, b\) => a \* b;/g)?.length, 1);
    assert.strictEqual(merged.match(/var __times = \(a, b\) => a \+ b - 1;/g)?.length, 1);
  });

  it('gives the entry the same exports, each merged chunk run once, in require order', () => {
    const extension = require(path.join(dist, 'extension.js')) as { value: number };
    assert.strictEqual(extension.value, 23, "20 from A and B, 3 from chunk-UI's own helper");
    assert.deepStrictEqual(evaluated.__evaluated, ['extension', 'A', 'B', 'UI']);
  });

  it('lets the CLI and lazy entries load a merged chunk without running the others, and shares one instance', async () => {
    const cli = require(path.join(dist, 'cli.js')) as { sum: number };
    assert.strictEqual(cli.sum, 5);
    assert.deepStrictEqual(evaluated.__evaluated, ['cli', 'C', 'B'], 'chunk-UI (which would need vscode) never ran');
    require(path.join(dist, 'extension.js'));
    assert.deepStrictEqual(evaluated.__evaluated, ['cli', 'C', 'B', 'extension', 'A', 'UI'], 'chunk-B ran once for both');
  });
});
