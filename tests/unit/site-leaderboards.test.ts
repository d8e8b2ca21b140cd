/**
 * The leaderboard queries pages will use, on the small results catalog of
 * tests/fixtures/loader/results-good (percentages and fractions, a variant, a
 * baseline, a tie, a lower-is-better metric) and on the committed data.
 */
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadOk } from '../support/load-ok.ts';
import { bestPerColumn, bestRows, columnSize, findLeaderboards, leaderboards, methodResults, ordinal, sortRows } from '../../src/lib/site/leaderboards.ts';
import { onScale, protocolOf, toFraction } from '../../src/lib/catalog/results.ts';

const catalog = loadOk(path.resolve('tests/fixtures/loader/results-good/data'));
const [mvtec, visa, selfReported] = leaderboards(catalog);
// The fixture's RD4AD has no method name, so it is shown by its title.
const RD = 'Anomaly Detection via Reverse Distillation from One-Class Embedding';

describe('leaderboards', () => {
  it('makes one per results table, with methods as rows and metrics as columns in the source order', () => {
    expect(leaderboards(catalog).map((b) => b.id)).toEqual(['bench/multi-class-mvtec-ad', 'bench/few-shot-1-visa', 'patchcore/mvtec-ad-table-1']);
    expect(mvtec.metrics.map((m) => m.id)).toEqual(['image-auroc', 'pixel-auroc', 'mean-auroc']);
    expect(mvtec.rows.map((r) => r.name)).toEqual(['PatchCore', RD, 'RD4AD-lite', 'Plain AE']);
    expect(mvtec.rows[3]).toMatchObject({ key: 'baseline:Plain AE', baseline: 'Plain AE' });
    expect(mvtec.rows[0].link).toBe('https://example.org/logs/patchcore.log');
    expect(selfReported.reportedBy?.id).toBe('patchcore');
  });

  it('carries the whole protocol: the benchmark\'s, then the setting\'s', () => {
    expect(mvtec.protocol).toEqual({ resolution: '256x256', setting: 'multi-class' });
    expect(protocolOf(catalog, visa.table)).toEqual({ resolution: '256x256', setting: 'few-shot', shots: 1 });
    expect(selfReported.protocol).toEqual({ setting: 'single-class' });
  });

  it('shows values as printed and on one scale', () => {
    expect(mvtec.rows[0].cells['image-auroc']).toMatchObject({ value: 98.8, printed: '98.8', fraction: 0.988 });
    expect(visa.rows[0].cells['image-auroc']).toMatchObject({ value: 0.8, printed: '0.800', fraction: 0.8, perClass: [0.7, 0.9] });
    expect(toFraction(mvtec.table, 98.8)).toBeCloseTo(0.988);
    expect(onScale(visa.table, 0.8, 100)).toBeCloseTo(80);
  });

  it('sorts by any metric, best first, rows without it last; ties share a rank', () => {
    expect(sortRows(mvtec, 'image-auroc').map((r) => r.name)).toEqual(['PatchCore', RD, 'RD4AD-lite', 'Plain AE']);
    expect(sortRows(mvtec, 'pixel-auroc').map((r) => r.name)).toEqual(['PatchCore', RD, 'Plain AE', 'RD4AD-lite']);
    expect(mvtec.rows.map((r) => r.cells['pixel-auroc']?.rank)).toEqual([1, 1, undefined, 3]);
    expect(() => sortRows(mvtec, 'aupro')).toThrow(/has no metric aupro/);
  });

  it('ranks a lower-is-better metric the other way round', () => {
    expect(sortRows(visa, 'image-auroc-fm').map((r) => r.name)).toEqual(['DRAEM', 'PatchCore']);
    expect(bestRows(visa, 'image-auroc-fm').map((r) => r.name)).toEqual(['DRAEM']);
  });

  it('marks the best of each column, several when tied', () => {
    const best = bestPerColumn(mvtec);
    expect(Object.fromEntries(Object.entries(best).map(([metric, rows]) => [metric, rows.map((r) => r.name)]))).toEqual({
      'image-auroc': ['PatchCore'],
      'pixel-auroc': ['PatchCore', RD],
      'mean-auroc': ['PatchCore'],
    });
    expect(columnSize(mvtec, 'image-auroc')).toBe(4);
  });

  it('finds leaderboards by benchmark, setting and dataset', () => {
    expect(findLeaderboards(catalog, { benchmark: 'bench', dataset: 'visa' }).map((b) => b.id)).toEqual(['bench/few-shot-1-visa']);
    expect(findLeaderboards(catalog, { dataset: 'mvtec-ad' })).toHaveLength(2);
    expect(findLeaderboards(catalog, { setting: 'few-shot-1', dataset: 'mvtec-ad' })).toEqual([]);
  });
});

describe("a method's results, for its paper's page", () => {
  it('lists every value with its rank, "1st of 4", variants included', () => {
    const rd4ad = methodResults(catalog, 'rd4ad').map((r) => `${r.board.id} ${r.row.variant ?? 'main'} ${r.metric.id}: ${r.cell.printed}, ${r.rank}`);
    expect(rd4ad).toEqual([
      'bench/multi-class-mvtec-ad main image-auroc: 93.6, 2nd of 4',
      'bench/multi-class-mvtec-ad main pixel-auroc: 98.3, 1st of 3',
      'bench/multi-class-mvtec-ad main mean-auroc: 95.9, 2nd of 3',
      'bench/multi-class-mvtec-ad RD4AD-lite image-auroc: 92.0, 3rd of 4',
    ]);
    expect(methodResults(catalog, 'patchcore').map((r) => r.rank)).toEqual(['1st of 4', '1st of 3', '1st of 3', '1st of 2', '2nd of 2', '1st of 1']);
  });

  it('writes ordinals the English way', () => {
    expect([1, 2, 3, 4, 11, 12, 13, 21, 22, 23, 101, 111].map(ordinal)).toEqual(['1st', '2nd', '3rd', '4th', '11th', '12th', '13th', '21st', '22nd', '23rd', '101st', '111th']);
  });
});

describe('the committed results', () => {
  const real = loadOk(path.resolve('data'));

  it('answer "what works best on MVTec AD, multi-class, 100 epochs" from ADer', () => {
    const [board] = findLeaderboards(real, { benchmark: 'ader', setting: '100-epochs', dataset: 'mvtec-ad' });
    expect(board.rows).toHaveLength(16);
    expect(sortRows(board, 'image-auroc').slice(0, 2).map((r) => `${r.name} ${r.cells['image-auroc'].printed}`)).toEqual(['PatchCore 98.8', 'ViTAD 98.3']);
    expect(bestRows(board, 'aupro').map((r) => r.name)).toEqual(['InvAD']);
  });

  it("rank a paper across both benchmarks, on each one's own scale", () => {
    const patchcore = methodResults(real, 'patchcore');
    const vanilla = patchcore.find((r) => r.board.id === 'im-iad/single-class-mvtec-ad' && r.metric.id === 'image-auroc')!;
    expect([vanilla.cell.printed, vanilla.rank]).toEqual(['0.992', '1st of 11']);
    const ader = patchcore.find((r) => r.board.id === 'ader/100-epochs-mvtec-ad' && r.metric.id === 'image-auroc')!;
    expect([ader.cell.printed, ader.cell.fraction, ader.rank]).toEqual(['98.8', 0.988, '1st of 16']);
  });
});
