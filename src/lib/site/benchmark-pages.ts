/**
 * What the benchmark and leaderboard pages show, computed from the
 * leaderboards: each benchmark's protocol in words, its leaderboards grouped
 * by setting then dataset, a leaderboard's title and primary metric (the
 * column its page opens sorted by), and a method's results for its paper page.
 */
import type { Catalog } from '../catalog/catalog.ts';
import type { Benchmark, Metric, Protocol, Setting } from '../catalog/results-schema.ts';
import type { Dataset, Paper } from '../catalog/schema.ts';
import { bestRows, leaderboards, methodResults, sortRows, type Leaderboard, type LeaderboardRow } from './leaderboards.ts';

/** The columns a page opens sorted by, first found wins: the benchmark's summary (mAD), else image AUROC, else the first column. */
export const PRIMARY_METRICS = ['mad', 'image-auroc'] as const;

export function primaryMetric(board: Leaderboard): Metric {
  for (const id of PRIMARY_METRICS) {
    const metric = board.metrics.find((m) => m.id === id);
    if (metric) return metric;
  }
  return board.metrics[0];
}

/** Rows in the order the page prints them: best first by the primary metric. */
export const primaryRows = (board: Leaderboard): LeaderboardRow[] => sortRows(board, primaryMetric(board).id);

const SETTING_WORDS: Record<string, string> = {
  'single-class': 'single-class',
  'multi-class': 'multi-class',
  noisy: 'noisy training set',
  'few-shot': 'few-shot',
  continual: 'continual',
  'semi-supervised': 'semi-supervised',
};

/** A protocol as label/value facts, in a fixed order; only what the data states. */
export function protocolFacts(protocol: Protocol): { label: string; value: string }[] {
  const facts: { label: string; value: string }[] = [];
  if (protocol.setting) facts.push({ label: 'Training', value: SETTING_WORDS[protocol.setting] ?? protocol.setting });
  if (protocol.shots !== undefined) facts.push({ label: 'Shots', value: `${protocol.shots} normal image${protocol.shots === 1 ? '' : 's'} per class` });
  if (protocol.augmentation !== undefined) facts.push({ label: 'Augmentation', value: protocol.augmentation ? 'yes' : 'no' });
  if (protocol.noise_ratio !== undefined) facts.push({ label: 'Noise ratio', value: String(protocol.noise_ratio) });
  if (protocol.labelled_anomalies !== undefined) facts.push({ label: 'Labelled anomalies', value: String(protocol.labelled_anomalies) });
  if (protocol.epochs !== undefined) facts.push({ label: 'Epochs', value: String(protocol.epochs) });
  if (protocol.resolution !== undefined) facts.push({ label: 'Resolution', value: protocol.resolution.replace('x', ' × ') });
  if (protocol.hardware !== undefined) facts.push({ label: 'Hardware', value: protocol.hardware });
  return facts;
}

/** "multi-class (100 epochs)", "noisy training set (noise ratio 0.05)", "few-shot (1 shot)". */
export function settingPhrase(board: Leaderboard): string {
  const p = board.protocol;
  const kind = p.setting ? SETTING_WORDS[p.setting] ?? p.setting : board.setting?.name ?? '';
  const extra: string[] = [];
  if (p.shots !== undefined) extra.push(`${p.shots} shot${p.shots === 1 ? '' : 's'}${p.augmentation ? ', augmented' : ''}`);
  if (p.noise_ratio !== undefined) extra.push(`noise ratio ${p.noise_ratio}`);
  if (p.labelled_anomalies !== undefined) extra.push(`${p.labelled_anomalies} labelled anomal${p.labelled_anomalies === 1 ? 'y' : 'ies'}`);
  if (p.epochs !== undefined) extra.push(`${p.epochs} epochs`);
  return extra.length ? `${kind} (${extra.join(', ')})` : kind;
}

/** The name of who ran the table: the benchmark, or the paper reporting its own numbers. */
export const sourceName = (board: Leaderboard): string => board.benchmark?.name ?? board.reportedBy?.method ?? board.reportedBy?.title ?? '';

/** "ADer, multi-class (100 epochs), VisA": a leaderboard in a list. */
export function boardLabel(board: Leaderboard): string {
  const dataset = board.subset ? `${board.dataset.name} (${board.subset})` : board.dataset.name;
  return [sourceName(board), settingPhrase(board), dataset].filter(Boolean).join(', ');
}

/** The benchmarks a paper defines. */
export const benchmarksDefinedBy = (catalog: Catalog, paperId: string): Benchmark[] => catalog.benchmarks.filter((b) => b.paper === paperId);

/** "ADer leaderboard: VisA, multi-class (100 epochs)". */
export function leaderboardTitle(board: Leaderboard): string {
  const dataset = board.subset ? `${board.dataset.name} (${board.subset})` : board.dataset.name;
  const setting = settingPhrase(board);
  return `${sourceName(board)} leaderboard: ${dataset}${setting ? `, ${setting}` : ''}`;
}

export interface SettingGroup {
  setting: Setting;
  boards: Leaderboard[];
}

export interface BenchmarkView {
  benchmark: Benchmark;
  paper?: Paper;
  facts: { label: string; value: string }[];
  /** In the benchmark's order of settings; within one, by dataset name. */
  settings: SettingGroup[];
  datasets: Dataset[];
  count: number;
}

/** Every benchmark with its leaderboards, for /benchmarks/. */
export function benchmarkViews(catalog: Catalog): BenchmarkView[] {
  const boards = leaderboards(catalog);
  return catalog.benchmarks.map((benchmark) => {
    const own = boards.filter((b) => b.benchmark?.id === benchmark.id);
    const settings = benchmark.settings
      .map((setting) => ({
        setting,
        boards: own.filter((b) => b.setting?.id === setting.id).sort((a, b) => a.dataset.name.localeCompare(b.dataset.name, 'en')),
      }))
      .filter((g) => g.boards.length > 0);
    const datasets = [...new Map(own.map((b) => [b.dataset.id, b.dataset])).values()].sort((a, b) => a.name.localeCompare(b.name, 'en'));
    const paper = catalog.paperById.get(benchmark.paper);
    return { benchmark, ...(paper ? { paper } : {}), facts: protocolFacts(benchmark.protocol), settings, datasets, count: own.length };
  });
}

/** The leaders of a board's primary column, as "PatchCore (87.2)". */
export function leaderSummary(board: Leaderboard, metricId = primaryMetric(board).id): { names: string[]; printed: string } | undefined {
  const best = bestRows(board, metricId);
  if (!best.length) return undefined;
  return { names: best.map((r) => r.name), printed: best[0].cells[metricId].printed };
}

/** The leaderboards that rank a dataset, for its page. */
export const datasetLeaderboards = (catalog: Catalog, datasetId: string): Leaderboard[] => leaderboards(catalog).filter((b) => b.dataset.id === datasetId);

export interface PaperResult {
  board: Leaderboard;
  title: string;
  /** "ADer, multi-class (100 epochs), MVTec AD". */
  label: string;
  row: LeaderboardRow;
  metric: Metric;
  printed: string;
  /** "1st of 16". */
  rank: string;
}

/** One line per leaderboard a paper's method (or a variant) appears in, by the board's primary metric. */
export function paperResults(catalog: Catalog, paperId: string): PaperResult[] {
  return methodResults(catalog, paperId)
    .filter((r) => r.metric.id === primaryMetric(r.board).id)
    .map((r) => ({ board: r.board, title: leaderboardTitle(r.board), label: boardLabel(r.board), row: r.row, metric: r.metric, printed: r.cell.printed, rank: r.rank }));
}


export interface PerClassTable {
  metric: Metric;
  classes: string[];
  /** In the order given (the page's: best first by the primary metric); a cell is the printed value or undefined for "-". */
  rows: { row: LeaderboardRow; values: Array<string | undefined> }[];
}

/** Per-class values of each metric that has them, printed as the source prints them. */
export function perClassTables(board: Leaderboard, rows: LeaderboardRow[] = primaryRows(board)): PerClassTable[] {
  const classes = board.classes;
  if (!classes) return [];
  return board.metrics.flatMap((metric) => {
    const withValues = rows.filter((r) => r.cells[metric.id]?.perClass);
    if (!withValues.length) return [];
    return [
      {
        metric,
        classes,
        rows: withValues.map((row) => ({
          row,
          values: row.cells[metric.id].perClass!.map((v) => (v === null ? undefined : v.toFixed(board.table.decimals))),
        })),
      },
    ];
  });
}
