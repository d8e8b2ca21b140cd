/**
 * Queries over benchmark results that any view needs: a value on one scale,
 * which of two values is better, the setting and protocol a table was made
 * under, and how a row's method is named. Values stay as printed in the data;
 * this is where 98.8 (ADer) and 0.988 (IM-IAD) become comparable.
 */
import type { Catalog } from './catalog.ts';
import type { Metric, Protocol, ResultRow, ResultTable, Setting } from './results-schema.ts';

/** A printed value as a fraction of 1, whatever scale its table prints. */
export const toFraction = (table: Pick<ResultTable, 'scale'>, value: number): number => value / table.scale;

/** A printed value on a chosen scale: 1 for fractions, 100 for percentages. */
export const onScale = (table: Pick<ResultTable, 'scale'>, value: number, scale: 1 | 100): number => toFraction(table, value) * scale;

/** Negative when `a` is better than `b` under the metric (so it sorts first). */
export const compareBest = (metric: Pick<Metric, 'higher_is_better'>, a: number, b: number): number => (metric.higher_is_better ? b - a : a - b);

/** The value as the source printed it, e.g. "0.980" or "98.8". */
export const formatValue = (table: Pick<ResultTable, 'decimals'>, value: number): string => value.toFixed(table.decimals);

/** The benchmark setting a table belongs to, if it is a benchmark's. */
export function settingOf(catalog: Catalog, table: ResultTable): Setting | undefined {
  return table.benchmark === undefined ? undefined : catalog.benchmarkById.get(table.benchmark)?.settings.find((s) => s.id === table.setting);
}

/** Everything a table's numbers were obtained under: the benchmark's protocol, then its setting's (or a paper's own). */
export function protocolOf(catalog: Catalog, table: ResultTable): Protocol {
  if (table.reported_by !== undefined) return table.protocol ?? {};
  const benchmark = table.benchmark === undefined ? undefined : catalog.benchmarkById.get(table.benchmark);
  return { ...benchmark?.protocol, ...settingOf(catalog, table)?.protocol };
}

/** A stable key for "the same method" across tables: paper and variant, or the baseline's name. */
export const methodKey = (row: Pick<ResultRow, 'method' | 'variant' | 'baseline'>): string =>
  row.baseline !== undefined ? `baseline:${row.baseline}` : `${row.method}${row.variant === undefined ? '' : `:${row.variant}`}`;

/** How a row's method is shown: the variant's own name, the paper's method name, or the baseline. */
export function methodName(catalog: Catalog, row: Pick<ResultRow, 'method' | 'variant' | 'baseline'>): string {
  if (row.baseline !== undefined) return row.baseline;
  if (row.variant !== undefined) return row.variant;
  const paper = row.method === undefined ? undefined : catalog.paperById.get(row.method);
  return paper?.method ?? paper?.title ?? row.method ?? '';
}

/** The metrics a table gives, in the order its rows first give them. */
export function metricsOf(catalog: Catalog, table: ResultTable): Metric[] {
  const ids = [...new Set(table.rows.flatMap((row) => Object.keys(row.values)))];
  return ids.flatMap((id) => catalog.metricById.get(id) ?? []);
}
