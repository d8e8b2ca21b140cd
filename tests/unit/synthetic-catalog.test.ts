/**
 * The benchmark generator must keep producing catalogs the loader accepts,
 * as the schema evolves: the site and search benchmarks build on it too.
 */
import { readdirSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { writeSyntheticCatalog } from '../../scripts/bench/synthetic.ts';
import { loadCatalog } from '../../src/lib/catalog/load.ts';
import { formatProblem } from '../../src/lib/catalog/problems.ts';
import { makeTempDir } from '../support/temp-dir.ts';

const tmp = makeTempDir('atlas-synthetic');

describe('writeSyntheticCatalog', () => {
  it('writes a catalog of the asked size that validates with no problems', () => {
    const written = writeSyntheticCatalog(path.join(tmp, 'a', 'data'), { papers: 1000, datasets: 40 });
    const result = loadCatalog({ dataDir: written.dataDir });
    expect(result.problems.map(formatProblem)).toEqual([]);
    expect(result.ok && result.catalog.papers).toHaveLength(1000);
    expect(result.ok && result.catalog.datasets).toHaveLength(40);
    expect(readdirSync(path.join(written.dataDir, 'papers'))).toHaveLength(1000);
  });

  it('grows the taxonomy and spreads papers over 2018–2026 as the catalog will', () => {
    const written = writeSyntheticCatalog(path.join(tmp, 'd', 'data'), { papers: 750 });
    const result = loadCatalog({ dataDir: written.dataDir });
    if (!result.ok) throw new Error(result.problems.map(formatProblem).join('\n'));
    const { catalog } = result;
    expect(catalog.categories).toHaveLength(written.categories);
    expect(written.categories).toBeGreaterThanOrEqual(34);
    expect(Math.max(...[...catalog.childrenOf.values()].map((children) => children.length))).toBeGreaterThanOrEqual(10);
    const years = new Set(catalog.papers.map((p) => p.year));
    expect(Math.min(...years)).toBe(2018);
    expect(Math.max(...years)).toBe(2026);
    // Every paper was listed no earlier than its year.
    for (const paper of catalog.papers) expect(Number(paper.added!.slice(0, 4))).toBeGreaterThanOrEqual(paper.year);
    // Authors as the real catalog has them: most papers with a list, a few prolific people, many with one paper.
    expect(catalog.papers.filter((p) => p.authors).length).toBeGreaterThan(600);
    expect(catalog.people.authors[0].papers.length).toBeGreaterThan(20);
    expect(catalog.people.authors.filter((a) => a.papers.length >= 2).length).toBeGreaterThan(300);
    const withoutGrowth = writeSyntheticCatalog(path.join(tmp, 'e', 'data'), { papers: 10, growth: false });
    expect(withoutGrowth.categories).toBe(readdirSync(path.resolve('data/categories')).filter((n) => n.endsWith('.yaml')).length);
  });

  it('writes the same files for the same seed', () => {
    const a = writeSyntheticCatalog(path.join(tmp, 'b', 'data'), { papers: 30, seed: 7 });
    const b = writeSyntheticCatalog(path.join(tmp, 'c', 'data'), { papers: 30, seed: 7 });
    const load = (dir: string) => {
      const result = loadCatalog({ dataDir: dir });
      return result.ok ? result.catalog.papers : [];
    };
    expect(load(b.dataDir)).toEqual(load(a.dataDir));
    expect(load(a.dataDir)).toHaveLength(30);
  });
});
