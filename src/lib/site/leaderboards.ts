/**
 * Leaderboards for pages: one per results table (a benchmark × setting ×
 * dataset, or a paper's own table), methods as rows, metrics as columns, each
 * value with its rank in its column and the best of each column marked.
 * Ranks follow the metric's direction (forgetting: lower is better) and are
 * shared by equal printed values (two 99.3 are both 2nd, the next is 4th).
 * Computed once per catalog; pages must not mutate what they get.
 */
import type { Catalog } from '../catalog/catalog.ts';
import type { Dataset, Paper } from '../catalog/schema.ts';
import type { Benchmark, Metric, Protocol, ResultRow, ResultTable, Setting } from '../catalog/results-schema.ts';
import { compareBest, formatValue, methodKey, methodName, metricsOf, protocolOf, settingOf, toFraction } from '../catalog/results.ts';
import { resultFileStem } from '../catalog/check-results.ts';
import { perCatalog } from '../catalog/per-catalog.ts';

export interface LeaderboardCell {
  /** As printed in the source. */
  value: number;
  /** As printed, with the source's decimals ("0.980"). */
  printed: string;
  /** On one scale (0–1), for comparing across tables. */
  fraction: number;
  perClass?: Array<number | null>;
  /** 1 for the best in its column; equal values share a rank. */
  rank: number;
}

export interface LeaderboardRow {
  /** Same method, same key, in every table: paper id (and variant) or baseline name. */
  key: string;
  name: string;
  paper?: Paper;
  variant?: string;
  baseline?: string;
  link?: string;
  notes: string[];
  cells: Record<string, LeaderboardCell>;
}

export interface Leaderboard {
  /** `<benchmark or paper>/<file name>`, unique, usable in a URL. */
  id: string;
  benchmark?: Benchmark;
  setting?: Setting;
  reportedBy?: Paper;
  dataset: Dataset;
  subset?: string;
  table: ResultTable;
  protocol: Protocol;
  /** Columns, in the order the source gives them. */
  metrics: Metric[];
  /** In the source's order; see sortRows. */
  rows: LeaderboardRow[];
  classes?: string[];
}

function rankColumn(rows: LeaderboardRow[], metric: Metric): void {
  const ranked = rows.filter((r) => r.cells[metric.id]).sort((a, b) => compareBest(metric, a.cells[metric.id].value, b.cells[metric.id].value));
  ranked.forEach((row, i) => {
    const previous = ranked[i - 1]?.cells[metric.id];
    row.cells[metric.id].rank = previous && previous.value === row.cells[metric.id].value ? previous.rank : i + 1;
  });
}

function rowOf(catalog: Catalog, table: ResultTable, row: ResultRow): LeaderboardRow {
  const cells: Record<string, LeaderboardCell> = {};
  for (const [metric, value] of Object.entries(row.values)) {
    const perClass = row.per_class?.[metric];
    cells[metric] = { value, printed: formatValue(table, value), fraction: toFraction(table, value), ...(perClass ? { perClass } : {}), rank: 0 };
  }
  const paper = row.method === undefined ? undefined : catalog.paperById.get(row.method);
  return {
    key: methodKey(row),
    name: methodName(catalog, row),
    ...(paper ? { paper } : {}),
    ...(row.variant !== undefined ? { variant: row.variant } : {}),
    ...(row.baseline !== undefined ? { baseline: row.baseline } : {}),
    ...(row.link !== undefined ? { link: row.link } : {}),
    notes: row.notes ?? [],
    cells,
  };
}

/** Every leaderboard, in the catalog's order of results tables. */
export const leaderboards = perCatalog((catalog): Leaderboard[] =>
  catalog.results.map((table) => {
    const metrics = metricsOf(catalog, table);
    const rows = table.rows.map((row) => rowOf(catalog, table, row));
    for (const metric of metrics) rankColumn(rows, metric);
    const owner = table.benchmark ?? table.reported_by ?? '';
    const stem = table.benchmark ? resultFileStem(table) : [table.dataset, table.table].join('-').toLowerCase().replace(/[^a-z0-9]+/g, '-');
    const benchmark = table.benchmark === undefined ? undefined : catalog.benchmarkById.get(table.benchmark);
    const setting = settingOf(catalog, table);
    const reportedBy = table.reported_by === undefined ? undefined : catalog.paperById.get(table.reported_by);
    return {
      id: `${owner}/${stem}`,
      ...(benchmark ? { benchmark } : {}),
      ...(setting ? { setting } : {}),
      ...(reportedBy ? { reportedBy } : {}),
      dataset: catalog.datasetById.get(table.dataset)!,
      ...(table.subset !== undefined ? { subset: table.subset } : {}),
      table,
      protocol: protocolOf(catalog, table),
      metrics,
      rows,
      ...(table.classes ? { classes: table.classes } : {}),
    };
  }),
);

export interface LeaderboardQuery {
  benchmark?: string;
  setting?: string;
  dataset?: string;
  subset?: string;
}

/** The leaderboards matching every field given, e.g. all of ADer on VisA (both settings). */
export function findLeaderboards(catalog: Catalog, query: LeaderboardQuery): Leaderboard[] {
  return leaderboards(catalog).filter(
    (b) =>
      (query.benchmark === undefined || b.benchmark?.id === query.benchmark) &&
      (query.setting === undefined || b.setting?.id === query.setting) &&
      (query.dataset === undefined || b.dataset.id === query.dataset) &&
      (query.subset === undefined || b.subset === query.subset),
  );
}

/** Rows best first by one metric; rows without it last, in the source's order. */
export function sortRows(board: Leaderboard, metricId: string): LeaderboardRow[] {
  const metric = board.metrics.find((m) => m.id === metricId);
  if (!metric) throw new Error(`leaderboard ${board.id} has no metric ${metricId}; it has ${board.metrics.map((m) => m.id).join(', ')}`);
  const order = new Map(board.rows.map((row, i) => [row, i]));
  return [...board.rows].sort((a, b) => {
    const x = a.cells[metricId];
    const y = b.cells[metricId];
    if (x && y) return compareBest(metric, x.value, y.value) || order.get(a)! - order.get(b)!;
    return x ? -1 : y ? 1 : order.get(a)! - order.get(b)!;
  });
}

/** The rows ranked 1st in a column (several when tied). */
export function bestRows(board: Leaderboard, metricId: string): LeaderboardRow[] {
  return board.rows.filter((row) => row.cells[metricId]?.rank === 1);
}

/** Each column's best rows, keyed by metric id. */
export function bestPerColumn(board: Leaderboard): Record<string, LeaderboardRow[]> {
  return Object.fromEntries(board.metrics.map((m) => [m.id, bestRows(board, m.id)]));
}

/** How many rows have a value in a column: the "of 16" in "1st of 16". */
export const columnSize = (board: Leaderboard, metricId: string) => board.rows.filter((row) => row.cells[metricId]).length;

/** 1 → "1st", 2 → "2nd", 11 → "11th", 22 → "22nd". */
export function ordinal(n: number): string {
  const tens = n % 100;
  const suffix = tens >= 11 && tens <= 13 ? 'th' : ({ 1: 'st', 2: 'nd', 3: 'rd' } as Record<number, string>)[n % 10] ?? 'th';
  return `${n}${suffix}`;
}

export interface MethodResult {
  board: Leaderboard;
  row: LeaderboardRow;
  metric: Metric;
  cell: LeaderboardCell;
  /** Rows with a value in this column. */
  of: number;
  /** "1st of 16". */
  rank: string;
}

/** Every result of a paper's method (and its variants), for its page: by leaderboard, then the source's column order. */
export function methodResults(catalog: Catalog, paperId: string): MethodResult[] {
  return leaderboards(catalog).flatMap((board) =>
    board.rows
      .filter((row) => row.paper?.id === paperId)
      .flatMap((row) =>
        board.metrics.flatMap((metric) => {
          const cell = row.cells[metric.id];
          if (!cell) return [];
          const of = columnSize(board, metric.id);
          return [{ board, row, metric, cell, of, rank: `${ordinal(cell.rank)} of ${of}` }];
        }),
      ),
  );
}
