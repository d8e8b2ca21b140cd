/** The engine's behaviour beyond ranking: filters, faceted listing, parsing, help when nothing matches. */
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { SearchEngine } from '../../src/lib/search/engine.ts';
import { EMPTY_STATE, type SearchState } from '../../src/lib/search/query-state.ts';
import { buildSearchRecords } from '../../src/lib/search/search-index.ts';
import { NameIndex } from '../../src/lib/search/name-index.ts';
import { allowedTypos, compact, editDistance, parseQuery } from '../../src/lib/search/rank.ts';
import { KEYS, WordIndex } from '../../src/lib/search/word-index.ts';
import { loadOk } from '../support/load-ok.ts';

const engine = new SearchEngine(buildSearchRecords(loadOk(path.resolve('tests/fixtures/search-data'), process.cwd())));
// The real catalog, for checks that compare against a full scan.
const realRecords = buildSearchRecords(loadOk(path.resolve('data'), process.cwd()));
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
  // 2,000 renamed clones of the fixture: matching goes through the vocabulary at any size, with no shortcuts that lose typos.
  const big = Array.from({ length: 2000 }, (_, i) => {
    const record = engine.records[i % engine.records.length];
    return { ...record, id: `${record.id}-${i}`, names: record.names.map((name) => `${name}${i}`) };
  });
  const bigEngine = new SearchEngine(big);
  const top = (q: string) => bigEngine.records[bigEngine.search({ ...EMPTY_STATE, q }).hits[0]?.ref]?.id;

  it('still finds names, typos anywhere, fragments and two-letter prefixes', () => {
    const at = (id: string) => engine.records.findIndex((record) => record.id === id);
    expect(top(`patchcore${at('patchcore')}`)).toBe(`patchcore-${at('patchcore')}`);
    expect(top(`simplnet${at('simplenet')}`)).toBe(`simplenet-${at('simplenet')}`);
    expect(top(`smiplenet${at('simplenet')}`)).toBe(`simplenet-${at('simplenet')}`);
    expect(top('total recall')).toMatch(/^patchcore-/);
    expect(bigEngine.search({ ...EMPTY_STATE, q: 'wi' }).hits.length).toBeGreaterThan(0);
    expect(bigEngine.search({ ...EMPTY_STATE, q: 'reverse distillation', to: 2022 }).hits.every((hit) => bigEngine.records[hit.ref].year <= 2022)).toBe(true);
  });
});

describe('matching words through the vocabulary', () => {
  const records = realRecords;
  const index = new WordIndex(records);
  const found = (word: string) => [...index.search(word).keys()].map((ref) => records[ref].title).sort();

  it('finds the same records as fuse.js over whole fields, typos included', async () => {
    const { default: Fuse } = await import('fuse.js/basic');
    const docs = records.map((record) => Object.fromEntries(KEYS.map((key) => [key.name, key.values(record).join(' · ')])));
    const plain = new Fuse(docs, { keys: KEYS.map(({ name, weight }) => ({ name, weight })), ignoreLocation: true, threshold: 0.3, minMatchCharLength: 2 });
    // The deliberate differences: over a whole field, fuse.js also matches across words ("conTEXT Enhancement"
    // for "texture"), and people's names match only where a name word starts with the query word ("visa" is not
    // "Octavia"). Those extra records must be exactly the ones where no single word is a match.
    const wordsOf = (values: readonly string[]) => values.join(' ').split(/[^\p{L}\p{N}]+/u).filter(Boolean);
    const wordByWord = (record: (typeof records)[number], word: string) => {
      const named = (key: (typeof KEYS)[number]) => key.name === 'authors' || record.kind === 'author';
      const plainWords = KEYS.filter((key) => !named(key)).flatMap((key) => wordsOf(key.values(record)));
      const nameWords = KEYS.filter(named).flatMap((key) => wordsOf(key.values(record)));
      return new Fuse(plainWords, { threshold: 0.3, ignoreLocation: true, minMatchCharLength: 2 }).search(word).length > 0 || nameWords.some((name) => name.toLowerCase().startsWith(word));
    };
    for (const word of ['pathcroe', 'simplnet', 'distilation', 'visa', 'kolektor', 'memory', 'zero', 'clip', 'rd4ad', 'xyzzy', 'anomaly', 'flow', 'normalizing', 'contrastive', 'logical', 'gan', 'texture']) {
      const ours = found(word);
      const whole = plain.search(word).map((result) => records[result.refIndex]);
      expect(ours.filter((title) => !whole.some((r) => r.title === title)), word).toEqual([]);
      const extra = whole.filter((r) => !ours.includes(r.title));
      expect(extra.filter((r) => wordByWord(r, word)).map((r) => r.title), word).toEqual([]);
    }
  });

  it('does not match across word boundaries, where fuse.js over a whole field would', () => {
    expect(found('diffusion')).not.toContain('Multimodal Industrial Anomaly Detection via Hybrid Fusion');
    expect(found('gan').some((title) => /training an autoencoder/i.test(title))).toBe(false);
  });

  it('reads neighbouring words written as one: "zeroshot", "memorybank", "mvtec3d"', () => {
    expect(found('zeroshot')).toContain('WinCLIP: Zero-/Few-Shot Anomaly Classification and Segmentation');
    expect(found('zerosh')).toContain('WinCLIP: Zero-/Few-Shot Anomaly Classification and Segmentation');
    expect(found('memorybank').length).toBeGreaterThan(5);
    expect(found('mvtec3d')).toContain('MVTec 3D-AD');
  });

  it('looks up words under three letters as word prefixes, exact words first', () => {
    const rd = [...index.search('rd')].sort((a, b) => a[1].score - b[1].score).map(([ref]) => records[ref].names);
    expect(rd[0].some((name) => /^rd/i.test(name))).toBe(true);
    expect(found('3d').length).toBeGreaterThan(0);
  });
});

describe('names within a few typos', () => {
  it('finds exactly the names a full edit-distance scan finds, swaps and long prefixes included', () => {
    const names = realRecords.map((record) => record.names.map(compact));
    const index = new NameIndex(names);
    const scan = (query: string, typos: number) =>
      names.flatMap((list, ref) => (list.some((name) => editDistance(name, query, typos) <= typos || name.startsWith(query)) ? [ref] : []));
    for (const query of ['pathcroe', 'smiplenet', 'efficeintad', 'winclp', 'rd4da', 'dsranomalydetecton', 'dsranomalyde', 'patchcore', 'cflowad', 'xyzzyq']) {
      const typos = allowedTypos(query.length);
      expect([...index.near(query, typos)].sort((a, b) => a - b), query).toEqual(scan(query, typos));
    }
    expect(index.near('pathcroe', 2).size).toBeGreaterThan(0);
  });
});
