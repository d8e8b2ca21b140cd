/**
 * The quality bar for search, over the real catalog in data/: what people
 * type, and what must come first. Papers are named by title (the catalog's
 * facts), datasets by name. Where a query is genuinely ambiguous the expected
 * entry must be in the top 3, and the case says why.
 */
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildCatalog } from '../../src/lib/catalog/catalog.ts';
import { normalizeTitle } from '../../src/lib/catalog/normalize.ts';
import { SearchEngine } from '../../src/lib/search/engine.ts';
import { EMPTY_STATE } from '../../src/lib/search/query-state.ts';
import { buildSearchRecords, type SearchRecord } from '../../src/lib/search/search-index.ts';
import { findLeaderboards } from '../../src/lib/site/leaderboards.ts';
import { uniqueTitleFragment } from '../support/title-fragment.ts';
import { loadOk } from '../support/load-ok.ts';

const catalog = loadOk(path.resolve('data'), process.cwd());
const engine = new SearchEngine(buildSearchRecords(catalog));

const results = (q: string): SearchRecord[] => engine.search({ ...EMPTY_STATE, q }).hits.map((hit) => engine.records[hit.ref]);
const label = (record: SearchRecord | undefined) => (record ? `${record.kind}: ${record.title}` : '(nothing)');
const same = (record: SearchRecord | undefined, expected: string) => record !== undefined && normalizeTitle(record.title) === normalizeTitle(expected);

interface Case {
  q: string;
  /** Title of the paper, or name of the dataset, that must come first. */
  first: string;
  /** Set for genuinely ambiguous queries: the entry must be in the top 3, and this says why. */
  ambiguous?: string;
}

const cases: Record<string, Case[]> = {
  'exact titles': [
    { q: 'Towards Total Recall in Industrial Anomaly Detection', first: 'Towards total recall in industrial anomaly detection' },
    { q: 'Revisiting Reverse Distillation for Anomaly Detection', first: 'Revisiting Reverse Distillation for Anomaly Detection' },
    { q: 'A Unified Model for Multi-class Anomaly Detection', first: 'A Unified Model for Multi-class Anomaly Detection' },
  ],
  'title fragments': [
    { q: 'total recall', first: 'Towards total recall in industrial anomaly detection' },
    { q: 'hybrid fusion', first: 'Multimodal Industrial Anomaly Detection via Hybrid Fusion' },
    { q: 'segment any anomaly', first: 'Segment Any Anomaly without Training via Hybrid Prompt Regularization' },
    { q: 'logical constraints', first: 'Beyond Dents and Scratches: Logical Constraints in Unsupervised Anomaly Detection and Localization' },
    { q: 'millisecond latencies', first: 'EfficientAD: Accurate Visual Anomaly Detection at Millisecond-Level Latencies' },
    { q: 'dual subspace', first: 'DSR: A dual subspace re-projection network for surface anomaly detection' },
    { q: 'A Unified CNN Framework', first: 'OmniAL: A Unified CNN Framework for Unsupervised Anomaly Localization' },
  ],
  'method names from a title prefix, the method field or a repository': [
    { q: 'patchcore', first: 'Towards total recall in industrial anomaly detection' },
    { q: 'simplenet', first: 'SimpleNet: A Simple Network for Image Anomaly Detection and Localization' },
    { q: 'rd4ad', first: 'Anomaly Detection via Reverse Distillation from One-Class Embedding' },
    { q: 'draem', first: 'Draem-a discriminatively trained reconstruction embedding for surface anomaly detection' },
    { q: 'cflow', first: 'Cflow-ad: Real-time unsupervised anomaly detection with localization via conditional normalizing flows' },
    { q: 'fastflow', first: 'Fastflow: Unsupervised anomaly detection and localization via 2d normalizing flows' },
    { q: 'padim', first: 'PaDiM: A Patch Distribution Modeling Framework for Anomaly Detection and Localization' },
    { q: 'uniad', first: 'A Unified Model for Multi-class Anomaly Detection' },
    { q: 'winclip', first: 'WinCLIP: Zero-/Few-Shot Anomaly Classification and Segmentation' },
    { q: 'm3dm', first: 'Multimodal Industrial Anomaly Detection via Hybrid Fusion' },
    { q: 'bgad', first: 'Explicit Boundary Guided Semi-Push-Pull Contrastive Learning for Supervised Anomaly Detection' },
    { q: 'efficientad', first: 'EfficientAD: Accurate Visual Anomaly Detection at Millisecond-Level Latencies' },
    { q: 'cutpaste', first: 'Cutpaste: Self-supervised learning for anomaly detection and localization' },
    { q: 'cs-flow', first: 'Fully convolutional cross-scale-flows for image-based defect detection' },
    { q: 'differnet', first: 'Same same but differnet: Semi-supervised defect detection with normalizing flows' },
    { q: 'amazon-science', first: 'Towards total recall in industrial anomaly detection' },
  ],
  'one and two typos': [
    { q: 'pathcore', first: 'Towards total recall in industrial anomaly detection' },
    { q: 'pathcroe', first: 'Towards total recall in industrial anomaly detection' },
    { q: 'simplnet', first: 'SimpleNet: A Simple Network for Image Anomaly Detection and Localization' },
    { q: 'winclp', first: 'WinCLIP: Zero-/Few-Shot Anomaly Classification and Segmentation' },
    { q: 'effcientad', first: 'EfficientAD: Accurate Visual Anomaly Detection at Millisecond-Level Latencies' },
    {
      q: 'reverse distilation',
      first: 'Anomaly Detection via Reverse Distillation from One-Class Embedding',
      ambiguous: 'two papers are about reverse distillation: RD4AD and the CVPR 2023 paper revisiting it',
    },
  ],
  abbreviations: [
    { q: 'ast', first: 'Asymmetric Student-Teacher Networks for Industrial Anomaly Detection' },
    { q: 'dsr', first: 'DSR: A dual subspace re-projection network for surface anomaly detection' },
    { q: 'RD++', first: 'Revisiting Reverse Distillation for Anomaly Detection' },
    { q: 'rgi', first: 'RGI: robust GAN-inversion for mask-free image inpainting and unsupervised pixel-wise anomaly detection' },
  ],
  'venue and year': [
    { q: 'cvpr 2023 simplenet', first: 'SimpleNet: A Simple Network for Image Anomaly Detection and Localization' },
    { q: 'eccv 2022 dsr', first: 'DSR: A dual subspace re-projection network for surface anomaly detection' },
  ],
  'dataset names': [
    { q: 'mvtec 3d', first: 'MVTec 3D-AD' },
    { q: 'visa', first: 'VisA' },
    { q: 'mvtec loco', first: 'MVTec LOCO-AD' },
    { q: 'eyecandies', first: 'Eyecandies' },
    { q: 'kolektor', first: 'KolektorSDD', ambiguous: 'KolektorSDD and KolektorSDD2 share the name' },
  ],
  leaderboards: [
    { q: 'visa multi-class', first: 'ADer leaderboard: VisA, multi-class (100 epochs)' },
    { q: 'ader visa', first: 'ADer leaderboard: VisA, multi-class (100 epochs)' },
    { q: 'visa multiclass', first: 'ADer leaderboard: VisA, multi-class (100 epochs)' },
    { q: 'mpdd few-shot', first: 'IM-IAD leaderboard: MPDD, few-shot (1 shot)' },
    { q: 'ader mvtec', first: 'ADer leaderboard: MVTec AD, multi-class (100 epochs)', ambiguous: 'ADer ran MVTec AD for 100 and for 300 epochs' },
  ],
};

describe('search ranking over the real catalog', () => {
  it('covers at least 30 queries', () => {
    expect(Object.values(cases).flat().length).toBeGreaterThanOrEqual(30);
  });

  for (const [group, list] of Object.entries(cases)) {
    describe(group, () => {
      for (const { q, first, ambiguous } of list) {
        it(`"${q}" → ${first}${ambiguous ? ' (top 3)' : ''}`, () => {
          const found = results(q);
          const shown = found.slice(0, 5).map(label);
          if (ambiguous) expect(found.slice(0, 3).some((record) => same(record, first)), shown.join('\n')).toBe(true);
          else expect(label(found[0]), shown.join('\n')).toBe(label(found.find((record) => same(record, first)) ?? { kind: 'paper', title: first } as SearchRecord));
        });
      }
    });
  }

  it('finds only leaderboards of the dataset for "<dataset> leaderboard", and the dataset itself for its name', () => {
    for (const [q, dataset] of [['mvtec leaderboard', 'mvtec-ad'], ['visa leaderboard', 'visa'], ['mpdd leaderboard', 'mpdd']]) {
      const n = Math.min(5, findLeaderboards(catalog, { dataset }).length);
      const top = results(q).slice(0, n);
      expect(top.map((r) => r.kind), q).toEqual(Array(n).fill('leaderboard'));
      for (const record of top) expect(record.id, q).toMatch(new RegExp(`/(.*-)?${dataset}$`));
    }
    expect(label(results('visa')[0])).toBe('dataset: VisA');
    expect(label(results('mvtec')[0])).toBe('dataset: MVTec AD');
  });

  it('finds method names from the title prefix or repository alone, with the method field and aliases removed', () => {
    const bare = buildCatalog({ ...catalog, papers: catalog.papers.map(({ method: _method, aliases: _aliases, ...paper }) => paper) });
    const bareEngine = new SearchEngine(buildSearchRecords(bare));
    const expectations: [string, string][] = [
      ['rd4ad', 'Anomaly Detection via Reverse Distillation from One-Class Embedding'],
      ['m3dm', 'Multimodal Industrial Anomaly Detection via Hybrid Fusion'],
      ['bgad', 'Explicit Boundary Guided Semi-Push-Pull Contrastive Learning for Supervised Anomaly Detection'],
      ['uniad', 'A Unified Model for Multi-class Anomaly Detection'],
      ['draem', 'Draem-a discriminatively trained reconstruction embedding for surface anomaly detection'],
      ['patchcore', 'Towards total recall in industrial anomaly detection'],
      ['padim', 'PaDiM: A Patch Distribution Modeling Framework for Anomaly Detection and Localization'],
      ['simplenet', 'SimpleNet: A Simple Network for Image Anomaly Detection and Localization'],
      ['cflow', 'Cflow-ad: Real-time unsupervised anomaly detection with localization via conditional normalizing flows'],
      ['winclip', 'WinCLIP: Zero-/Few-Shot Anomaly Classification and Segmentation'],
      ['efficientad', 'EfficientAD: Accurate Visual Anomaly Detection at Millisecond-Level Latencies'],
    ];
    for (const [q, title] of expectations) {
      const top = bareEngine.search({ ...EMPTY_STATE, q }).hits[0];
      expect(label(top && bareEngine.records[top.ref]), q).toBe(label(bareEngine.records.find((record) => same(record, title))));
    }
  });

  it('finds every paper first by three words of its title that no other title has', () => {
    const titles = catalog.papers.map((paper) => paper.title);
    const misses: string[] = [];
    let checked = 0;
    for (const paper of catalog.papers) {
      const fragment = uniqueTitleFragment(paper.title, titles);
      if (!fragment) continue;
      checked += 1;
      const top = results(fragment)[0];
      if (top?.id !== paper.id) misses.push(`"${fragment}" → ${label(top)} (expected ${paper.title})`);
    }
    expect(checked).toBeGreaterThan(catalog.papers.length * 0.9);
    expect(misses).toEqual([]);
  });

  it('"zero shot clip" leads with a zero-shot CLIP method (a category and an alias, so any of them may lead)', () => {
    const [first] = results('zero shot clip');
    expect(first.categoryIds).toContain('zero-shot');
    expect(first.names.some((name) => /clip/i.test(name)), first.title).toBe(true);
  });

  it('"cvpr 2023" lists exactly the CVPR 2023 papers, its workshops included', () => {
    const found = results('cvpr 2023');
    const expected = catalog.papers.filter((paper) => (paper.venue === 'CVPR' || paper.venue === 'CVPRW') && paper.year === 2023);
    expect(expected.length).toBeGreaterThan(5);
    expect(found.map((record) => record.id).sort()).toEqual(expected.map((paper) => paper.id).sort());
  });

  it('"memory bank" puts memory-bank papers first (a category, so any of them may lead)', () => {
    const found = results('memory bank').slice(0, 5);
    expect(found.length).toBe(5);
    for (const record of found) expect(record.categoryIds, label(record)).toContain('memory-bank');
  });

  it('"nips 2022" reads the alias as NeurIPS', () => {
    const found = results('nips 2022');
    expect(found.length).toBeGreaterThan(0);
    for (const record of found) expect([record.venue, record.year]).toEqual(['NeurIPS', 2022]);
    expect(found.some((record) => same(record, 'A Unified Model for Multi-class Anomaly Detection'))).toBe(true);
  });

  describe('people', () => {
    const person = (name: string) => engine.records.find((record) => record.kind === 'author' && record.title === name);
    // Their papers as the author page counts them: every spelling data/people.yaml joins ("Cao YunKang").
    const papersBy = (name: string) => catalog.people.authors.find((a) => a.name === name)!.papers.map((paper) => paper.id);

    it('"yunkang cao" puts Yunkang Cao first, then every paper of his', () => {
      const found = results('yunkang cao');
      expect(label(found[0])).toBe('author: Yunkang Cao');
      expect(found[0].url).toBe('authors/yunkang-cao/');
      const his = papersBy('Yunkang Cao');
      expect(his.length).toBeGreaterThanOrEqual(5);
      expect(new Set(found.slice(1, 1 + his.length).map((record) => record.id))).toEqual(new Set(his));
    });

    it('reads a full name surname first too ("cao yunkang")', () => {
      expect(label(results('cao yunkang')[0])).toBe('author: Yunkang Cao');
    });

    it('forgives typos in a full name, and brings the person\'s papers along', () => {
      for (const [q, name] of [['yunkang coa', 'Yunkang Cao'], ['guansong pnag', 'Guansong Pang'], ['yunkagn cao', 'Yunkang Cao']]) {
        const found = results(q);
        expect(label(found[0]), q).toBe(`author: ${name}`);
        expect(found.slice(1, 6).every((record) => record.kind === 'paper' && record.authors.includes(name)), q).toBe(true);
      }
    });

    it('folds diacritics: "skocaj" finds Danijel Skočaj and his papers', () => {
      const found = results('skocaj');
      expect(label(found[0])).toBe('author: Danijel Skočaj');
      expect(found.slice(1, 4).every((record) => record.authors.includes('Danijel Skočaj'))).toBe(true);
      expect(results('danijel skocaj')[0]).toBe(found[0]);
    });

    it('offers people for a surname typed alone with a typo, when nothing else matches', () => {
      for (const [q, name] of [['skocja', 'Danijel Skočaj'], ['zavrtanic', 'Vitjan Zavrtanik']]) {
        const found = results(q);
        expect(label(found[0]), q).toBe(`author: ${name}`);
        expect(new Set(found.slice(1).map((r) => r.id)), q).toEqual(new Set(papersBy(name)));
      }
      // A word that matches something keeps its matches: no surname one typo away jumps in.
      expect(results('flows').some((r) => r.kind === 'author')).toBe(false);
    });

    it('ranks a surname\'s people and their papers above titles that merely contain the word', () => {
      const found = results('pang');
      expect(label(found[0])).toBe('author: Guansong Pang');
      const byAPang = (record: SearchRecord) => record.authors.some((name) => /\bPang$/.test(name));
      const firstOther = found.findIndex((record) => record.kind !== 'author' && !byAPang(record));
      const lastByPang = found.findLastIndex((record) => byAPang(record));
      expect(firstOther === -1 || firstOther > lastByPang).toBe(true);
    });

    it('"roth" puts Karsten Roth\'s PatchCore first (one catalogued paper: no author page, so no author record)', () => {
      expect(papersBy('Karsten Roth')).toEqual(['patchcore']);
      expect(person('Karsten Roth')).toBeUndefined();
      const found = results('roth');
      expect(found[0].id).toBe('patchcore');
    });

    it('keeps method names and datasets first for their queries', () => {
      expect(results('patchcore')[0].id).toBe('patchcore');
      expect(results('uniad')[0].title).toBe('A Unified Model for Multi-class Anomaly Detection');
      expect(label(results('mvtec')[0])).toBe('dataset: MVTec AD');
      for (const q of ['patchcore', 'uniad', 'mvtec', 'simplenet', 'padim', 'winclip']) expect(results(q).slice(0, 3).map((r) => r.kind), q).not.toContain('author');
    });

    it('leaves people out of filtered searches', () => {
      const found = engine.search({ ...EMPTY_STATE, q: 'yunkang cao', from: 2023 }).hits.map((hit) => engine.records[hit.ref]);
      expect(found.length).toBeGreaterThan(0);
      expect(found.every((record) => record.kind === 'paper' && record.year >= 2023)).toBe(true);
    });
  });
});
