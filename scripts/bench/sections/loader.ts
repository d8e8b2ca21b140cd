/**
 * Loading and validating a 10,000-paper catalog (read, parse, schema,
 * cross-file checks) — the work `npm run validate` and every build do first.
 * Target: under 2 s on a 2-core machine.
 */
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { loadCatalog } from '../../../src/lib/catalog/load.ts';
import { formatProblem } from '../../../src/lib/catalog/problems.ts';
import type { BenchSection } from '../section.ts';
import { writeSyntheticCatalog } from '../synthetic.ts';
import { measure, ms, report } from '../timing.ts';

const SIZES = [1_000, 10_000];
const TARGET_MS = 2_000;
const REAL_DATA = path.resolve(import.meta.dirname, '../../../data');

/** Gives every n-th paper a fractional year and a misspelt category; returns how many were changed. */
function breakSomePapers(dataDir: string, every: number): number {
  const dir = path.join(dataDir, 'papers');
  const names = readdirSync(dir).filter((_, i) => i % every === 0);
  for (const name of names) {
    const file = path.join(dir, name);
    writeFileSync(file, readFileSync(file, 'utf8').replace(/^year: \d+$/m, 'year: 2021.5').replace(/^categories:\n/m, 'categories:\n  - memorybank\n'));
  }
  return names.length;
}

const section: BenchSection = {
  name: 'loader',
  description: 'loadCatalog (read + parse + validate + cross-checks) on synthetic 1k and 10k-paper catalogs',
  async run() {
    const real = loadCatalog({ dataDir: REAL_DATA });
    const realTiming = await measure(() => loadCatalog({ dataDir: REAL_DATA }), { runs: 5, warmup: 1 });
    report(`data/ (${real.ok ? real.catalog.papers.length : '?'} papers), 5 runs`, realTiming);
    const tmp = mkdtempSync(path.join(tmpdir(), 'atlas-bench-loader-'));
    try {
      for (const papers of SIZES) {
        const started = performance.now();
        const catalog = writeSyntheticCatalog(path.join(tmp, String(papers), 'data'), { papers });
        console.log(`  ${papers} papers, ${catalog.datasets} datasets, ${catalog.categories} categories: ${catalog.files} files written in ${ms(performance.now() - started)}`);
        const load = () => {
          const result = loadCatalog({ dataDir: catalog.dataDir });
          if (!result.ok) throw new Error(`the synthetic catalog is invalid:\n${result.problems.slice(0, 5).map(formatProblem).join('\n')}`);
          return result;
        };
        const first = await measure(load, { runs: 1, warmup: 0 });
        report(`first load (cold JIT)`, first);
        const timing = await measure(load, { runs: 5, warmup: 0 });
        const verdict = papers === 10_000 ? `   ${timing.median < TARGET_MS ? '✓' : '✗'} target < ${ms(TARGET_MS)}` : '';
        report(`loadCatalog, 5 runs`, timing, `${Math.round(catalog.files / (timing.median / 1000))} files/s${verdict}`);
      }
      // The failure path (line lookups, did-you-mean, salvaging) must stay fast too: break 1% of the 10k papers.
      const dataDir = path.join(tmp, String(SIZES.at(-1)), 'data');
      const broken = breakSomePapers(dataDir, 100);
      let problems = 0;
      const failing = await measure(() => {
        const result = loadCatalog({ dataDir });
        problems = result.problems.length;
      }, { runs: 3, warmup: 0 });
      report(`with ${broken} broken papers, 3 runs`, failing, `${problems} problems reported`);
    } finally {
      rmSync(tmp, { recursive: true, force: true });
    }
  },
};

export default section;
