import { describe, expect, it } from 'vitest';
import path from 'node:path';
import { codeShareByYear, datasetsByModality, multiClassLeaders, papersPerYear, topVenues } from '../../src/lib/viz/insights.ts';
import { findLeaderboards } from '../../src/lib/site/leaderboards.ts';
import { loadOk } from '../support/load-ok.ts';
import { barChart, columnChart, niceTicks } from '../../src/lib/viz/chart-geometry.ts';
import { vizFixture } from '../support/viz-fixture.ts';

const catalog = vizFixture();

describe('insights numbers', () => {
  it('counts papers per year once each, stacked by primary branch, over a gap-free span', () => {
    const data = papersPerYear(catalog);
    expect(data.years).toEqual([2018, 2019, 2020, 2021, 2022, 2023, 2024]);
    expect(data.totals).toEqual([1, 1, 1, 2, 3, 4, 2]);
    expect(data.series.map((s) => s.key)).toEqual(['unsupervised', 'supervised', 'settings']);
    // patchcore (memory-bank first, then few-shot) counts under unsupervised only.
    expect(data.series[0].values).toEqual([1, 1, 1, 2, 3, 0, 0]);
    expect(data.series[1].values).toEqual([0, 0, 0, 0, 0, 1, 1]);
    expect(data.series[2].values).toEqual([0, 0, 0, 0, 0, 3, 1]);
  });

  it('computes the share of papers with code per year', () => {
    const byYear = Object.fromEntries(codeShareByYear(catalog).map((r) => [r.year, [r.withCode, r.papers]]));
    expect(byYear).toEqual({ 2018: [0, 1], 2019: [0, 1], 2020: [1, 1], 2021: [2, 2], 2022: [3, 3], 2023: [3, 4], 2024: [1, 2] });
    expect(codeShareByYear(catalog).find((r) => r.year === 2023)!.share).toBe(0.75);
  });

  it('ranks venues by papers, ties by name, and accounts for the rest', () => {
    const top = topVenues(catalog, 2);
    expect(top.venues.map((v) => [v.label, v.value])).toEqual([['CVPR', 6], ['ICCV', 2]]);
    expect(top.venues[0].title).toBe('IEEE/CVF Conference on Computer Vision and Pattern Recognition');
    expect(top).toMatchObject({ otherVenues: 3, otherPapers: 4, unknown: 2 });
  });

  it('counts datasets per modality and those with none recorded', () => {
    const { modalities, unknown } = datasetsByModality(catalog);
    expect(modalities.map((m) => [m.label, m.value])).toEqual([['RGB', 2], ['Point cloud', 1], ['RGB-D', 1]]);
    expect(unknown).toBe(1);
  });
});

describe('chart geometry', () => {
  it('picks round ticks from zero', () => {
    expect(niceTicks(0)).toEqual([0, 1]);
    expect(niceTicks(7)).toEqual([0, 2, 4, 6, 8]);
    expect(niceTicks(23)).toEqual([0, 5, 10, 15, 20, 25]);
    expect(niceTicks(3)).toEqual([0, 1, 2, 3]);
  });

  it('stacks columns to heights proportional to their totals, inside the plot', () => {
    const chart = columnChart({ categories: ['2021', '2022'], series: [{ label: 'A', color: 0, values: [2, 4] }, { label: 'B', color: 1, values: [2, 0] }] });
    const { plot } = chart;
    const bottom = plot.y + plot.height;
    const stack = (x: number) => chart.bars.filter((b) => b.x === x);
    const [first, second] = [...new Set(chart.bars.map((b) => b.x))].map(stack);
    const height = (bars: typeof first) => bars.reduce((s, b) => s + b.height, 0);
    expect(height(first)).toBeCloseTo(height(second), 0);
    expect(second).toHaveLength(1); // zero values draw nothing
    for (const b of chart.bars) {
      expect(b.y).toBeGreaterThanOrEqual(plot.y - 0.1);
      expect(b.y + b.height).toBeLessThanOrEqual(bottom + 0.1);
    }
    expect(first[0].title).toBe('2021 · A: 2');
    expect(chart.yTicks.map((t) => t.label)).toEqual(['0', '1', '2', '3', '4']);
  });

  it('labels column tops when the labels fit, and leaves them out when they do not', () => {
    const series = [{ label: 'A', color: 0, values: [2, 4] }];
    const chart = columnChart({ categories: ['2021', '2022'], series, topLabels: ['2', '4'] });
    expect(chart.topLabels.map((t) => t.label)).toEqual(['2', '4']);
    const [low, high] = chart.topLabels;
    expect(high.y).toBeLessThan(low.y);
    expect(high.y).toBeGreaterThanOrEqual(0);
    const crowded = columnChart({ categories: ['2021', '2022'], series, topLabels: ['a very long label that cannot fit', '4'], width: 120 });
    expect(crowded.topLabels).toEqual([]);
  });

  it('draws bars proportional to values, the largest spanning the room left', () => {
    const chart = barChart([{ label: 'CVPR', title: 'CVPR', value: 10 }, { label: 'WACV', title: 'WACV', value: 5 }]);
    expect(chart.bars[1].width).toBeCloseTo(chart.bars[0].width / 2, 0);
    expect(chart.bars[0].x + chart.bars[0].width).toBeLessThan(chart.width);
    expect(chart.bars[1].y).toBeGreaterThanOrEqual(chart.bars[0].y + chart.bars[0].height);
  });
});

describe('multi-class benchmark leaders', () => {
  it('names the best method per dataset by mAD in the multi-class setting covering the most datasets', () => {
    const catalog = loadOk(path.resolve('data'));
    const result = multiClassLeaders(catalog)!;
    expect(result.label).toBe('ADer, 100 epochs');
    expect(result.rows).toHaveLength(findLeaderboards(catalog, { benchmark: 'ader', setting: '100-epochs' }).length);
    // Source-checked: ADer's MVTec AD-100epochs table, PatchCore mAD 87.2.
    expect(result.rows.find((r) => r.board.dataset.id === 'mvtec-ad')).toMatchObject({ metric: 'mAD', leaders: ['PatchCore'], printed: '87.2' });
    expect(result.wins.reduce((n, w) => n + w.count, 0)).toBeGreaterThanOrEqual(result.rows.length);
  });
});
