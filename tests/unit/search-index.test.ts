import path from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Catalog } from '../../src/lib/catalog/catalog.ts';
import { buildSearchIndexFile, buildSearchRecords, githubRepo, readSearchIndexFile, titleNames, type SearchRecord } from '../../src/lib/search/search-index.ts';
import { leaderboards } from '../../src/lib/site/leaderboards.ts';
import { authorsWithPages } from '../../src/lib/site/authors.ts';
import { routes } from '../../src/lib/site/routes.ts';
import { loadOk } from '../support/load-ok.ts';

const catalogAt = (dir: string): Catalog => loadOk(path.resolve(dir), process.cwd());

const fixture = catalogAt('tests/fixtures/search-data');
const records = buildSearchRecords(fixture);
const byId = (kind: SearchRecord['kind'], id: string) => {
  const record = records.find((r) => r.kind === kind && r.id === id);
  if (!record) throw new Error(`no ${kind} record ${id}`);
  return record;
};

describe('search records', () => {
  it('holds one record per paper, per dataset, per leaderboard and per author with a page, each linking to its page', () => {
    for (const catalog of [fixture, catalogAt('data')]) {
      const built = buildSearchRecords(catalog);
      expect(built.filter((r) => r.kind === 'paper').map((r) => r.id).sort()).toEqual(catalog.papers.map((p) => p.id).sort());
      expect(built.filter((r) => r.kind === 'dataset').map((r) => r.id).sort()).toEqual(catalog.datasets.map((d) => d.id).sort());
      expect(built.filter((r) => r.kind === 'leaderboard').map((r) => r.id)).toEqual(leaderboards(catalog).map((b) => b.id));
      const people = built.filter((r) => r.kind === 'author');
      expect(people.map((r) => r.id)).toEqual(authorsWithPages(catalog).map((a) => a.id));
      for (const record of people) expect(record.url).toBe(routes.author(record.id));
      expect(people.map((r) => r.papers)).toEqual(authorsWithPages(catalog).map((a) => a.papers.length));
      const folder = { paper: 'papers', dataset: 'datasets', leaderboard: 'benchmarks', author: 'authors' } as const;
      for (const record of built) expect(record.url).toBe(`${folder[record.kind]}/${record.id}/`);
    }
  });

  it('gives every record the same keys, and ships them in a file that reads back to the same records', () => {
    const keys = ['kind', 'id', 'url', 'title', 'names', 'venue', 'venueNames', 'year', 'categories', 'categoryIds', 'topics', 'tags', 'datasets', 'owners', 'code', 'authors'];
    for (const catalog of [fixture, catalogAt('data')]) {
      const built = buildSearchRecords(catalog);
      for (const record of built) expect(Object.keys(record).sort()).toEqual([...keys, ...(record.kind === 'author' ? ['papers'] : []), ...(record.featured ? ['featured'] : [])].sort());
      const file = JSON.parse(JSON.stringify(buildSearchIndexFile(catalog)));
      expect(file.version).toBe(3);
      expect(readSearchIndexFile(file)).toEqual(built);
    }
  });

  it('ships every paper\'s authors as the data prints them, in order', () => {
    for (const catalog of [fixture, catalogAt('data')]) {
      const shipped = readSearchIndexFile(JSON.parse(JSON.stringify(buildSearchIndexFile(catalog))));
      const papers = shipped.filter((r) => r.kind === 'paper');
      expect(papers.map((r) => [r.id, r.authors])).toEqual(catalog.papers.map((p) => [p.id, p.authors ?? []]));
    }
    expect(catalogAt('data').papers.filter((p) => p.authors).length).toBeGreaterThan(400);
  });

  it('finds an author by every spelling their papers print', () => {
    const skocaj = buildSearchRecords(catalogAt('data')).find((r) => r.kind === 'author' && r.title === 'Danijel Skočaj');
    expect(skocaj).toMatchObject({ url: 'authors/danijel-skocaj/', authors: [], categoryIds: [] });
    expect(skocaj!.names).toContain('Danijel Skočaj');
    expect(skocaj!.papers).toBeGreaterThanOrEqual(2);
  });

  it('names a leaderboard by its dataset with "leaderboard" and with its setting, and leaves it out of category filters', () => {
    const board = buildSearchRecords(catalogAt('data')).find((r) => r.id === 'ader/100-epochs-visa')!;
    expect(board.title).toBe('ADer leaderboard: VisA, multi-class (100 epochs)');
    expect(board.names).toEqual(expect.arrayContaining(['VisA leaderboard', 'VisA multi-class', 'ADer VisA']));
    expect(board.categoryIds).toEqual([]);
  });

  it('keeps every name a visitor might type for a paper', () => {
    const patchcore = byId('paper', 'patchcore');
    expect(patchcore).toMatchObject({
      title: 'Towards Total Recall in Industrial Anomaly Detection',
      venue: 'CVPR',
      venueNames: ['IEEE/CVF Conference on Computer Vision and Pattern Recognition'],
      year: 2022,
      categories: ['Memory Bank', 'Few-Shot AD'],
      owners: ['amazon-science'],
      datasets: ['MVTec AD', 'MVTecAD'],
      code: true,
    });
    expect(patchcore.names).toEqual(['PatchCore', 'patchcore-inspection']);
    // Ancestors of both categories, for branch filters and topic search.
    expect(patchcore.categoryIds).toEqual(expect.arrayContaining(['memory-bank', 'feature-embedding', 'unsupervised', 'few-shot']));
    expect(patchcore.topics).toEqual(expect.arrayContaining(['Memory Bank', 'coreset', 'Feature-Embedding Methods', 'Unsupervised AD', 'Few-Shot AD']));
  });

  it('finds method names in title prefixes and repository names', () => {
    expect(byId('paper', 'padim').names).toEqual(['PaDiM']);
    expect(byId('paper', 'rd4ad').names).toEqual(['RD4AD']);
    expect(byId('paper', 'm3dm').names).toEqual(['M3DM']);
    expect(byId('paper', 'simplenet').names).toEqual(['SimpleNet']);
    expect(byId('paper', 'winclip').names).toEqual(['WinCLIP']);
    expect(byId('paper', 'uniad').venueNames).toEqual(expect.arrayContaining(['NIPS']));
  });

  it('describes a dataset by its names, the introducing paper and its modality', () => {
    expect(byId('dataset', 'visa')).toMatchObject({
      title: 'VisA',
      names: ['VisA', 'Visual Anomaly'],
      venue: 'ECCV',
      year: 2022,
      tags: ['rgb'],
      code: false,
    });
    expect(byId('dataset', 'visa').topics).toContain('SPot-the-Difference Self-supervised Pre-training for Anomaly Detection and Segmentation');
    expect(byId('dataset', 'kolektorsdd')).toMatchObject({ venue: 'JIM', names: ['KolektorSDD', 'KSDD'] });
  });
});

describe('name extraction', () => {
  it('reads owner and name from GitHub URLs only', () => {
    expect(githubRepo('https://github.com/hq-deng/RD4AD')).toEqual(['hq-deng', 'RD4AD']);
    expect(githubRepo('https://github.com/amazon-science/patchcore-inspection/tree/main')).toEqual(['amazon-science', 'patchcore-inspection']);
    expect(githubRepo('https://github.com/a/b.git')).toEqual(['a', 'b']);
    expect(githubRepo('https://gitlab.com/a/b')).toBeUndefined();
    expect(githubRepo(undefined)).toBeUndefined();
  });

  it('takes a short "Name:" prefix and a name-like first word from titles', () => {
    expect(titleNames('PaDiM: A Patch Distribution Modeling Framework')).toEqual(['PaDiM']);
    expect(titleNames('Cflow-ad: Real-time unsupervised anomaly detection')).toEqual(['Cflow-ad']);
    expect(titleNames('OmniAL A unifiled CNN framework')).toEqual(['OmniAL']);
    expect(titleNames('Towards Total Recall in Industrial Anomaly Detection')).toEqual([]);
    expect(titleNames('A very long sentence that goes on and on for a while: then a colon')).toEqual([]);
  });
});
