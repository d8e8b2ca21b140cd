/**
 * Which benchmark a results page belongs to, and the benchmark entry the
 * importer adds its settings to. The page's own links come first (IM-IAD's
 * page links its code repository, which its catalog paper lists), then its
 * title's words against the methods of papers tagged `benchmark` ("ADer
 * Benchmark under …" → ADer). A page about neither needs `--benchmark`.
 */
import type { Catalog } from '../catalog/catalog.ts';
import type { Paper } from '../catalog/schema.ts';
import type { Benchmark } from '../catalog/results-schema.ts';
import { normalizeUrl } from '../catalog/normalize.ts';
import type { Block, CellLink } from './document.ts';
import { nameKey } from './methods.ts';
import { protocolFromPreamble } from './settings.ts';

export interface Preamble {
  title: string;
  prose: string;
  links: CellLink[];
}

/** What comes before the first table: the page's title, its prose and its links. */
export function preambleOf(blocks: Block[]): Preamble {
  const before = blocks.slice(0, Math.max(0, blocks.findIndex((b) => b.kind === 'table')));
  const title = before.find((b) => b.kind === 'heading')?.text ?? '';
  const others = before.filter((b): b is Extract<Block, { kind: 'other' }> => b.kind === 'other');
  return { title, prose: others.map((b) => b.text).join('\n'), links: before.flatMap((b) => (b.kind === 'table' ? [] : b.links)) };
}

const isBenchmarkPaper = (paper: Paper) => paper.tags?.includes('benchmark') || paper.categories.includes('surveys');

function paperOf(catalog: Catalog, preamble: Preamble): Paper | undefined {
  const candidates = catalog.papers.filter(isBenchmarkPaper);
  const urls = new Set(preamble.links.map((l) => normalizeUrl(l.url).toLowerCase()));
  const linked = candidates.filter((p) => [p.links.paper, p.links.code, p.links.project, ...(p.also_at ?? [])].some((u) => u !== undefined && urls.has(normalizeUrl(u).toLowerCase())));
  if (linked.length === 1) return linked[0];
  const words = new Set(preamble.title.split(/[\s:,]+/).filter(Boolean).map(nameKey));
  const named = candidates.filter((p) => p.method !== undefined && words.has(nameKey(p.method)));
  return named.length === 1 ? named[0] : undefined;
}

/**
 * The benchmark to import into, as a copy the importer may add settings to,
 * and whether it is new. `requested` is a benchmark or paper id.
 */
export function benchmarkFor(catalog: Catalog, preamble: Preamble, requested?: string): { benchmark: Benchmark; created: boolean } {
  const existing = requested === undefined ? undefined : catalog.benchmarkById.get(requested);
  const paper = existing ? catalog.paperById.get(existing.paper) : requested !== undefined ? catalog.paperById.get(requested) : paperOf(catalog, preamble);
  if (!paper) {
    throw new Error(
      requested !== undefined
        ? `--benchmark ${requested}: no benchmark or paper with that id`
        : `cannot tell which benchmark "${preamble.title}" is; pass --benchmark <id of its catalog paper>`,
    );
  }
  const known = existing ?? catalog.benchmarks.find((b) => b.paper === paper.id);
  if (known) return { benchmark: structuredClone(known), created: false };
  const results = preamble.links.find((l) => /^\[?results?\]?$/i.test(l.text) && /^https?:\/\//.test(l.url))?.url;
  return {
    benchmark: { id: paper.id, name: paper.method ?? paper.id, paper: paper.id, ...(results ? { results_url: results } : {}), protocol: protocolFromPreamble(preamble.title, preamble.prose), settings: [] },
    created: true,
  };
}
