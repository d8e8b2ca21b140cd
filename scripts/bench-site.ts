/**
 * Site benchmarks: build time of the committed data, JavaScript shipped per
 * page type (gzip), page count and output size; with --synthetic, build times
 * of generated 1,000- and 5,000-paper catalogs to show the build scales linearly.
 *
 *   npx tsx scripts/bench-site.ts [--synthetic]
 */
import { execFileSync } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { runCli } from './cli.ts';
import { getCatalog } from '../src/lib/load.ts';
import { serializeEntry } from '../src/lib/write-entry.ts';
import { pageJs } from '../tests/support/page-js.ts';

const ROOT = path.resolve(import.meta.dirname, '..');

function build(dataDir: string): { seconds: number; outDir: string } {
  const outDir = mkdtempSync(path.join(tmpdir(), 'atlas-bench-'));
  const env = { ...process.env, ATLAS_DATA_DIR: dataDir, ASTRO_TELEMETRY_DISABLED: '1', BASE_PATH: '/' };
  const started = process.hrtime.bigint();
  execFileSync(process.execPath, [path.join(ROOT, 'node_modules/astro/astro.js'), 'build', '--outDir', outDir], { cwd: ROOT, env, stdio: 'ignore' });
  return { seconds: Number(process.hrtime.bigint() - started) / 1e9, outDir };
}

function htmlFiles(dir: string, prefix = ''): string[] {
  return readdirSync(dir).flatMap((name) => {
    const full = path.join(dir, name);
    if (statSync(full).isDirectory()) return htmlFiles(full, `${prefix}${name}/`);
    return name.endsWith('.html') ? [`${prefix}${name}`] : [];
  });
}

function folderBytes(dir: string): number {
  return readdirSync(dir).reduce((sum, name) => {
    const full = path.join(dir, name);
    return sum + (statSync(full).isDirectory() ? folderBytes(full) : statSync(full).size);
  }, 0);
}

/** A catalog of `count` papers over the real taxonomy and venues, deterministic. */
function syntheticData(count: number): string {
  const dir = mkdtempSync(path.join(tmpdir(), `atlas-synthetic-${count}-`));
  cpSync(path.join(ROOT, 'data/categories'), path.join(dir, 'categories'), { recursive: true });
  cpSync(path.join(ROOT, 'data/venues.yaml'), path.join(dir, 'venues.yaml'));
  mkdirSync(path.join(dir, 'papers'));
  mkdirSync(path.join(dir, 'datasets'));
  const real = getCatalog(path.join(ROOT, 'data'));
  const categories = real.categories.map((c) => c.id);
  const venues = real.venues.map((v) => v.name);
  for (let i = 0; i < count; i++) {
    const paper = {
      id: `synthetic-${i}`,
      title: `Synthetic Paper ${i} on Anomaly Detection with Method Variant ${i % 97}`,
      year: 2015 + (i % 10),
      venue: venues[i % venues.length],
      links: { paper: `https://example.org/papers/${i}`, ...(i % 3 === 0 ? { code: `https://github.com/example/p${i}` } : {}) },
      categories: [...new Set([categories[i % categories.length], categories[(i * 7) % categories.length]])],
      added: `2024-01-${String((i % 28) + 1).padStart(2, '0')}`,
    };
    writeFileSync(path.join(dir, 'papers', `${paper.id}.yaml`), serializeEntry('papers', paper));
  }
  return dir;
}

runCli(() => {
  const { seconds, outDir } = build(path.join(ROOT, 'data'));
  const pages = htmlFiles(outDir);
  const byType = new Map<string, number[]>();
  for (const page of pages) {
    const type = page.includes('/') ? `${page.split('/')[0]}/${page.split('/').length > 2 ? '*' : ''}` : page;
    byType.set(type, [...(byType.get(type) ?? []), pageJs(outDir, page, '/').gzip]);
  }
  console.log(`site build (data/): ${seconds.toFixed(1)} s, ${pages.length} HTML pages, ${(folderBytes(outDir) / 1024).toFixed(0)} KB output`);
  console.log('JavaScript per page (gzip, max over pages of the type):');
  for (const [type, sizes] of [...byType].sort()) console.log(`  ${type.padEnd(16)} ${String(Math.max(...sizes)).padStart(6)} B  (${sizes.length} page${sizes.length === 1 ? '' : 's'})`);
  rmSync(outDir, { recursive: true, force: true });

  if (process.argv.includes('--synthetic')) {
    for (const count of [1000, 5000]) {
      const data = syntheticData(count);
      const run = build(data);
      console.log(`synthetic ${count} papers: ${run.seconds.toFixed(1)} s, ${htmlFiles(run.outDir).length} HTML pages`);
      rmSync(run.outDir, { recursive: true, force: true });
      rmSync(data, { recursive: true, force: true });
    }
  }
  return 0;
});
