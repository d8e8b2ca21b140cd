/**
 * Lighthouse 12 (mobile preset, its default) over one page of each type in
 * both themes, on the built site served locally. Every category must score
 * 100: the section prints page × theme × scores, names the audits that cost
 * points, and fails the bench run otherwise, so a regression shows.
 *
 * Dark mode: Lighthouse clears the origin's storage before each run, so the
 * saved theme cannot be preset; instead Chromium is started with the system
 * preference set to dark (Blink's preferredColorScheme, 0 = dark), which the
 * theme script follows. The final screenshot of each run is checked to be
 * the theme asked for, so a flag that stops working cannot pass unnoticed.
 */
import { mkdirSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { getCatalog } from '../../../src/lib/catalog/load.ts';
import { routes } from '../../../src/lib/site/routes.ts';
import { authorsWithPages } from '../../../src/lib/site/authors.ts';
import { leaderboards } from '../../../src/lib/site/leaderboards.ts';
import { buildSite } from '../../../tests/support/build-site.ts';
import { serveStatic } from '../../../tests/support/serve.ts';
import { CHROMIUM } from '../../../tests/support/browser.ts';
import type { BenchSection } from '../section.ts';
import { ms } from '../timing.ts';
import { isDarkScreenshot } from '../screenshot-theme.ts';

const CATEGORIES = ['performance', 'accessibility', 'best-practices', 'seo'] as const;
/**
 * Performance is timed on this machine (Lighthouse scales the observed main
 * thread work by its 4× mobile CPU factor), so another process stealing a
 * core costs points; a page below 100 is audited again, up to this many
 * times, and its best run counts. A real regression loses points every time.
 * The other categories do not depend on timing and are never retried.
 */
const PERFORMANCE_TRIES = 3;
const THEMES = { light: '1', dark: '0' } as const;
type Theme = keyof typeof THEMES;
/** Each run's HTML report lands here, for the details behind a lost point. */
const REPORTS = path.resolve('test-results/lighthouse');
/** The flags the project's browser tests use, plus new headless mode; nothing reaches the network. */
const CHROME_FLAGS = ['--headless=new', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run', '--disable-quic'];

interface Row {
  page: string;
  theme: Theme;
  scores: Record<(typeof CATEGORIES)[number], number>;
  /** Audits that cost points in a category that scored below 100. */
  failing: string[];
  /** The performance score of each audit of the page (retried below 100, see PERFORMANCE_TRIES). */
  tries: number[];
  /** Lighthouse's final screenshot (a JPEG data URL), to check the theme. */
  screenshot: string;
}

/** One page of each type, as routes under the base. */
function pages(dataDir: string): Record<string, string> {
  const catalog = getCatalog(dataDir);
  const category = catalog.categories.find((c) => (catalog.childrenOf.get(c.id) ?? []).length > 0) ?? catalog.categories[0];
  const paper = catalog.papers.find((p) => p.id === 'patchcore') ?? catalog.papers[0];
  const boards = leaderboards(catalog);
  const board = boards.find((b) => b.id === 'ader/100-epochs-visa') ?? boards[0];
  // The most prolific author: the longest author page.
  const author = authorsWithPages(catalog)[0];
  return {
    home: routes.home(),
    taxonomy: routes.taxonomy(),
    timeline: routes.timeline(),
    datasets: routes.datasets(),
    insights: routes.insights(),
    search: routes.search(),
    paper: routes.paper(paper.id),
    category: routes.category(category.id),
    ...(board ? { benchmarks: routes.benchmarks(), leaderboard: routes.leaderboard(board.id) } : {}),
    ...(author ? { authors: routes.authors(), author: routes.author(author.id) } : {}),
  };
}

type Lighthouse = typeof import('lighthouse').default;

async function audit(lighthouse: Lighthouse, url: string, port: number, report: string): Promise<Pick<Row, 'scores' | 'failing' | 'screenshot'>> {
  // The full-page screenshot only illustrates the report, and costs seconds a run on a long page.
  const result = await lighthouse(url, { port, output: 'html', logLevel: 'error', onlyCategories: [...CATEGORIES], disableFullPageScreenshot: true });
  if (!result) throw new Error(`Lighthouse returned nothing for ${url}`);
  writeFileSync(report, String(result.report));
  const { lhr } = result;
  if (lhr.runtimeError) throw new Error(`Lighthouse could not load ${url}: ${lhr.runtimeError.message}`);
  const scores = Object.fromEntries(CATEGORIES.map((id) => [id, Math.round((lhr.categories[id]?.score ?? 0) * 100)])) as Row['scores'];
  const failing = CATEGORIES.filter((id) => scores[id] < 100).flatMap((id) =>
    lhr.categories[id].auditRefs.filter((ref) => ref.weight > 0 && (lhr.audits[ref.id].score ?? 1) < 1).map((ref) => ref.id),
  );
  const screenshot = (lhr.audits['final-screenshot']?.details as { data?: string } | undefined)?.data ?? '';
  return { scores, failing, screenshot };
}

/** The best of up to PERFORMANCE_TRIES audits; the report kept is the best run's. */
async function bestAudit(lighthouse: Lighthouse, url: string, port: number, report: string): Promise<Pick<Row, 'scores' | 'failing' | 'screenshot' | 'tries'>> {
  const scratch = `${report}.retry`;
  let best = await audit(lighthouse, url, port, report);
  const tries = [best.scores.performance];
  while (best.scores.performance < 100 && tries.length < PERFORMANCE_TRIES) {
    const next = await audit(lighthouse, url, port, scratch);
    tries.push(next.scores.performance);
    if (next.scores.performance > best.scores.performance) {
      best = next;
      renameSync(scratch, report);
    }
  }
  rmSync(scratch, { force: true });
  return { ...best, tries };
}

function printTable(rows: Row[]) {
  const head = ['page'.padEnd(10), 'theme'.padEnd(6), ...CATEGORIES.map((c) => c.slice(0, 4).padStart(5)), '  failing audits'].join(' ');
  console.log(`  ${head}`);
  for (const row of rows) {
    const cells = [row.page.padEnd(10), row.theme.padEnd(6), ...CATEGORIES.map((c) => String(row.scores[c]).padStart(5))];
    const tries = row.tries.length > 1 ? `(performance ${row.tries.join(', ')}: best counts) ` : '';
    console.log(`  ${cells.join(' ')}  ${tries}${row.failing.join(', ')}`);
  }
}

export default {
  name: 'lighthouse',
  description: 'Lighthouse 12 mobile scores of every page type in light and dark theme (fails below 100)',
  async run() {
    const started = performance.now();
    // Imported here, not at the top: every `npm run bench` loads every section, and Lighthouse is large.
    const [{ default: lighthouse }, chromeLauncher] = await Promise.all([import('lighthouse'), import('chrome-launcher')]);
    const dataDir = path.resolve(process.env.ATLAS_DATA_DIR ?? 'data');
    const dist = await buildSite({ dataDir });
    const server = await serveStatic(dist, '/');
    mkdirSync(REPORTS, { recursive: true });
    const rows: Row[] = [];
    try {
      for (const theme of Object.keys(THEMES) as Theme[]) {
        const chrome = await chromeLauncher.launch({ chromePath: CHROMIUM, chromeFlags: [...CHROME_FLAGS, `--blink-settings=preferredColorScheme=${THEMES[theme]}`] });
        try {
          for (const [page, route] of Object.entries(pages(dataDir))) {
            rows.push({ page, theme, ...(await bestAudit(lighthouse, `${server.url}${route}`, chrome.port, path.join(REPORTS, `${page}-${theme}.html`))) });
          }
        } finally {
          chrome.kill();
        }
      }
    } finally {
      await server.close();
    }
    printTable(rows);
    const dark = await isDarkScreenshot(rows.map((row) => row.screenshot));
    const wrongTheme = rows.filter((row, i) => dark[i] !== (row.theme === 'dark'));
    for (const row of wrongTheme) console.log(`  ✗ ${row.page} did not render ${row.theme} in the ${row.theme} run: the theme emulation no longer works`);
    if (!wrongTheme.length) console.log('  ✓ every final screenshot shows the theme its run asked for');
    const below = rows.filter((row) => CATEGORIES.some((c) => row.scores[c] < 100));
    console.log(`  reports: ${path.relative(process.cwd(), REPORTS)}/<page>-<theme>.html`);
    console.log(`  ${below.length ? `✗ ${below.length} of ${rows.length} runs score below 100` : `✓ all ${rows.length} runs score 100`} (${ms(performance.now() - started)})`);
    return below.length === 0 && wrongTheme.length === 0;
  },
} satisfies BenchSection;
