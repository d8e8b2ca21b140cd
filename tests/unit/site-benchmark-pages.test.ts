/**
 * The views behind /benchmarks/ and the leaderboard pages: primary metric,
 * titles, protocol facts, grouping, per-class tables, a paper's results and
 * the scatter geometry, on the results fixture and on the committed data.
 */
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadOk } from '../support/load-ok.ts';
import { leaderboards, findLeaderboards } from '../../src/lib/site/leaderboards.ts';
import {
  benchmarkViews,
  datasetLeaderboards,
  leaderboardTitle,
  leaderSummary,
  paperResults,
  perClassTables,
  primaryMetric,
  primaryRows,
  protocolFacts,
} from '../../src/lib/site/benchmark-pages.ts';
import { scatterAxes, scatterChart } from '../../src/lib/viz/leaderboard-chart.ts';
import { routes } from '../../src/lib/site/routes.ts';

const fixture = loadOk(path.resolve('tests/fixtures/loader/results-good/data'));
const real = loadOk(path.resolve('data'));
const [mvtec, visa] = leaderboards(fixture);

describe('benchmark page views (fixture)', () => {
  it('picks the primary metric: mAD, else image AUROC, else the first column', () => {
    expect(primaryMetric(mvtec).id).toBe('image-auroc');
    expect(primaryMetric(visa).id).toBe('image-auroc');
    const ader = findLeaderboards(real, { benchmark: 'ader', setting: '100-epochs', dataset: 'mvtec-ad' })[0];
    expect(primaryMetric(ader).id).toBe('mad');
    expect(primaryRows(mvtec).map((r) => r.name)[0]).toBe('PatchCore');
  });

  it('titles a leaderboard by source, dataset and setting', () => {
    expect(leaderboardTitle(mvtec)).toBe('Bench leaderboard: MVTec AD, multi-class');
    expect(leaderboardTitle(visa)).toBe('Bench leaderboard: VisA, few-shot (1 shot)');
  });

  it('states a protocol in words, only what the data gives', () => {
    expect(protocolFacts(mvtec.protocol)).toEqual([
      { label: 'Training', value: 'multi-class' },
      { label: 'Resolution', value: '256 × 256' },
    ]);
    expect(protocolFacts({})).toEqual([]);
    expect(protocolFacts({ setting: 'noisy', noise_ratio: 0.05, epochs: 100 }).map((f) => f.label)).toEqual(['Training', 'Noise ratio', 'Epochs']);
  });

  it('groups a benchmark\'s leaderboards by setting, then dataset', () => {
    const [bench] = benchmarkViews(fixture);
    expect(bench.paper?.id).toBe('rd4ad');
    expect(bench.settings.map((g) => [g.setting.id, g.boards.map((b) => b.dataset.id)])).toEqual([
      ['multi-class', ['mvtec-ad']],
      ['few-shot-1', ['visa']],
    ]);
    expect(bench.count).toBe(2);
  });

  it('names the leader of the primary column', () => {
    expect(leaderSummary(mvtec)).toEqual({ names: ['PatchCore'], printed: '98.8' });
    expect(leaderSummary(mvtec, 'pixel-auroc')?.names).toHaveLength(2);
  });

  it('prints per-class values as the source does, with gaps for "-"', () => {
    const [table] = perClassTables(visa);
    expect(table.metric.id).toBe('image-auroc');
    // Best first by image AUROC: PatchCore (0.900, one class printed "-"), then DRAEM.
    expect(table.rows.map((r) => [r.row.name, r.values])).toEqual([['PatchCore', ['0.800', undefined]], ['DRAEM', ['0.700', '0.900']]]);
    expect(perClassTables(mvtec)).toEqual([]);
  });

  it("lists a paper's results by each board's primary metric", () => {
    expect(paperResults(fixture, 'rd4ad').map((r) => `${r.title}: ${r.row.name} ${r.metric.id} ${r.printed}, ${r.rank}`)).toEqual([
      'Bench leaderboard: MVTec AD, multi-class: Anomaly Detection via Reverse Distillation from One-Class Embedding image-auroc 93.6, 2nd of 4',
      'Bench leaderboard: MVTec AD, multi-class: RD4AD-lite image-auroc 92.0, 3rd of 4',
    ]);
  });

  it('routes a leaderboard by its id, with an optional sort', () => {
    expect(routes.leaderboard('ader/100-epochs-visa')).toBe('benchmarks/ader/100-epochs-visa/');
    expect(routes.leaderboard('ader/100-epochs-visa', 'aupro')).toBe('benchmarks/ader/100-epochs-visa/?sort=aupro');
  });
});

describe('benchmark page views (committed data)', () => {
  const boards = leaderboards(real);

  it('covers every table, and every board has a primary metric', () => {
    expect(benchmarkViews(real).reduce((n, v) => n + v.count, 0)).toBe(boards.length);
    for (const b of boards) expect(b.metrics).toContain(primaryMetric(b));
  });

  it('titles the ADer VisA board as search and pages show it', () => {
    const board = findLeaderboards(real, { benchmark: 'ader', setting: '100-epochs', dataset: 'visa' })[0];
    expect(leaderboardTitle(board)).toBe('ADer leaderboard: VisA, multi-class (100 epochs)');
  });

  it('finds the leaderboards of a dataset', () => {
    expect(datasetLeaderboards(real, 'visa').map((b) => b.id)).toEqual(expect.arrayContaining(['ader/100-epochs-visa', 'ader/300-epochs-visa', 'im-iad/single-class-visa']));
  });
});

describe('leaderboard scatter chart', () => {
  it('plots image AUROC against AU-PRO when both exist, else the first two columns', () => {
    const ader = findLeaderboards(real, { benchmark: 'ader', setting: '100-epochs', dataset: 'mvtec-ad' })[0];
    expect(scatterAxes(ader)?.map((m) => m.id)).toEqual(['image-auroc', 'aupro']);
    expect(scatterAxes(mvtec)?.map((m) => m.id)).toEqual(['image-auroc', 'pixel-auroc']);
  });

  it('keeps points inside the plot and no two labels overlapping, on every real board', () => {
    for (const board of leaderboards(real)) {
      const chart = scatterChart(board);
      if (!chart) continue;
      const { plot } = chart;
      const boxes = chart.points.map((p) => {
        const w = p.label.length * chart.fontSize * 0.5;
        return { x0: p.anchor === 'start' ? p.labelX : p.labelX - w, x1: p.anchor === 'start' ? p.labelX + w : p.labelX, y0: p.labelY - chart.fontSize * 0.8, y1: p.labelY };
      });
      for (const p of chart.points) {
        expect(p.cx).toBeGreaterThanOrEqual(plot.left);
        expect(p.cx).toBeLessThanOrEqual(plot.right);
        expect(p.cy).toBeGreaterThanOrEqual(plot.top);
        expect(p.cy).toBeLessThanOrEqual(plot.bottom);
      }
      const overlaps = boxes.flatMap((a, i) => boxes.slice(i + 1).filter((b) => a.x0 < b.x1 && b.x0 < a.x1 && a.y0 < b.y1 && b.y0 < a.y1).map(() => `${board.id}: ${chart.points[i].label}`));
      expect(overlaps).toEqual([]);
      expect(chart.points).toHaveLength(board.rows.filter((r) => r.cells[chart.x.id] && r.cells[chart.y.id]).length);
    }
  });
});

describe('leaderboard scatter chart labels', () => {
  it('draws a line to a label that had to move off its point', () => {
    const board = findLeaderboards(real, { benchmark: 'im-iad', setting: 'single-class', dataset: 'mvtec-ad' })[0];
    const points = scatterChart(board)!.points;
    for (const p of points) {
      const offLine = Math.abs(p.labelY - (p.cy + 4)) > 1;
      expect(p.leader !== undefined, p.label).toBe(offLine);
      if (p.leader) expect([p.leader.x1, p.leader.y1]).toEqual([p.cx, p.cy]);
    }
  });
});
