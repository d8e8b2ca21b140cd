/**
 * "Download these papers": /citations.json holds the entries bibtex.ts and
 * ris.ts write elsewhere, and a download of a search's papers holds exactly
 * those papers, in rank order, as valid BibTeX and RIS.
 */
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { SearchEngine } from '../../src/lib/search/engine.ts';
import { EMPTY_STATE } from '../../src/lib/search/query-state.ts';
import { buildSearchRecords } from '../../src/lib/search/search-index.ts';
import { citationDownload, downloadName } from '../../src/lib/search/downloads.ts';
import { citationsJson } from '../../src/lib/site/citations-json.ts';
import { bibtexEntry } from '../../src/lib/site/bibtex.ts';
import { risRecord } from '../../src/lib/site/ris.ts';
import { parseBibtex } from '../support/bibtex-parse.ts';
import { loadOk } from '../support/load-ok.ts';

const catalog = loadOk(path.resolve('data'), process.cwd());
const citations = citationsJson(catalog);
const engine = new SearchEngine(buildSearchRecords(catalog));
const paperIds = (q: string) => engine.search({ ...EMPTY_STATE, q }).hits.map((hit) => engine.records[hit.ref]).filter((r) => r.kind === 'paper').map((r) => r.id);

describe('citations.json', () => {
  it('holds every paper\'s BibTeX entry and RIS record, as the rest of the site writes them', () => {
    expect(Object.keys(citations).sort()).toEqual(catalog.papers.map((p) => p.id).sort());
    const patchcore = catalog.paperById.get('patchcore')!;
    expect(citations.patchcore).toEqual([bibtexEntry(patchcore, catalog.venueByName), risRecord(patchcore, catalog.venueByName)]);
  });
});

describe('a download of a search\'s papers', () => {
  it('holds every paper matched, in rank order, as valid BibTeX', () => {
    const ids = paperIds('yunkang cao');
    expect(ids.length).toBeGreaterThan(20); // more than the page shows at once
    const made = citationDownload(ids, citations, 'bib', 'matching “yunkang cao”', 'yunkang cao');
    expect(made.count).toBe(ids.length);
    expect(made.filename).toBe('iad-atlas-search-yunkang-cao.bib');
    expect(parseBibtex(made.text).map((entry) => entry.key)).toEqual(ids);
    expect(made.text).toMatch(/^% IAD Atlas: BibTeX for the \d+ papers matching “yunkang cao”\.\n/);
  });

  it('holds one RIS record per paper', () => {
    const ids = paperIds('patchcore');
    const made = citationDownload(ids, citations, 'ris', 'matching “patchcore”', 'patchcore');
    expect(made.count).toBe(ids.length);
    expect(made.text.match(/^ER {2}- /gm)).toHaveLength(ids.length);
    expect([...made.text.matchAll(/^ID {2}- (.*)\r$/gm)].map((m) => m[1])).toEqual(ids);
  });

  it('says how many entries lack authors, and leaves out ids it does not know', () => {
    const without = catalog.papers.filter((p) => !p.authors).slice(0, 2).map((p) => p.id);
    const made = citationDownload([...without, 'no-such-paper', 'patchcore'], citations, 'bib', 'x');
    expect(made.count).toBe(3);
    expect(made.text).toContain('% 2 of these 3 entries have no authors yet');
  });

  it('keeps a typed query from starting an entry of its own', () => {
    const made = citationDownload(['patchcore'], citations, 'bib', 'matching “@misc{x,\n title = {y}}”');
    expect(parseBibtex(made.text).map((entry) => entry.key)).toEqual(['patchcore']);
  });

  it('names the file after the query, safely', () => {
    expect(downloadName('Skočaj / DRAEM', 'ris')).toBe('iad-atlas-search-skocaj-draem.ris');
    expect(downloadName('"><script>', 'bib')).toBe('iad-atlas-search-script.bib');
    expect(downloadName('', 'bib')).toBe('iad-atlas-search.bib');
  });
});
