/**
 * How big and how long the heaviest pages of a built site are: HTML bytes
 * (raw and gzip) and the height a 390 px phone scrolls through with
 * JavaScript on, for the home page, the taxonomy, the timeline and the
 * largest category page. The yardstick: 183 papers made the timeline
 * about 23,000 px tall on a phone.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import { launchBrowser } from '../../tests/support/browser.ts';
import { serveStatic } from '../../tests/support/serve.ts';

export interface PageFigure {
  page: string;
  html: number;
  gzip: number;
  /** Full document height at 390 × 844, in CSS pixels. */
  phoneHeight: number;
}

/** The category page with the most HTML: the one a large catalog makes longest. */
function largestCategory(dist: string): string {
  const dir = path.join(dist, 'categories');
  // categories/ also holds each category's .bib and .ris downloads.
  const pages = readdirSync(dir, { withFileTypes: true }).filter((e) => e.isDirectory()).map((e) => `categories/${e.name}/index.html`);
  return pages.sort((a, b) => statSync(path.join(dist, b)).size - statSync(path.join(dist, a)).size)[0];
}

/** `dist` built for base '/'. */
export async function pageFigures(dist: string): Promise<PageFigure[]> {
  const pages = ['index.html', 'taxonomy/index.html', 'timeline/index.html', largestCategory(dist)];
  const server = await serveStatic(dist, '/');
  const browser = await launchBrowser();
  try {
    const context = await browser.newContext({ viewport: { width: 390, height: 844 } });
    const figures: PageFigure[] = [];
    for (const page of pages) {
      const html = readFileSync(path.join(dist, page));
      const tab = await context.newPage();
      await tab.goto(server.url + page.replace(/index\.html$/, ''), { waitUntil: 'load' });
      const phoneHeight = await tab.evaluate(() => document.documentElement.scrollHeight);
      await tab.close();
      figures.push({ page: page.replace(/index\.html$/, '') || '/', html: html.length, gzip: gzipSync(html, { level: 9 }).length, phoneHeight });
    }
    return figures;
  } finally {
    await browser.close();
    await server.close();
  }
}

export function printPageFigures(label: string, figures: PageFigure[]): void {
  console.log(`  ${label}:`);
  for (const f of figures) {
    console.log(`    ${f.page.padEnd(34)} ${(f.html / 1024).toFixed(0).padStart(5)} KB html ${(f.gzip / 1024).toFixed(0).padStart(4)} KB gzip   ${String(f.phoneHeight).padStart(6)} px tall at 390 px`);
  }
}
