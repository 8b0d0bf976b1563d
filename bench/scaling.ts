/**
 * Scaling benchmark (`npm run bench`): times every pathological generator of bench/pathological.ts
 * at 1×, 4× and 16× its base size through the parser entry point it targets, and prints the ratios
 * and the growth exponent (log(t16/t1) / log 16: about 1 is linear, 2 quadratic). A row whose 4×
 * already grows super-linearly and would take over ~20 s at 16× is not run at 16×; the projection is
 * printed instead. Prints figures only: nothing here asserts on time.
 */
import { performance } from 'perf_hooks';
import { parseGenericMarkdown } from '../src/core/deck/genericMarkdown';
import { parseDeck } from '../src/core/deck/parseDeck';
import { splitFrontMatter } from '../src/core/deck/frontMatter';
import { renderMarkdown } from '../src/core/markdown/renderMarkdown';
import { PATHOLOGICAL, Target } from './pathological';

const ENTRY: Record<Target, (text: string) => unknown> = {
  generic: (text) => parseGenericMarkdown(text, '/bench/notes.md'),
  native: (text) => parseDeck(text, '/bench/deck.md'),
  frontMatter: (text) => splitFrontMatter(text),
  render: (text) => renderMarkdown(text),
};

interface Timing {
  ms: number;
  /** Set when the entry point threw. */
  error?: string;
}

/** Median of a few runs (fewer for slow inputs); a throw is reported, not timed. */
function time(run: () => unknown, budgetMs = 600): Timing {
  try {
    const start = performance.now();
    run();
    const once = performance.now() - start;
    const runs = Math.max(1, Math.min(15, Math.floor(budgetMs / Math.max(once, 0.01))));
    if (runs === 1) return { ms: once };
    const samples: number[] = [];
    for (let i = 0; i < runs; i++) {
      const t = performance.now();
      run();
      samples.push(performance.now() - t);
    }
    samples.sort((a, b) => a - b);
    return { ms: samples[Math.floor(samples.length / 2)] };
  } catch (error) {
    return { ms: NaN, error: `${(error as Error).name}: ${String((error as Error).message).split('\n')[0].slice(0, 60)}` };
  }
}

const show = (t: Timing | undefined) => (!t ? 'skipped' : t.error ? `throws (${t.error})` : t.ms >= 1000 ? `${(t.ms / 1000).toFixed(2)} s` : `${t.ms.toFixed(2)} ms`);

function main() {
  const only = process.argv[2];
  const rows: string[][] = [];
  for (const gen of PATHOLOGICAL.filter((g) => !only || g.name.includes(only))) {
    process.stderr.write(`${gen.name}\u2026\n`);
    const entry = ENTRY[gen.target];
    const texts = [1, 4, 16].map((scale) => gen.make(gen.base * scale));
    // Warm-up at 4× too: at 1× a cold JIT would otherwise make the first figure, and every ratio, noisy.
    time(() => entry(texts[0]), 0);
    time(() => entry(texts[1]), 0);
    const t1 = time(() => entry(texts[0]));
    const t4 = time(() => entry(texts[1]));
    const r4 = t4.ms / t1.ms;
    const projected = t4.ms * r4;
    const t16 = r4 > 6 && projected > 20_000 ? undefined : time(() => entry(texts[2]));
    const r16 = t16 ? t16.ms / t1.ms : NaN;
    rows.push([
      `${gen.target}: ${gen.name}`,
      `${(texts[0].length / 1024).toFixed(0)} KB`,
      show(t1),
      show(t4),
      t16 ? show(t16) : `skipped (~${(projected / 1000).toFixed(0)} s)`,
      Number.isFinite(r4) ? `${r4.toFixed(1)}×` : '-',
      Number.isFinite(r16) ? `${r16.toFixed(1)}×` : '-',
      Number.isFinite(r16) ? (Math.log(r16) / Math.log(16)).toFixed(2) : Number.isFinite(r4) ? `(${(Math.log(r4) / Math.log(4)).toFixed(2)})` : '-',
    ]);
  }
  const header = ['generator', '1× size', '1×', '4×', '16×', 't4/t1', 't16/t1', 'exponent'];
  const widths = header.map((h, c) => Math.max(h.length, ...rows.map((row) => row[c].length)));
  const line = (cells: string[]) => `| ${cells.map((cell, c) => cell.padEnd(widths[c])).join(' | ')} |`;
  const out = [line(header), `|${widths.map((w) => '-'.repeat(w + 2)).join('|')}|`, ...rows.map(line)];
  out.push('linear: t4/t1 ≈ 4, t16/t1 ≈ 16, exponent ≈ 1 (tiny 1× times make the ratios noisy)');
  out.push(`node ${process.version}, ${process.platform}/${process.arch}`);
  process.stdout.write(`${out.join('\n')}\n`);
}

if (require.main === module) main();
