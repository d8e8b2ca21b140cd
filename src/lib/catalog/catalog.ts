/**
 * The validated catalog with its lookup indexes. Built once by the loader;
 * everything that reads data (pages, scripts, tests) goes through it.
 */
import type { Category, Dataset, Paper, Person, Venue } from './schema.ts';
import { buildPeople, type People } from './people.ts';
import type { Benchmark, Metric, ResultTable } from './results-schema.ts';
import { pushTo } from './group.ts';

export interface Catalog {
  venues: Venue[];
  /** Depth-first taxonomy order: each parent before its children, siblings by `order`. */
  categories: Category[];
  /** Newest first, then by title. */
  papers: Paper[];
  /** By name. */
  datasets: Dataset[];
  /** As data/metrics.yaml lists them. */
  metrics: Metric[];
  /** By name. */
  benchmarks: Benchmark[];
  /** By benchmark (or reporting paper), then the benchmark's order of settings, then dataset name and subset. */
  results: ResultTable[];
  /** Everyone in an author list, with each paper's byline resolved to them. */
  people: People;
  categoryById: Map<string, Category>;
  paperById: Map<string, Paper>;
  datasetById: Map<string, Dataset>;
  venueByName: Map<string, Venue>;
  metricById: Map<string, Metric>;
  benchmarkById: Map<string, Benchmark>;
  /** Child categories in display order; key '' holds the top-level branches. */
  childrenOf: Map<string, Category[]>;
}

export interface CatalogInput {
  venues: Venue[];
  categories: Category[];
  papers: Paper[];
  datasets: Dataset[];
  metrics?: Metric[];
  benchmarks?: Benchmark[];
  results?: ResultTable[];
  /** data/people.yaml: identities the author key cannot settle. */
  identities?: Person[];
}

const byOrder = (a: Category, b: Category) => a.order - b.order || a.name.localeCompare(b.name);

function orderedResults(results: ResultTable[], benchmarkById: Map<string, Benchmark>, datasetById: Map<string, Dataset>): ResultTable[] {
  const owner = (t: ResultTable) => t.benchmark ?? t.reported_by ?? '';
  const settingRank = (t: ResultTable) => (t.benchmark ? (benchmarkById.get(t.benchmark)?.settings.findIndex((s) => s.id === t.setting) ?? -1) : -1);
  const datasetName = (t: ResultTable) => datasetById.get(t.dataset)?.name ?? t.dataset;
  return [...results].sort(
    (a, b) =>
      owner(a).localeCompare(owner(b)) ||
      settingRank(a) - settingRank(b) ||
      datasetName(a).localeCompare(datasetName(b)) ||
      (a.subset ?? '').localeCompare(b.subset ?? '') ||
      a.table.localeCompare(b.table),
  );
}

export function buildCatalog(input: CatalogInput): Catalog {
  const childrenOf = new Map<string, Category[]>();
  for (const category of input.categories) pushTo(childrenOf, category.parent ?? '', category);
  for (const list of childrenOf.values()) list.sort(byOrder);
  const categories: Category[] = [];
  const walk = (key: string) => {
    for (const child of childrenOf.get(key) ?? []) {
      categories.push(child);
      walk(child.id);
    }
  };
  walk('');
  const papers = [...input.papers].sort((a, b) => b.year - a.year || a.title.localeCompare(b.title) || a.id.localeCompare(b.id));
  const datasets = [...input.datasets].sort((a, b) => a.name.localeCompare(b.name) || a.id.localeCompare(b.id));
  const metrics = input.metrics ?? [];
  const benchmarks = [...(input.benchmarks ?? [])].sort((a, b) => a.name.localeCompare(b.name) || a.id.localeCompare(b.id));
  const benchmarkById = new Map(benchmarks.map((b) => [b.id, b]));
  const datasetById = new Map(datasets.map((d) => [d.id, d]));
  return {
    venues: input.venues,
    categories,
    papers,
    datasets,
    metrics,
    benchmarks,
    results: orderedResults(input.results ?? [], benchmarkById, datasetById),
    people: buildPeople(papers, input.identities ?? []),
    categoryById: new Map(categories.map((c) => [c.id, c])),
    paperById: new Map(papers.map((p) => [p.id, p])),
    datasetById,
    venueByName: new Map(input.venues.map((v) => [v.name, v])),
    metricById: new Map(metrics.map((m) => [m.id, m])),
    benchmarkById,
    childrenOf,
  };
}
