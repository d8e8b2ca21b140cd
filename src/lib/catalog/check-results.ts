/**
 * Rules for benchmark results that span files: every id a result names
 * resolves (benchmark, setting, paper, dataset, subset, metric), a table sits
 * in the file its benchmark, setting and dataset name, a value lies in its
 * table's scale, and no (benchmark, setting, dataset, method, metric) is
 * given twice. Errors, like the rest of the catalog.
 *
 * Two rules are warnings, because the data can be right while they fire: a
 * printed average that is not the mean of the table's own per-class values,
 * and an average metric (mAD) that is not the mean of its parts. Sources do
 * print such numbers; the catalog keeps them as printed and says so.
 */
import type { Dataset, Paper } from './schema.ts';
import type { Benchmark, Metric, ResultRow, ResultTable } from './results-schema.ts';
import { formatPath, type Problem } from './problems.ts';
import { didYouMean } from './suggest.ts';
import { slugify } from './ids.ts';
import { averageMismatches } from './averages.ts';
import type { Salvaged } from './zod-shape.ts';

type FieldPath = ReadonlyArray<string | number>;

export interface ResultsCheckInput {
  metrics: Salvaged<Metric>[];
  metricsFile: string;
  benchmarks: Salvaged<Benchmark>[];
  results: Salvaged<ResultTable>[];
  papers: Salvaged<Paper>[];
  datasets: Salvaged<Dataset>[];
  fileOf: (entry: object) => string;
  lineOf: (file: string, path: FieldPath) => number | undefined;
}

const stemOf = (file: string) => file.slice(file.lastIndexOf('/') + 1).replace(/\.yaml$/, '');
const folderOf = (file: string) => file.split('/').slice(-2)[0];

/** How a row is named in messages: its paper id and variant, or its baseline's name. */
export function rowLabel(row: Salvaged<ResultRow>): string {
  if (row.baseline !== undefined) return `baseline "${row.baseline}"`;
  return row.variant !== undefined ? `${row.method} (${row.variant})` : String(row.method);
}

/** The lowest and highest value a metric can have, on a table's scale. */
export const metricRange = (metric: Pick<Salvaged<Metric>, 'min'>, scale: number): [number, number] => [(metric.min ?? 0) * scale, scale];

/** The file a benchmark table belongs in, from what it is a table of. */
export function resultFileStem(table: Pick<ResultTable, 'setting' | 'dataset' | 'subset'>): string {
  return [table.setting, table.dataset, table.subset === undefined ? undefined : slugify(table.subset)].filter(Boolean).join('-');
}

export function checkResults(input: ResultsCheckInput): Problem[] {
  const { metrics, metricsFile, benchmarks, results, papers, datasets, fileOf, lineOf } = input;
  const problems: Problem[] = [];
  const at = (file: string, path: FieldPath, message: string, severity?: 'warning') =>
    problems.push({ file, line: lineOf(file, path), field: formatPath(path), message, ...(severity ? { severity } : {}) });
  const known = (entries: Array<{ id?: string }>) => new Set(entries.map((e) => e.id ?? stemOf(fileOf(e))));
  const unknown = (what: string, id: string, ids: Iterable<string>, where = '') => `unknown ${what} "${id}"${didYouMean(id, ids)}${where}`;
  const paperIds = known(papers);
  const datasetById = new Map(datasets.map((d) => [d.id ?? stemOf(fileOf(d)), d]));

  // Metrics: one id each; an alias (a column label) names one metric only, or the importer could not tell.
  const metricById = new Map<string, Salvaged<Metric>>();
  const aliasOwner = new Map<string, string>();
  metrics.forEach((metric, index) => {
    if (metric.id === undefined) return;
    if (metricById.has(metric.id)) at(metricsFile, ['metrics', index, 'id'], `metric "${metric.id}" is listed twice`);
    else metricById.set(metric.id, metric);
    metric.aliases?.forEach((alias, a) => {
      if (alias === undefined) return;
      const key = alias.toLowerCase();
      const owner = aliasOwner.get(key);
      if (owner !== undefined && owner !== metric.id) at(metricsFile, ['metrics', index, 'aliases', a], `alias "${alias}" already names metric "${owner}"`);
      else aliasOwner.set(key, metric.id!);
    });
  });
  metrics.forEach((metric, index) =>
    metric.mean_of?.forEach((part, p) => {
      if (part === undefined) return;
      if (part === metric.id) at(metricsFile, ['metrics', index, 'mean_of', p], 'a metric cannot be an average of itself');
      else if (!metricById.has(part)) at(metricsFile, ['metrics', index, 'mean_of', p], unknown('metric', part, metricById.keys()));
    }),
  );

  // Benchmarks: named after their file, defined by a catalogued paper.
  const benchmarkById = new Map<string, Salvaged<Benchmark>>();
  for (const benchmark of benchmarks) {
    const file = fileOf(benchmark);
    if (benchmark.id !== undefined) {
      benchmarkById.set(benchmark.id, benchmark);
      if (benchmark.id !== stemOf(file)) at(file, ['id'], `id "${benchmark.id}" does not match the file name; rename the file to ${benchmark.id}.yaml`);
    }
    if (benchmark.paper !== undefined && !paperIds.has(benchmark.paper)) at(file, ['paper'], unknown('paper', benchmark.paper, paperIds));
  }

  // Tables: what they are a table of, and the file that says it.
  const seen = new Map<string, { file: string; path: FieldPath }>();
  for (const table of results) {
    const file = fileOf(table);
    const benchmark = table.benchmark === undefined ? undefined : benchmarkById.get(table.benchmark);
    if (table.benchmark !== undefined && !benchmark) at(file, ['benchmark'], unknown('benchmark', table.benchmark, benchmarkById.keys(), '; benchmarks are data/benchmarks/<id>.yaml'));
    const settingIds = (benchmark?.settings ?? []).flatMap((s) => (s?.id === undefined ? [] : [s.id]));
    if (benchmark && table.setting !== undefined && !settingIds.includes(table.setting)) {
      at(file, ['setting'], unknown(`setting of ${benchmark.id}`, table.setting, settingIds, `; its settings are ${settingIds.join(', ')}`));
    }
    if (table.reported_by !== undefined && !paperIds.has(table.reported_by)) at(file, ['reported_by'], unknown('paper', table.reported_by, paperIds));
    const owner = table.benchmark ?? table.reported_by;
    if (owner !== undefined && folderOf(file) !== owner) at(file, [table.benchmark !== undefined ? 'benchmark' : 'reported_by'], `this table belongs in data/results/${owner}/, not data/results/${folderOf(file)}/`);
    const dataset = table.dataset === undefined ? undefined : datasetById.get(table.dataset);
    if (table.dataset !== undefined && !dataset) at(file, ['dataset'], unknown('dataset', table.dataset, datasetById.keys()));
    const subsets = (dataset?.subsets ?? []).filter((s): s is string => s !== undefined);
    if (dataset && table.subset !== undefined && !subsets.includes(table.subset)) {
      at(file, ['subset'], subsets.length ? unknown(`subset of ${table.dataset}`, table.subset, subsets, `; its subsets are ${subsets.join(', ')}`) : `dataset ${table.dataset} lists no subsets; add "${table.subset}" to its subsets or leave subset out`);
    }
    // Named after what it is a table of, once that is known (a misspelt setting is reported once, above).
    if (benchmark && table.setting !== undefined && settingIds.includes(table.setting) && dataset && table.dataset !== undefined) {
      const expected = resultFileStem({ setting: table.setting, dataset: table.dataset, subset: table.subset });
      if (stemOf(file) !== expected) at(file, ['dataset'], `a table of ${[table.setting, table.dataset, table.subset].filter(Boolean).join(', ')} is named ${expected}.yaml; rename the file`);
    }

    const classes = table.classes?.length;
    const scale = table.scale;
    table.rows?.forEach((row, r) => {
      if (!row) return;
      if (row.method !== undefined && !paperIds.has(row.method)) {
        at(file, ['rows', r, 'method'], unknown('paper', row.method, paperIds, '; a method with no paper of its own is a baseline: write baseline: "<its name>" instead'));
      }
      const checkMetric = (metric: string, path: FieldPath) => {
        if (metricById.has(metric)) return true;
        at(file, path, unknown('metric', metric, metricById.keys(), '; metrics are listed in data/metrics.yaml'));
        return false;
      };
      const checkRange = (metric: string, value: number | null | undefined, path: FieldPath) => {
        if (typeof value !== 'number' || scale === undefined) return;
        const [low, high] = metricRange(metricById.get(metric) ?? {}, scale);
        if (value >= low && value <= high) return;
        at(file, path, `found ${value}; expected ${low}–${high} for ${metric}, as this table prints values ${scale === 100 ? 'as percentages (scale: 100)' : 'as fractions (scale: 1)'}`);
      };
      for (const [metric, value] of Object.entries(row.values ?? {})) {
        const path = ['rows', r, 'values', metric];
        if (!checkMetric(metric, path)) continue;
        checkRange(metric, value, path);
        const key = JSON.stringify([owner, table.setting ?? table.protocol, table.dataset, table.subset, row.method, row.variant, row.baseline, metric]);
        const first = seen.get(key);
        if (first) at(file, path, `duplicate result: ${rowLabel(row)} already has ${metric} for this ${table.setting ? 'setting and ' : ''}dataset at ${first.file}:${lineOf(first.file, first.path) ?? 1}; keep one`);
        else seen.set(key, { file, path });
      }
      for (const [metric, list] of Object.entries(row.per_class ?? {})) {
        const path = ['rows', r, 'per_class', metric];
        if (!checkMetric(metric, path)) continue;
        if (row.values?.[metric] === undefined) at(file, path, `per-class values need the printed average too: add ${metric} to values`);
        if (classes === undefined) at(file, path, 'per-class values need the class names: add classes: [...] to the table, in the order of these values');
        else if (list && list.length !== classes) at(file, path, `found ${list.length} values for ${classes} classes; give one per class, null where the source prints "-"`);
        list?.forEach((value, i) => checkRange(metric, value, [...path, i]));
      }
      if (table.decimals === undefined || scale === undefined) return;
      for (const mismatch of averageMismatches(row, table.decimals, metricById)) {
        at(file, ['rows', r, 'values', mismatch.metric], mismatch.message, 'warning');
      }
    });
  }
  return problems;
}
