/**
 * The benchmark and leaderboard pages as built from the committed data: every
 * leaderboard has a page linked from /benchmarks/, tables hold the catalog's
 * printed values best first by the primary metric, the best of each column is
 * bold and said in words, and the source and logs are named.
 */
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { buildSite, REAL_SITE } from '../support/build-site.ts';
import { loadOk } from '../support/load-ok.ts';
import { findLeaderboards, leaderboards } from '../../src/lib/site/leaderboards.ts';
import { datasetLeaderboards, leaderboardTitle, paperResults, primaryRows } from '../../src/lib/site/benchmark-pages.ts';
import { routes } from '../../src/lib/site/routes.ts';

const BASE = REAL_SITE.base;
const catalog = loadOk(path.resolve('data'));
let dist: string;
const page = (route: string) => readFileSync(path.join(dist, route.split('?')[0], 'index.html'), 'utf8');
const text = (html: string) => html.replace(/<[^>]+>/g, '').replace(/&#38;|&amp;/g, '&').replace(/\s+/g, ' ').trim();

/** The leaderboard table's body rows, each as its cells' raw HTML. */
function bodyRows(html: string): string[][] {
  const table = html.slice(html.indexOf('id="leaderboard-table"'));
  const body = table.slice(table.indexOf('<tbody'), table.indexOf('</tbody>'));
  return [...body.matchAll(/<tr[^>]*>([\s\S]*?)<\/tr>/g)].map((row) => [...row[1].matchAll(/<t[hd][^>]*>([\s\S]*?)<\/t[hd]>/g)].map((c) => c[0]));
}

beforeAll(async () => {
  dist = await buildSite(REAL_SITE);
}, 300_000);

describe('built benchmark pages', () => {
  it('has a page for every leaderboard, each linked from /benchmarks/', () => {
    const index = page(routes.benchmarks());
    const boards = leaderboards(catalog);
    expect(boards.length).toBe(catalog.results.length);
    for (const board of boards) {
      expect(existsSync(path.join(dist, routes.leaderboard(board.id), 'index.html')), board.id).toBe(true);
      expect(index).toContain(`href="${BASE}${routes.leaderboard(board.id)}"`);
      expect(page(routes.leaderboard(board.id))).toContain(`<h1 class="text-3xl font-bold tracking-tight">${leaderboardTitle(board)}</h1>`);
    }
  });

  it('puts Benchmarks in the main nav', () => {
    expect(page(routes.home())).toMatch(new RegExp(`href="${BASE}benchmarks/"[^>]*>Benchmarks</a>`));
  });

  it('names each benchmark\'s source paper on /benchmarks/', () => {
    const index = page(routes.benchmarks());
    for (const b of catalog.benchmarks) expect(index).toContain(`href="${BASE}${routes.paper(b.paper)}"`);
  });

  it('prints ADer 100-epoch MVTec AD as the source does: PatchCore first by mAD (87.2) and best by image AUROC (98.8)', () => {
    const html = page(routes.leaderboard('ader/100-epochs-mvtec-ad'));
    const rows = bodyRows(html);
    expect(text(rows[0][0])).toBe('PatchCore');
    expect(rows[0][0]).toContain(`href="${BASE}${routes.paper('patchcore')}"`);
    const board = findLeaderboards(catalog, { benchmark: 'ader', setting: '100-epochs', dataset: 'mvtec-ad' })[0];
    // Column 0 is the method; metrics follow in the source's order.
    const heads = ['method', ...board.metrics.map((m) => m.id)];
    const imageAuroc = heads.indexOf('image-auroc');
    expect(rows[0][imageAuroc]).toContain('font-bold');
    expect(text(rows[0][imageAuroc])).toBe('98.8 (best)');
    expect(text(rows[0][heads.indexOf('mad')])).toBe('87.2 (best)');
    expect(html).toContain('href="https://github.com/zhangzjn/data/tree/main/ader_log/patchcore/mvtec_100e.log"');
  });

  it('holds every printed value of every leaderboard, rows best first by the primary metric, best cells marked', () => {
    for (const board of leaderboards(catalog)) {
      const rows = bodyRows(page(routes.leaderboard(board.id)));
      const expected = primaryRows(board);
      expect(rows.map((r) => text(r[0]).replace(/ \(baseline\)$/, '')), board.id).toEqual(expected.map((r) => text(r.name + (r.notes.length ? ` ${r.notes.join(' ')}` : ''))));
      expected.forEach((row, i) => {
        board.metrics.forEach((metric, j) => {
          const cell = row.cells[metric.id];
          const html = rows[i][j + 1];
          if (!cell) return expect(text(html)).toBe('–not reported');
          expect(text(html), `${board.id} ${row.name} ${metric.id}`).toBe(cell.rank === 1 ? `${cell.printed} (best)` : cell.printed);
          expect(html.includes('font-bold')).toBe(cell.rank === 1);
        });
      });
    }
  });

  it('names the source under the table and describes the chart by the table', () => {
    const board = findLeaderboards(catalog, { benchmark: 'im-iad', setting: 'single-class', dataset: 'mvtec-ad' })[0];
    const html = page(routes.leaderboard(board.id));
    expect(html).toContain(`href="${BASE}${routes.paper('im-iad')}"`);
    expect(html).toContain('https://github.com/M-3LAB/IM-IAD');
    expect(html).toMatch(/<svg[^>]*aria-describedby="leaderboard-chart-caption"/);
    expect(html).toContain('The table below holds the same numbers.');
    expect(html).toContain('Image AUROC per class</summary>');
  });

  it('links the question "best multi-class method on VisA by AU-PRO" from /benchmarks/', () => {
    expect(page(routes.benchmarks())).toContain(`href="${BASE}benchmarks/ader/100-epochs-visa/?sort=aupro"`);
  });

  it("lists a method's results on its paper page, each linking to its leaderboard", () => {
    const html = page(routes.paper('patchcore'));
    const results = paperResults(catalog, 'patchcore');
    expect(results.length).toBeGreaterThan(10);
    for (const r of results) expect(html).toContain(`href="${BASE}${routes.leaderboard(r.board.id)}"`);
    expect(text(html)).toContain('ADer, multi-class (100 epochs), MVTec AD: mAD 87.2, 1st of');
    expect(page(routes.paper('ader'))).toContain(`href="${BASE}${routes.benchmarks('ader')}"`);
  });

  it('lists its leaderboards on a dataset page', () => {
    const html = page(routes.dataset('visa'));
    const boards = datasetLeaderboards(catalog, 'visa');
    expect(boards.length).toBeGreaterThanOrEqual(3);
    for (const b of boards) expect(html).toContain(`href="${BASE}${routes.leaderboard(b.id)}"`);
  });
});

describe('built insights page', () => {
  it('lists the best multi-class method per dataset, each linking to its leaderboard', () => {
    const html = page(routes.insights());
    const section = html.slice(html.indexOf('data-table="benchmark-leaders"'));
    for (const board of findLeaderboards(catalog, { benchmark: 'ader', setting: '100-epochs' })) expect(section).toContain(`href="${BASE}${routes.leaderboard(board.id)}"`);
    expect(text(section.slice(0, section.indexOf('</table>')))).toContain('MVTec AD PatchCore 87.2');
  });
});
