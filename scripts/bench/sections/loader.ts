/**
 * Loading and validating a 10,000-paper catalog (read, parse, schema,
 * cross-file checks) — the work `npm run validate` and every build do first.
 * Target: under 2 s on a 2-core machine.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { loadCatalog } from '../../../src/lib/load.ts';
import { formatProblem } from '../../../src/lib/problems.ts';
import type { BenchSection } from '../section.ts';
import { writeSyntheticCatalog } from '../synthetic.ts';
import { measure, ms, report } from '../timing.ts';

const SIZES = [1_000, 10_000];
const TARGET_MS = 2_000;

const section: BenchSection = {
  name: 'loader',
  description: 'loadCatalog (read + parse + validate + cross-checks) on synthetic 1k and 10k-paper catalogs',
  async run() {
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
    } finally {
      rmSync(tmp, { recursive: true, force: true });
    }
  },
};

export default section;
