/**
 * Search: index bytes, script bytes, prebuilt-index trade-off, engine latency
 * at 1k/10k records, and per-keystroke latency in Chromium in the header box
 * and on the search page (normal, 4× CPU throttling, and 1k/10k-paper indexes
 * with long-task monitoring).
 * Larger catalogs come from scripts/bench/synthetic.ts through the real loader.
 */
import { cpSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { gzipSync } from 'node:zlib';
import Fuse from 'fuse.js/basic';
import { getCatalog, loadCatalog } from '../../../src/lib/catalog/load.ts';
import { SearchEngine } from '../../../src/lib/search/engine.ts';
import { EMPTY_STATE } from '../../../src/lib/search/query-state.ts';
import { buildSearchRecords, encodeSearchIndex, type SearchRecord } from '../../../src/lib/search/search-index.ts';
import type { BenchSection } from '../section.ts';
import { measure } from '../timing.ts';
import { writeSyntheticCatalog } from '../synthetic.ts';
import { buildSite } from '../../../tests/support/build-site.ts';
import { serveStatic } from '../../../tests/support/serve.ts';
import { launchBrowser } from '../../../tests/support/browser.ts';
import { chunkClosure, gzipSize } from '../../../tests/support/page-js.ts';

/** What people type, char by char, in the browser runs; also the engine query list. */
const QUERIES = ['patchcore', 'reverse distillation', 'mvtec 3d', 'zero shot clip', 'simplnet', 'cvpr 2023', 'memory bank', 'efficientad'];
const TYPING_DELAY_MS = 90;

const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`;
const sizes = (text: string) => `${kb(Buffer.byteLength(text)).padStart(9)} raw  ${kb(gzipSync(text, { level: 9 }).length).padStart(8)} gzip`;
const quantile = (values: number[], q: number) => {
  if (!values.length) return NaN;
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.ceil(q * sorted.length) - 1)];
};
const pct = (values: number[]) => `p50 ${quantile(values, 0.5).toFixed(1)} ms  p95 ${quantile(values, 0.95).toFixed(1)} ms  (n=${values.length})`;
const line = (label: string, text: string) => console.log(`  ${label.padEnd(40)} ${text}`);

/** Records for a synthetic catalog of `papers` papers, through the real loader and index builder. */
function syntheticRecords(papers: number): SearchRecord[] {
  const dir = mkdtempSync(path.join(tmpdir(), 'atlas-bench-search-data-'));
  try {
    writeSyntheticCatalog(dir, { papers });
    const result = loadCatalog({ dataDir: dir });
    if (!result.ok) throw new Error(`the synthetic catalog is invalid: ${result.problems[0]?.message}`);
    return buildSearchRecords(result.catalog);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

async function engineFigures(label: string, records: SearchRecord[]) {
  const file = JSON.stringify(encodeSearchIndex(records));
  const runs = records.length > 5000 ? 3 : 7;
  const startUp = await measure(() => new SearchEngine(records), { runs });
  const { vocabulary } = new SearchEngine(records);
  // What shipping a prebuilt index would add: fuse.js's index over the vocabulary the engine scores.
  const prebuilt = JSON.stringify(Fuse.createIndex([], [...vocabulary]).toJSON());
  const typeAll = (engine: SearchEngine, times?: number[]) => {
    for (const query of QUERIES) {
      for (let end = 2; end <= query.length; end++) {
        const start = performance.now();
        engine.search({ ...EMPTY_STATE, q: query.slice(0, end) });
        times?.push(performance.now() - start);
      }
    }
  };
  typeAll(new SearchEngine(records)); // warm-up for the JIT; a fresh engine below, so no cached words
  const times: number[] = [];
  typeAll(new SearchEngine(records), times);
  console.log(`\n  ${label}: ${records.length} records`);
  line('index JSON (records)', sizes(file));
  line('vocabulary (distinct words and pairs)', `${vocabulary.length} entries`);
  line('prebuilt fuse index JSON (would be extra)', sizes(prebuilt));
  line('engine start-up from records (median)', `${startUp.median.toFixed(1)} ms`);
  line('engine search per keystroke (Node)', pct(times));
}

/** Script bytes by when they load; a chunk that two of them share counts in both. */
async function scriptBytes(dist: string) {
  const dir = path.join(dist, '_astro');
  const files = readdirSync(dir).filter((name) => name.endsWith('.js')).map((name) => path.join(dir, name));
  const find = (pattern: RegExp) => files.filter((file) => pattern.test(path.basename(file)));
  const withImports = (pattern: RegExp, onDemand: boolean) => find(pattern).reduce((set, file) => chunkClosure(file, { onDemand }, set), new Set<string>());
  const total = (...sets: Set<string>[]) => kb([...new Set(sets.flatMap((set) => [...set]))].reduce((sum, file) => sum + gzipSize(readFileSync(file)), 0));
  const everyPage = withImports(/^BaseLayout\.astro_astro_type_script/, false);
  const header = withImports(/^combobox\./, true);
  // What the search page's first use fetches: page-results and what it imports statically, less the bootstrap
  // every page has already loaded (page-results takes Vite's dynamic-import helper from it). The download code loads on click.
  const results = new Set([...withImports(/^page-results\./, false)].filter((file) => !everyPage.has(file)));
  const download = new Set([...withImports(/^download\./, false)].filter((file) => !everyPage.has(file) && !results.has(file)));
  const worker = withImports(/^worker-/, false);
  line('bootstrap on every page', `${total(everyPage)} gzip`);
  line('header box (on first focus)', `${total(header)} gzip`);
  line('search page results (on first use)', `${total(results)} gzip`);
  line('search page downloads (on first click)', `${total(download)} gzip`);
  line('worker: fuse.js + engine (on first use)', `${total(worker)} gzip`);
  line('fuse + search code, header search', `${total(everyPage, header, worker)} gzip`);
}

interface TypingResult {
  /** Input event → results in the DOM. */
  keystrokes: number[];
  /** Of which the search itself, inside the worker. */
  searches: number[];
  longTasks: number[];
}

/** Where the benchmark types: both boxes record the same user-timing measure (KEYSTROKE_MEASURE in render.ts). */
interface TypingTarget {
  route: string;
  box: string;
  /** Shown once the first results are in, i.e. the worker and the index have loaded. */
  ready: string;
}

const HEADER_BOX: TypingTarget = { route: 'papers/patchcore/', box: '#site-search', ready: '[role="listbox"]:not([hidden])' };
const SEARCH_PAGE: TypingTarget = { route: 'search/', box: '#search-q', ready: '#search-results > li' };

export async function typeQueries(url: string, throttle: number, target: TypingTarget = HEADER_BOX): Promise<TypingResult> {
  const browser = await launchBrowser();
  try {
    const page = await browser.newPage();
    await page.addInitScript(() => {
      const tasks: number[] = [];
      (window as unknown as { __longTasks: number[] }).__longTasks = tasks;
      new PerformanceObserver((list) => list.getEntries().forEach((entry) => tasks.push(entry.duration))).observe({ type: 'longtask', buffered: true });
    });
    await page.goto(`${url}${target.route}`);
    const cdp = await page.context().newCDPSession(page);
    await cdp.send('Emulation.setCPUThrottlingRate', { rate: throttle });
    await page.focus(target.box);
    // First use loads the worker and the index; wait for it before timing keystrokes.
    await page.keyboard.type('pa');
    await page.waitForSelector(target.ready, { timeout: 60_000 });
    await page.evaluate(() => {
      performance.clearMeasures();
      (window as unknown as { __longTasks: number[] }).__longTasks.length = 0;
    });
    for (const query of QUERIES) {
      // Clear with keys: page.fill runs Playwright's injected script in the page, itself a long task when throttled.
      await page.keyboard.press('Control+A');
      await page.keyboard.press('Backspace');
      await page.keyboard.type(query, { delay: TYPING_DELAY_MS });
      await page.waitForTimeout(400);
    }
    return await page.evaluate(() => ({
      keystrokes: performance.getEntriesByName('search:keystroke').map((entry) => entry.duration),
      searches: performance.getEntriesByName('search:keystroke').map((entry) => (entry as PerformanceMeasure).detail.searchMs as number),
      longTasks: (window as unknown as { __longTasks: number[] }).__longTasks,
    }));
  } finally {
    await browser.close();
  }
}

function reportTyping(label: string, result: TypingResult) {
  line(label, pct(result.keystrokes));
  line('  of which searching in the worker', pct(result.searches));
  line('  main-thread long tasks while typing', result.longTasks.length ? `${result.longTasks.length}, longest ${Math.max(...result.longTasks).toFixed(0)} ms` : 'none');
}

export default {
  name: 'search',
  description: 'search index and script bytes, prebuilt index trade-off, keystroke latency in Chromium (seed, 4× throttled, 10k)',
  async run() {
    const dataDir = path.resolve(process.env.ATLAS_DATA_DIR ?? 'data');
    const catalog = getCatalog(dataDir);
    const seed = buildSearchRecords(catalog);
    await engineFigures('seed catalog', seed);
    const synthetic = new Map([1000, 10000].map((papers) => [papers, syntheticRecords(papers)]));
    for (const [papers, records] of synthetic) await engineFigures(`synthetic ${papers} papers`, records);

    console.log('\n  scripts (built site)');
    const dist = await buildSite({ dataDir });
    await scriptBytes(dist);

    console.log(`\n  Chromium, typing ${QUERIES.length} queries at ${TYPING_DELAY_MS} ms a key (input → results in the DOM)`);
    const server = await serveStatic(dist, '/');
    try {
      reportTyping('header box on a paper page', await typeQueries(server.url, 1));
      reportTyping('header box, 4× CPU throttling', await typeQueries(server.url, 4));
      reportTyping('search page', await typeQueries(server.url, 1, SEARCH_PAGE));
      reportTyping('search page, 4× CPU throttling', await typeQueries(server.url, 4, SEARCH_PAGE));
    } finally {
      await server.close();
    }
    for (const [papers, records] of synthetic) {
      const big = mkdtempSync(path.join(tmpdir(), 'atlas-bench-search-'));
      cpSync(dist, big, { recursive: true });
      writeFileSync(path.join(big, 'search-index.json'), JSON.stringify(encodeSearchIndex(records)));
      const bigServer = await serveStatic(big, '/');
      try {
        reportTyping(`synthetic ${papers} papers, header box`, await typeQueries(bigServer.url, 1));
        reportTyping(`synthetic ${papers} papers, search page`, await typeQueries(bigServer.url, 1, SEARCH_PAGE));
      } finally {
        await bigServer.close();
        rmSync(big, { recursive: true, force: true });
      }
    }
  },
} satisfies BenchSection;
