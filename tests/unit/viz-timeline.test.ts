import { describe, expect, it } from 'vitest';
import { timeline } from '../../src/lib/viz/timeline.ts';
import { vizFixture } from '../support/viz-fixture.ts';

const catalog = vizFixture();
const t = timeline(catalog, { base: '/atlas/' });
const items = t.years.flatMap((y) => y.items);
const item = (id: string) => items.find((i) => i.id === id)!;

describe('timeline', () => {
  it('contains every paper exactly once, under its year, oldest year first', () => {
    expect(items.map((i) => i.id).sort()).toEqual(catalog.papers.map((p) => p.id).sort());
    expect(t.years.map((y) => y.year)).toEqual([2018, 2019, 2020, 2021, 2022, 2023, 2024]);
    for (const year of t.years) for (const i of year.items) expect(i.year).toBe(year.year);
    expect(t.total).toBe(14);
  });

  it('folds the years, opening the newest until they hold enough papers', () => {
    const open = (openAtLeast?: number) => timeline(catalog, { base: '/', openAtLeast }).years.filter((y) => y.open).map((y) => y.year);
    // 14 papers: fewer than the default asks for, so every year opens.
    expect(open()).toEqual(t.years.map((y) => y.year));
    const perYear = Object.fromEntries(t.years.map((y) => [y.year, y.items.length]));
    expect(open(1)).toEqual([2024]);
    expect(open(perYear[2024] + 1)).toEqual([2023, 2024]);
  });

  it('gives each paper its branches, primary (first category) first', () => {
    expect(item('patchcore').branches.map((b) => b.id)).toEqual(['unsupervised', 'settings']);
    expect(item('uniad').branches.map((b) => b.id)).toEqual(['unsupervised', 'supervised']);
    expect(item('xss-two').branches.map((b) => b.id)).toEqual(['settings']);
  });

  it("sums each year's primary-branch mix to its papers", () => {
    for (const y of t.years) expect(y.mix.reduce((n, m) => n + m.count, 0)).toBe(y.items.length);
    const y2022 = t.years.find((y) => y.year === 2022)!;
    expect(y2022.mix.map((m) => [m.branch.id, m.count])).toEqual([['unsupervised', 3]]);
    const y2023 = t.years.find((y) => y.year === 2023)!;
    expect(y2023.mix.map((m) => [m.branch.id, m.count])).toEqual([['supervised', 1], ['settings', 3]]);
  });

  it('marks featured papers and links items to paper pages under the base', () => {
    expect(items.filter((i) => i.featured).map((i) => i.id).sort()).toEqual(['draem', 'padim', 'patchcore', 'student', 'sup-b', 'winclip']);
    expect(item('padim').href).toBe('/atlas/papers/padim/');
  });

  it('has a legend of every branch with how many papers it holds', () => {
    expect(t.legend.map((b) => [b.id, b.count, b.index])).toEqual([
      ['unsupervised', 8, 0],
      ['supervised', 3, 1],
      ['settings', 5, 2],
      ['empty-branch', 0, 3],
    ]);
  });
});
