/**
 * A benchmark's results page (markdown) → data/benchmarks/<id>.yaml (its
 * settings) and data/results/<id>/<setting>-<dataset>.yaml (one table each).
 *
 * Headings give the setting and the dataset, header rows the metrics (by the
 * aliases in data/metrics.yaml) and classes, method cells the papers (by link,
 * then name). Values are written as printed. What does not fit is never
 * dropped quietly: every unmapped method, left-out dataset, average that does
 * not add up and unparsed line is in the report.
 *
 * Result files are the importer's: a re-import rewrites them from the source
 * (and changes no byte when the source has not changed). The benchmark file
 * is a person's too: the importer only adds settings it does not have.
 */
import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { loadCatalog, BENCHMARKS_DIR, RESULTS_DIR } from '../catalog/load.ts';
import { formatProblem } from '../catalog/problems.ts';
import { resultTableSchema, type Metric, type Protocol, type ResultRow, type ResultTable } from '../catalog/results-schema.ts';
import { methodKey } from '../catalog/results.ts';
import { metricRange, resultFileStem, rowLabel } from '../catalog/check-results.ts';
import { averageMismatches } from '../catalog/averages.ts';
import { serializeBenchmark, serializeResultTable } from '../catalog/write-results.ts';
import { readDocument, type Block } from './document.ts';
import { readTable, type Printed, type Unparsed } from './shapes.ts';
import { settingFromHeading, settingFor } from './settings.ts';
import { MethodMatcher, splitMethodCell, type MethodMatch } from './methods.ts';
import { DatasetMatcher } from './datasets.ts';
import { benchmarkFor, preambleOf } from './benchmark.ts';

export interface ImportResultsOptions {
  markdown: string;
  dataDir: string;
  dryRun?: boolean;
  /** A benchmark or paper id, when the page does not say which benchmark it is. */
  benchmark?: string;
}

export interface MethodReport extends MethodMatch {
  rows: number;
  lines: number[];
}

export interface ImportResultsReport {
  benchmark: string;
  benchmarkFile: { file: string; status: 'created' | 'updated' | 'unchanged' };
  settingsCreated: string[];
  tablesRead: number;
  values: number;
  created: string[];
  updated: string[];
  unchanged: string[];
  /** Files of this benchmark the page no longer gives; left alone. */
  notInSource: string[];
  methods: MethodReport[];
  datasetsLeftOut: Array<{ name: string; lines: number[] }>;
  inconsistentAverages: Array<{ file: string; line: number; row: string; metric: string; message: string }>;
  /** Rows of "-" only: not reported, as the page says. */
  notReported: number;
  /** Values outside their metric's range (a misprint): left out, and said so in the row's notes. */
  outOfRange: Array<{ line: number; text: string }>;
  /** Rows of 0.000 only in a metric where higher is better, read as "not reported" (a method with no anomaly map printed as zero). */
  zeroRows: Array<{ line: number; text: string }>;
  unparsed: Unparsed[];
  /** Prose and headings with no table below them. */
  skipped: { prose: number; headings: number };
  /** Problems of the catalog after writing: there should be none. */
  problemsAfter: string[];
}

const HEADER = ['Written by npm run import-results from the benchmark\'s published tables; a re-import rewrites this file.'];

interface Target {
  table: Omit<ResultTable, 'rows' | 'scale'> & { scale?: 1 | 100 };
  headings: string[];
  rows: Map<string, ResultRow>;
  /** Source line of each row's first value, and of each (row, metric) value. */
  lines: Map<string, number>;
  /** Every number printed, to tell fractions from percentages. */
  printed: number[];
}

/**
 * A row without the values its metric cannot have: an average is dropped, a
 * class's value becomes null, and a note on the row keeps what was printed.
 */
function inRange(row: ResultRow, scale: number, metricById: ReadonlyMap<string, Metric>, classes: string[], tell: (metric: string, what: string) => void): ResultRow[] {
  const notes: string[] = [];
  const note = (metric: string, text: string) => {
    notes.push(text);
    tell(metric, `${rowLabel(row)}: ${text}`);
  };
  const fits = (metric: string, value: number) => {
    const [low, high] = metricRange(metricById.get(metric) ?? {}, scale);
    return value >= low && value <= high;
  };
  const values = Object.fromEntries(
    Object.entries(row.values).filter(([metric, value]) => {
      if (fits(metric, value)) return true;
      note(metric, `The source prints ${value} for ${metric}, outside what it can be; left out.`);
      return false;
    }),
  );
  const perClass = row.per_class && Object.fromEntries(
    Object.entries(row.per_class)
      .filter(([metric]) => metric in values)
      .map(([metric, list]) => [
        metric,
        list.map((value, i) => {
          if (value === null || fits(metric, value)) return value;
          note(metric, `The source prints ${value} for ${metric} on ${classes[i] ?? `class ${i + 1}`}, outside what it can be; left out of the per-class values (its printed average is kept).`);
          return null;
        }),
      ]),
  );
  if (!Object.keys(values).length) return [];
  return [{ ...row, values, ...(perClass ? { per_class: perClass } : {}), ...(notes.length ? { notes: [...(row.notes ?? []), ...notes] } : {}) }];
}

export function importResults({ markdown, dataDir, dryRun = false, benchmark: requested }: ImportResultsOptions): ImportResultsReport {
  const root = path.dirname(path.resolve(dataDir));
  const loaded = loadCatalog({ dataDir, root });
  if (!loaded.ok) throw new Error(`the data has problems; run npm run validate and fix them first:\n${loaded.problems.slice(0, 5).map(formatProblem).join('\n')}`);
  const { catalog } = loaded;
  const blocks = readDocument(markdown);
  const { benchmark, created: benchmarkCreated } = benchmarkFor(catalog, preambleOf(blocks), requested);
  const metricByAlias = new Map<string, Metric>();
  for (const metric of catalog.metrics) for (const label of [metric.id, metric.name, ...(metric.aliases ?? [])]) metricByAlias.set(label.toLowerCase(), metric);
  const methods = new MethodMatcher(catalog);
  const datasets = new DatasetMatcher(catalog);

  const unparsed: Unparsed[] = [];
  const zeroRows: ImportResultsReport['zeroRows'] = [];
  const left = new Map<string, number[]>();
  const methodReports = new Map<string, MethodReport>();
  const settingsCreated: string[] = [];
  const targets = new Map<string, Target>();
  let tablesRead = 0;
  let notReported = 0;
  let heading: Extract<Block, { kind: 'heading' }> | undefined;
  const skipped = { prose: 0, headings: 0 };
  let headingUsed = true;

  for (const block of blocks) {
    if (block.kind === 'heading') {
      if (!headingUsed) skipped.headings++;
      heading = block;
      headingUsed = false;
      continue;
    }
    if (block.kind === 'other') {
      skipped.prose += block.lines;
      continue;
    }
    headingUsed = true;
    for (const reading of readTable(block, heading?.text ?? '', unparsed)) {
      tablesRead++;
      const dataset = datasets.match(reading.dataset);
      if (!dataset) {
        left.set(reading.dataset, [...(left.get(reading.dataset) ?? []), reading.line]);
        continue;
      }
      unparsed.push(...reading.unparsed);
      const stated = settingFromHeading(...reading.settingTexts);
      for (const row of reading.rows) {
        let name = splitMethodCell(row.method.text).name;
        const protocol: Protocol = { ...benchmark.protocol, ...stated.protocol };
        if (stated.perRow) {
          const m = /^(.*?)-(\d+)$/.exec(name);
          if (!m) {
            unparsed.push({ line: row.line, text: row.method.text, reason: `expected <method>-<number of ${stated.perRow === 'shots' ? 'shots' : 'labelled anomalies'}>` });
            continue;
          }
          name = m[1];
          protocol[stated.perRow] = Number(m[2]);
        }
        const match = methods.match(row.method, name);
        const report = methodReports.get(match.name) ?? { ...match, rows: 0, lines: [] };
        methodReports.set(match.name, report);
        const { setting, created } = settingFor(benchmark, protocol);
        if (created) settingsCreated.push(setting.id);
        const key = JSON.stringify([setting.id, dataset.dataset, dataset.subset]);
        const target: Target =
          targets.get(key) ??
          ({
            table: { benchmark: benchmark.id, setting: setting.id, dataset: dataset.dataset, ...(dataset.subset ? { subset: dataset.subset } : {}), table: '', decimals: 0, ...(reading.classes ? { classes: reading.classes } : {}) },
            headings: [] as string[],
            rows: new Map(),
            lines: new Map(),
            printed: [],
          } satisfies Target);
        targets.set(key, target);
        if (heading && !target.headings.includes(heading.text)) target.headings.push(heading.text);
        if (reading.classes && JSON.stringify(target.table.classes) !== JSON.stringify(reading.classes)) {
          unparsed.push({ line: row.line, text: reading.classes.join(', '), reason: 'classes differ from an earlier table of the same setting and dataset' });
          continue;
        }
        target.table.decimals = Math.max(target.table.decimals, reading.decimals);
        const identity = match.method !== undefined ? { method: match.method, ...(match.variant ? { variant: match.variant } : {}) } : { baseline: match.baseline! };
        const rowKey = methodKey(identity);
        const result = target.rows.get(rowKey) ?? { ...identity, values: {} };
        for (const { label, value, perClass } of row.values) {
          const metric = metricByAlias.get(label.toLowerCase());
          const allMissing = value === null && (perClass ?? []).every((v) => v === null);
          if (allMissing) {
            notReported++;
            continue;
          }
          if (!metric) {
            unparsed.push({ line: row.line, text: label, reason: 'a metric label no metric in data/metrics.yaml has as an alias' });
            continue;
          }
          if (value === null) {
            unparsed.push({ line: row.line, text: `${row.method.text} / ${label}`, reason: 'per-class values without a printed average' });
            continue;
          }
          // BTAD's table prints 0.000 where every other table prints "-" for methods that give no anomaly map.
          // A zero is a real value only for an error-like metric (no forgetting).
          if (metric.higher_is_better && value === 0 && (perClass ?? []).every((v) => v === 0)) {
            zeroRows.push({ line: row.line, text: `${row.method.text} / ${label} on ${reading.dataset}` });
            continue;
          }
          if (result.values[metric.id] !== undefined) {
            unparsed.push({ line: row.line, text: `${row.method.text} / ${label}`, reason: `a second ${metric.id} for the same method in ${setting.id}, ${dataset.dataset}; the first is kept` });
            continue;
          }
          result.values[metric.id] = value;
          target.lines.set(`${rowKey} ${metric.id}`, row.line);
          if (perClass) result.per_class = { ...result.per_class, [metric.id]: perClass as Printed[] };
          target.printed.push(value, ...(perClass ?? []).filter((v): v is number => v !== null));
          if (row.link && !result.link) result.link = row.link;
          report.rows++;
          if (!report.lines.includes(row.line)) report.lines.push(row.line);
        }
        if (Object.keys(result.values).length) {
          target.rows.set(rowKey, result);
          if (!target.lines.has(rowKey)) target.lines.set(rowKey, row.line);
        }
      }
    }
  }

  const benchmarkDir = path.join(dataDir, RESULTS_DIR, benchmark.id);
  const rel = (file: string) => path.relative(root, file).split(path.sep).join('/');
  const report: ImportResultsReport = {
    benchmark: benchmark.id,
    benchmarkFile: { file: rel(path.join(dataDir, BENCHMARKS_DIR, `${benchmark.id}.yaml`)), status: 'unchanged' },
    settingsCreated,
    tablesRead,
    values: 0,
    created: [],
    updated: [],
    unchanged: [],
    notInSource: [],
    methods: [...methodReports.values()],
    datasetsLeftOut: [...left].map(([name, lines]) => ({ name, lines })),
    inconsistentAverages: [],
    notReported,
    outOfRange: [],
    zeroRows,
    unparsed,
    skipped,
    problemsAfter: [],
  };

  const writes: Array<{ file: string; content: string }> = [];
  const produced = new Set<string>();
  for (const target of targets.values()) {
    if (!target.rows.size) continue;
    // By the median, so one misprint (IM-IAD's 2.558 for a forgetting measure) does not make a table of fractions percentages.
    const sorted = [...target.printed].sort((a, b) => a - b);
    const scale = sorted[Math.floor(sorted.length / 2)] > 1 ? 100 : 1;
    const lineOf = (row: ResultRow, metric: string) => target.lines.get(`${methodKey(row)} ${metric}`) ?? target.lines.get(methodKey(row)) ?? 0;
    const rows = [...target.rows.values()].flatMap((row) => inRange(row, scale, catalog.metricById, target.table.classes ?? [], (metric, what) => report.outOfRange.push({ line: lineOf(row, metric), text: what })));
    const table: ResultTable = { ...target.table, table: target.headings.join('; '), scale, rows };
    const parsed = resultTableSchema.safeParse(table);
    if (!parsed.success) throw new Error(`the importer built an invalid table for ${table.setting}, ${table.dataset}: ${parsed.error.issues[0]?.message}`);
    const file = path.join(benchmarkDir, `${resultFileStem(table)}.yaml`);
    produced.add(file);
    writes.push({ file, content: serializeResultTable(table, HEADER) });
    for (const row of table.rows) {
      report.values += Object.keys(row.values).length;
      for (const mismatch of averageMismatches(row, table.decimals, catalog.metricById)) {
        report.inconsistentAverages.push({ file: rel(file), line: lineOf(row, mismatch.metric), row: rowLabel(row), metric: mismatch.metric, message: mismatch.message });
      }
    }
  }
  const benchmarkPath = path.join(dataDir, BENCHMARKS_DIR, `${benchmark.id}.yaml`);
  if (benchmarkCreated || settingsCreated.length) {
    writes.push({ file: benchmarkPath, content: serializeBenchmark(benchmark) });
    report.benchmarkFile.status = benchmarkCreated || !existsSync(benchmarkPath) ? 'created' : 'updated';
  }
  for (const { file, content } of writes) {
    const before = existsSync(file) ? readFileSync(file, 'utf8') : undefined;
    if (file !== benchmarkPath) (before === undefined ? report.created : before === content ? report.unchanged : report.updated).push(rel(file));
    if (dryRun || before === content) continue;
    mkdirSync(path.dirname(file), { recursive: true });
    writeFileSync(file, content);
  }
  if (existsSync(benchmarkDir)) {
    for (const name of readdirSync(benchmarkDir).sort()) if (!produced.has(path.join(benchmarkDir, name))) report.notInSource.push(rel(path.join(benchmarkDir, name)));
  }
  if (!dryRun) {
    const after = loadCatalog({ dataDir, root });
    report.problemsAfter = after.problems.map(formatProblem);
  }
  return report;
}
