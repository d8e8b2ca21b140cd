import { describe, expect, it } from 'vitest';
import { parse } from '@retorquere/bibtex-parser';
import { bibtexEntry, bibtexFile } from '../../src/lib/site/bibtex.ts';
import { risFile, risRecord } from '../../src/lib/site/ris.ts';
import { citationMeta } from '../../src/lib/site/citation-meta.ts';
import { creatorName } from '../../src/lib/enrich/bibtex.ts';
import type { Paper, Venue } from '../../src/lib/catalog/schema.ts';

const venueByName = new Map<string, Venue>([
  ['CVPR', { name: 'CVPR', full: 'IEEE/CVF Conference on Computer Vision and Pattern Recognition', kind: 'conference' }],
  ['TII', { name: 'TII', full: 'IEEE Transactions on Industrial Informatics', kind: 'journal' }],
]);
const AUTHORS = ['Karsten Roth', 'Bernhard Schölkopf', 'José de la Fuente', 'Ann O’Neil & Co_Lab 100%', 'Research and Development Team'];
const paper = (over: Partial<Paper> = {}): Paper => ({
  id: 'patchcore',
  title: 'Towards Total Recall in Industrial Anomaly Detection',
  year: 2022,
  venue: 'CVPR',
  authors: AUTHORS,
  doi: '10.1109/CVPR52688.2022.01392',
  links: { paper: 'https://arxiv.org/abs/2106.08265' },
  categories: ['memory-bank'],
  ...over,
});

describe('citations with authors', () => {
  it('BibTeX that a reference manager parses back into the same names, in order, with the DOI', () => {
    const { entries, errors } = parse(bibtexEntry(paper(), venueByName), { sentenceCase: false });
    expect(errors).toEqual([]);
    expect(entries[0].fields.author!.map(creatorName)).toEqual(AUTHORS);
    expect(entries[0].fields.doi).toBe('10.1109/CVPR52688.2022.01392');
  });

  it('a file of several papers says in its header how many still lack authors', () => {
    const text = bibtexFile('Memory bank papers.', [paper(), paper({ id: 'other', authors: undefined })], venueByName);
    expect(text).toMatch(/^% IAD Atlas: Memory bank papers\.\n/);
    expect(text).toContain('% 1 of these 2 entries have no authors yet');
    expect(parse(text).entries.map((e) => [e.key, e.fields.author?.length])).toEqual([['patchcore', 5], ['other', undefined]]);
    // A name with "@" in the header would start an entry: BibTeX has no comments outside entries.
    const odd = bibtexFile('Ann @misc{x, Lab: 1 paper.', [paper()], venueByName);
    expect(parse(odd).entries.map((e) => e.key)).toEqual(['patchcore']);
  });

  it('RIS with one AU line per author, the venue, the DOI and an ER line per record', () => {
    const record = risRecord(paper(), venueByName);
    const lines = record.split('\r\n');
    expect(lines[0]).toBe('TY  - CONF');
    expect(lines.filter((l) => l.startsWith('AU  - ')).map((l) => l.slice(6))).toEqual(AUTHORS);
    expect(lines).toContain('T2  - IEEE/CVF Conference on Computer Vision and Pattern Recognition');
    expect(lines).toContain('DO  - 10.1109/CVPR52688.2022.01392');
    expect(lines).toContain('N1  - arXiv:2106.08265');
    expect(lines.at(-2)).toBe('ER  - ');
    expect(risRecord(paper({ venue: 'TII' }), venueByName)).toMatch(/^TY {2}- JOUR\r\n[\s\S]*\r\nJO {2}- IEEE Transactions on Industrial Informatics\r\n/);
    const file = risFile([paper(), paper({ id: 'b', title: 'Two\nlines' })], venueByName);
    expect(file.match(/^TY {2}- /gm)).toHaveLength(2);
    expect(file.match(/^ER {2}- $/gm)).toHaveLength(2);
    expect(file).toContain('TI  - Two lines\r\n');
  });

  it('one citation_author meta tag per author, in order, and citation_doi', () => {
    const tags = citationMeta(paper(), venueByName);
    expect(tags.filter(([name]) => name === 'citation_author').map(([, v]) => v)).toEqual(AUTHORS);
    expect(tags).toContainEqual(['citation_doi', '10.1109/CVPR52688.2022.01392']);
    expect(citationMeta(paper({ authors: undefined }), venueByName).some(([name]) => name === 'citation_author')).toBe(false);
  });
});
