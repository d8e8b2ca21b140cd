/**
 * The site build: wall time for the committed data and for synthetic 750, 1k
 * and 5k-paper catalogs (the build should grow about linearly; 750 papers,
 * the size the catalog is growing to, must build in under 30 s), pages and
 * output size, the JavaScript each page type ships (gzip; budget 10 KB except
 * search), and for data/ and 750 papers the HTML size and phone height of the
 * longest pages (page-figures.ts, in Chromium). Runs `astro build` as a child
 * process, as `npm run build` does.
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readdirSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import type { BenchSection } from '../section.ts';
import { writeSyntheticCatalog } from '../synthetic.ts';
import { ms } from '../timing.ts';
import { pageJs } from '../../../tests/support/page-js.ts';
import { pushTo } from '../../../src/lib/catalog/group.ts';
import { pageFigures, printPageFigures } from '../page-figures.ts';

const ROOT = path.resolve(import.meta.dirname, '../../..');
const SYNTHETIC_SIZES = [750, 1_000, 5_000];
/** The catalog's coming size, whose pages are measured and whose build has a budget. */
const GROWN = 750;
const BUILD_BUDGET_MS = 30_000;
const JS_BUDGET = 10 * 1024;

function build(dataDir: string, outDir: string): number {
  const env = { ...process.env, ATLAS_DATA_DIR: dataDir, BASE_PATH: '/', ASTRO_TELEMETRY_DISABLED: '1' };
  const started = performance.now();
  execFileSync(process.execPath, [path.join(ROOT, 'node_modules/astro/astro.js'), 'build', '--outDir', outDir], { cwd: ROOT, env, stdio: 'ignore' });
  return performance.now() - started;
}

function walk(dir: string, prefix = ''): { rel: string; size: number }[] {
  return readdirSync(dir).flatMap((name) => {
    const full = path.join(dir, name);
    const stat = statSync(full);
    return stat.isDirectory() ? walk(full, `${prefix}${name}/`) : [{ rel: `${prefix}${name}`, size: stat.size }];
  });
}

/** 'papers/*' for papers/x/index.html, 'taxonomy/' for taxonomy/index.html, '404.html' … */
const pageType = (rel: string) => {
  const parts = rel.split('/');
  if (parts.length === 1) return rel;
  return parts.length > 2 ? `${parts[0]}/*` : `${parts[0]}/`;
};

const section: BenchSection = {
  name: 'site',
  description: 'astro build of data/ and of synthetic 750/1k/5k catalogs; JavaScript per page type (gzip); longest pages at 390 px',
  async run() {
    const tmp = mkdtempSync(path.join(tmpdir(), 'atlas-bench-site-'));
    try {
      const out = path.join(tmp, 'dist');
      const wall = build(path.join(ROOT, 'data'), out);
      const files = walk(out);
      const pages = files.filter((f) => f.rel.endsWith('.html'));
      console.log(`  data/: built in ${ms(wall)}, ${pages.length} pages, ${(files.reduce((s, f) => s + f.size, 0) / 1024).toFixed(0)} KB output`);
      const byType = new Map<string, number[]>();
      for (const page of pages) pushTo(byType, pageType(page.rel), pageJs(out, page.rel, '/').gzip);
      console.log('  JavaScript per page, gzip (largest page of each type):');
      for (const [type, sizes] of [...byType].sort()) {
        const largest = Math.max(...sizes);
        const verdict = type.startsWith('search') ? '' : largest <= JS_BUDGET ? '✓' : '✗ over 10 KB';
        console.log(`    ${type.padEnd(14)} ${String(largest).padStart(6)} B  ${String(sizes.length).padStart(4)} page(s)  ${verdict}`);
      }
      printPageFigures('longest pages, data/', await pageFigures(out));
      for (const papers of SYNTHETIC_SIZES) {
        const data = writeSyntheticCatalog(path.join(tmp, `synthetic-${papers}`), { papers });
        const dist = path.join(tmp, `dist-${papers}`);
        const time = build(data.dataDir, dist);
        const count = walk(dist).filter((f) => f.rel.endsWith('.html')).length;
        const verdict = papers === GROWN ? (time < BUILD_BUDGET_MS ? '  ✓ under 30 s' : '  ✗ over 30 s') : '';
        console.log(`  synthetic ${papers} papers, ${data.datasets} datasets: built in ${ms(time)}, ${count} pages, ${(time / count).toFixed(1)} ms/page${verdict}`);
        if (papers === GROWN) printPageFigures(`longest pages, synthetic ${papers}`, await pageFigures(dist));
        rmSync(dist, { recursive: true, force: true });
      }
    } finally {
      rmSync(tmp, { recursive: true, force: true });
    }
  },
};

export default section;
