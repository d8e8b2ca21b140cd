/** The engine's behaviour beyond ranking: filters, faceted listing, parsing, help when nothing matches. */
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadCatalog } from '../../src/lib/load.ts';
import { FUSE_OPTIONS, PREFILTER_MIN_RECORDS, SearchEngine, WordSearcher, toDoc } from '../../src/lib/search/engine.ts';
import { EMPTY_STATE, type SearchState } from '../../src/lib/search/query-state.ts';
import { buildSearchRecords } from '../../src/lib/search/search-index.ts';
import { editDistance, parseQuery } from '../../src/lib/search/rank.ts';

const loaded = loadCatalog({ dataDir: path.resolve('tests/fixtures/search-data'), root: process.cwd() });
if (!loaded.ok) throw new Error('fixture does not load');
const engine = new SearchEngine(buildSearchRecords(loaded.catalog));
const ids = (state: Partial<SearchState>) => engine.search({ ...EMPTY_STATE, ...state }).hits.map((hit) => engine.records[hit.ref].id);

describe('filters', () => {
  it('lists everything matching the filters, newest first, for an empty query', () => {
    expect(ids({ venue: 'CVPR', from: 2023 })).toEqual(['m3dm', 'revisiting-reverse-distillation', 'simplenet', 'winclip']);
  });

  it('includes sub-categories when filtering by a branch', () => {
    const branch = ids({ category: 'feature-embedding' });
    expect(branch).toEqual(expect.arrayContaining(['patchcore', 'padim', 'rd4ad', 'simplenet', 'fastflow']));
    expect(branch).not.toContain('draem');
    expect(ids({ category: 'memory-bank' })).toEqual(expect.arrayContaining(['patchcore', 'padim']));
  });

  it('combines a query with year range, venue and code filters', () => {
    expect(ids({ q: 'reverse distillation' }).sort()).toEqual(['rd4ad', 'revisiting-reverse-distillation']);
    expect(ids({ q: 'reverse distillation', to: 2022 })).toEqual(['rd4ad']);
    expect(ids({ q: 'memory bank', code: true })).toEqual(['patchcore']);
    expect(ids({ q: 'patchcore', venue: 'ICCV' })).toEqual([]);
  });
});

describe('query parsing', () => {
  const venues = new Map([['cvpr', 'CVPR'], ['acm mm', 'ACM MM'], ['mm', 'ACM MM'], ['case', 'CASE']]);

  it('reads venue and year words as filters', () => {
    expect(parseQuery('CVPR 2023', venues)).toEqual({ text: '', venue: 'CVPR', year: 2023 });
    expect(parseQuery('cvpr2023 simplenet', venues)).toEqual({ text: 'simplenet', venue: 'CVPR', year: 2023 });
    expect(parseQuery('ACM MM 2022', venues)).toEqual({ text: '', venue: 'ACM MM', year: 2022 });
    expect(parseQuery('2021', venues)).toEqual({ text: '', year: 2021 });
  });

  it('leaves a venue-like word alone among other words', () => {
    expect(parseQuery('case study defects', venues)).toEqual({ text: 'case study defects' });
    expect(parseQuery('rd4ad', venues)).toEqual({ text: 'rd4ad' });
  });

  it('applies what it read and says so', () => {
    const outcome = engine.search({ ...EMPTY_STATE, q: 'cvpr 2022' });
    expect(outcome.understood).toEqual({ venue: 'CVPR', year: 2022 });
    expect(outcome.hits.map((hit) => engine.records[hit.ref].id).sort()).toEqual(['patchcore', 'rd4ad']);
  });
});

describe('when nothing matches', () => {
  it('suggests dropping filters or words that get results, with their counts', () => {
    const outcome = engine.search({ ...EMPTY_STATE, q: 'patchcore', venue: 'ICCV' });
    expect(outcome.hits).toEqual([]);
    expect(outcome.suggestions).toEqual([{ label: 'without filters', state: { ...EMPTY_STATE, q: 'patchcore' }, count: 1 }]);
    const words = engine.search({ ...EMPTY_STATE, q: 'winclip qqqqqq' });
    expect(words.suggestions.map((s) => [s.label, s.state.q])).toEqual([['without “qqqqqq”', 'winclip']]);
  });

  it('still shows the nearest titles', () => {
    const outcome = engine.search({ ...EMPTY_STATE, q: 'distilled pupils' });
    expect(outcome.hits).toEqual([]);
    expect(outcome.nearest.map((hit) => engine.records[hit.ref].id)).toEqual(expect.arrayContaining(['rd4ad']));
  });
});

describe('edit distance', () => {
  it('counts a swap of neighbours as one edit and stops early', () => {
    expect(editDistance('patchcore', 'pathcroe', 2)).toBe(2);
    expect(editDistance('simplenet', 'simplnet', 2)).toBe(1);
    expect(editDistance('ab', 'ba', 1)).toBe(1);
    expect(editDistance('patchcore', 'winclip', 2)).toBe(3);
  });
});

describe('large catalogs', () => {
  // Clones of the fixture, renamed, past the size where candidates are narrowed by word prefix.
  const big = Array.from({ length: PREFILTER_MIN_RECORDS }, (_, i) => {
    const record = engine.records[i % engine.records.length];
    return { ...record, id: `${record.id}-${i}`, names: record.names.map((name) => `${name}${i}`) };
  });
  const bigEngine = new SearchEngine(big);
  const top = (q: string) => bigEngine.records[bigEngine.search({ ...EMPTY_STATE, q }).hits[0]?.ref]?.id;

  it('still finds names, typos after the third letter, fragments and two-letter prefixes', () => {
    const at = (id: string) => engine.records.findIndex((record) => record.id === id);
    expect(top(`patchcore${at('patchcore')}`)).toBe(`patchcore-${at('patchcore')}`);
    expect(top(`simplnet${at('simplenet')}`)).toBe(`simplenet-${at('simplenet')}`);
    expect(top('total recall')).toMatch(/^patchcore-/);
    expect(bigEngine.search({ ...EMPTY_STATE, q: 'wi' }).hits.length).toBeGreaterThan(0);
    expect(bigEngine.search({ ...EMPTY_STATE, q: 'reverse distillation', to: 2022 }).hits.every((hit) => bigEngine.records[hit.ref].year <= 2022)).toBe(true);
  });
});

describe('skipping records by letter pairs', () => {
  it('finds exactly what fuse.js finds over every record, typos included', async () => {
    const { default: Fuse } = await import('fuse.js/basic');
    const real = loadCatalog({ dataDir: path.resolve('data'), root: process.cwd() });
    if (!real.ok) throw new Error('data/ does not load');
    const docs = buildSearchRecords(real.catalog).map(toDoc);
    const plain = new Fuse(docs, FUSE_OPTIONS);
    const searcher = new WordSearcher(docs, FUSE_OPTIONS);
    for (const word of ['patchcore', 'pathcroe', 'simplnet', 'distilation', 'visa', 'kolektor', 'memory', 'zero', 'clip', 'rd4ad', 'xyzzy', 'pa', 'anomaly']) {
      const expected = plain.search(word).map((result) => [result.refIndex, result.score]);
      expect(searcher.search(word).map((result) => [result.refIndex, result.score]), word).toEqual(expected);
    }
  });
});
