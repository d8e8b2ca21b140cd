/**
 * The numbers behind the insights page, computed from the catalog. Each
 * function returns what both the chart and its data table show, so the two
 * can never disagree.
 */
import type { Catalog } from '../catalog/catalog.ts';
import { hasCode } from '../catalog/queries.ts';
import { MODALITIES } from '../catalog/schema.ts';
import { countTo } from '../catalog/group.ts';
import { branches, paperBranches } from './palette.ts';
import { leaderboards, type Leaderboard } from '../site/leaderboards.ts';
import { leaderSummary, primaryMetric } from '../site/benchmark-pages.ts';

export interface Series {
  key: string;
  label: string;
  /** Palette index. */
  color: number;
  values: number[];
}

export interface PapersPerYear {
  years: number[];
  /** One series per top-level branch with papers, stacked in taxonomy order. */
  series: Series[];
  totals: number[];
}

/** Every year from the first to the last, so gaps in the record show as gaps. */
function yearSpan(years: number[]): number[] {
  if (years.length === 0) return [];
  const first = Math.min(...years);
  const last = Math.max(...years);
  return Array.from({ length: last - first + 1 }, (_, i) => first + i);
}

/** Papers per year, each counted once under the branch of its first category. */
export function papersPerYear(catalog: Catalog): PapersPerYear {
  const years = yearSpan(catalog.papers.map((p) => p.year));
  const all = branches(catalog);
  const cells = new Map<string, number>();
  for (const paper of catalog.papers) {
    const primary = paperBranches(catalog, paper, all)[0];
    countTo(cells, `${primary.id}|${paper.year}`);
  }
  const series = all
    .map((branch) => ({ key: branch.id, label: branch.name, color: branch.index, values: years.map((year) => cells.get(`${branch.id}|${year}`) ?? 0) }))
    .filter((s) => s.values.some((v) => v > 0));
  const totals = years.map((_, i) => series.reduce((sum, s) => sum + s.values[i], 0));
  return { years, series, totals };
}

export interface CodeShare {
  year: number;
  papers: number;
  withCode: number;
  /** withCode / papers, 0 when the year has no papers. */
  share: number;
}

/** Papers with an official or unofficial code link, per year. */
export function codeShareByYear(catalog: Catalog): CodeShare[] {
  const papers = new Map<number, number>();
  const withCode = new Map<number, number>();
  for (const paper of catalog.papers) {
    countTo(papers, paper.year);
    if (hasCode(paper)) countTo(withCode, paper.year);
  }
  return yearSpan([...papers.keys()]).map((year) => {
    const n = papers.get(year) ?? 0;
    const c = withCode.get(year) ?? 0;
    return { year, papers: n, withCode: c, share: n === 0 ? 0 : c / n };
  });
}

export interface Tally {
  key: string;
  label: string;
  /** Longer wording for tooltips, e.g. a venue's full name. */
  title: string;
  value: number;
}

export interface TopVenues {
  venues: Tally[];
  /** Venues beyond the limit, and their papers. */
  otherVenues: number;
  otherPapers: number;
  /** Papers with no venue recorded. */
  unknown: number;
}

/** Venues by number of papers, most first, ties by name. */
export function topVenues(catalog: Catalog, limit = 10): TopVenues {
  const counts = new Map<string, number>();
  let unknown = 0;
  for (const paper of catalog.papers) {
    if (paper.venue === undefined) unknown++;
    else countTo(counts, paper.venue);
  }
  const ranked = [...counts.entries()]
    .sort(([a, x], [b, y]) => y - x || a.localeCompare(b))
    .map(([name, value]) => ({ key: name, label: name, title: catalog.venueByName.get(name)?.full ?? name, value }));
  const rest = ranked.slice(limit);
  return { venues: ranked.slice(0, limit), otherVenues: rest.length, otherPapers: rest.reduce((sum, v) => sum + v.value, 0), unknown };
}

export const MODALITY_LABELS: Record<(typeof MODALITIES)[number], string> = {
  rgb: 'RGB',
  grayscale: 'Grayscale',
  'rgb-d': 'RGB-D',
  'point-cloud': 'Point cloud',
  'x-ray': 'X-ray',
  sem: 'SEM',
  tactile: 'Tactile',
  video: 'Video',
};

/** Datasets per imaging modality (a dataset with several counts under each). */
export function datasetsByModality(catalog: Catalog): { modalities: Tally[]; unknown: number } {
  const counts = new Map<string, number>();
  let unknown = 0;
  for (const dataset of catalog.datasets) {
    if (!dataset.modality?.length) unknown++;
    for (const m of dataset.modality ?? []) countTo(counts, m);
  }
  const modalities = MODALITIES.filter((m) => counts.has(m))
    .map((m) => ({ key: m, label: MODALITY_LABELS[m], title: MODALITY_LABELS[m], value: counts.get(m)! }))
    .sort((a, b) => b.value - a.value || a.label.localeCompare(b.label));
  return { modalities, unknown };
}

export interface BenchmarkLeader {
  board: Leaderboard;
  metric: string;
  leaders: string[];
  printed: string;
  methods: number;
}

export interface BenchmarkLeaders {
  /** "ADer, 100 epochs". */
  label: string;
  rows: BenchmarkLeader[];
  /** Methods by how many datasets they lead, most first (ties by name). */
  wins: { name: string; count: number }[];
}

/**
 * The best method per dataset in the multi-class setting that covers the
 * most datasets (ADer's 100 epochs on the committed data), by each board's
 * primary metric (mAD there). Undefined when no results are multi-class.
 */
export function multiClassLeaders(catalog: Catalog): BenchmarkLeaders | undefined {
  const groups = new Map<string, Leaderboard[]>();
  for (const board of leaderboards(catalog)) {
    if (board.protocol.setting !== 'multi-class' || !board.benchmark || !board.setting) continue;
    const key = `${board.benchmark.id}/${board.setting.id}`;
    groups.set(key, [...(groups.get(key) ?? []), board]);
  }
  const boards = [...groups.values()].sort((a, b) => b.length - a.length)[0];
  if (!boards) return undefined;
  const rows = [...boards]
    .sort((a, b) => a.dataset.name.localeCompare(b.dataset.name, 'en'))
    .flatMap((board) => {
      const metric = primaryMetric(board);
      const lead = leaderSummary(board, metric.id);
      return lead ? [{ board, metric: metric.name, leaders: lead.names, printed: lead.printed, methods: board.rows.length }] : [];
    });
  const counts = new Map<string, number>();
  for (const row of rows) for (const name of row.leaders) counts.set(name, (counts.get(name) ?? 0) + 1);
  const wins = [...counts].map(([name, count]) => ({ name, count })).sort((a, b) => b.count - a.count || a.name.localeCompare(b.name, 'en'));
  return { label: `${boards[0].benchmark!.name}, ${boards[0].setting!.name}`, rows, wins };
}
