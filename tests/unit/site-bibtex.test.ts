import { describe, expect, it } from 'vitest';
import { bibtexEntry, catalogBibtex, escapeLatex, protectTitle, REQUIRED_FIELDS, type BibtexType } from '../../src/lib/site/bibtex.ts';
import { buildCatalog } from '../../src/lib/catalog/catalog.ts';
import type { Paper, Venue } from '../../src/lib/catalog/schema.ts';
import { parseBibtex } from '../support/bibtex-parse.ts';

const venues: Venue[] = [
  { name: 'CVPR', full: 'IEEE/CVF Conference on Computer Vision and Pattern Recognition', kind: 'conference' },
  { name: 'CVPRW', full: 'IEEE/CVF Conference on Computer Vision and Pattern Recognition Workshops', kind: 'workshop' },
  { name: 'TII', full: 'IEEE Transactions on Industrial Informatics', kind: 'journal' },
  { name: 'arXiv', full: 'arXiv preprint', kind: 'preprint' },
  { name: 'Thesis', full: 'Doctoral thesis', kind: 'thesis' },
  // A venue known only by its abbreviation (venues.yaml leaves `full` out when no source gives it).
  { name: 'ICCVDM', kind: 'conference' },
];
const venueByName = new Map(venues.map((v) => [v.name, v]));
const paper = (over: Partial<Paper>): Paper => ({
  id: 'patchcore',
  title: 'Towards Total Recall in Industrial Anomaly Detection',
  year: 2022,
  links: { paper: 'https://arxiv.org/abs/2106.08265' },
  categories: ['memory-bank'],
  ...over,
});
const only = (text: string) => {
  const entries = parseBibtex(text);
  expect(entries).toHaveLength(1);
  return entries[0];
};

describe('bibtexEntry', () => {
  it.each<[string | undefined, BibtexType, string | undefined]>([
    ['CVPR', 'inproceedings', 'booktitle'],
    ['CVPRW', 'inproceedings', 'booktitle'],
    ['TII', 'article', 'journal'],
    ['arXiv', 'misc', 'howpublished'],
    ['Thesis', 'misc', 'howpublished'],
    [undefined, 'misc', undefined],
  ])('venue %s gives @%s with its full name in %s', (venue, type, field) => {
    const entry = only(bibtexEntry(paper({ venue }), venueByName));
    expect(entry.type).toBe(type);
    expect(entry.key).toBe('patchcore');
    for (const required of REQUIRED_FIELDS[type]) expect(entry.fields.has(required), required).toBe(true);
    if (field) expect(entry.fields.get(field)).toBe(venueByName.get(venue!)!.full!.replace('&', '\\&'));
    expect(entry.fields.get('year')).toBe('2022');
  });

  it('names a venue with no known full name by its short name rather than leaving the field empty', () => {
    expect(only(bibtexEntry(paper({ venue: 'ICCVDM' }), venueByName)).fields.get('booktitle')).toBe('ICCVDM');
  });

  it('never invents authors or pages', () => {
    const entry = only(bibtexEntry(paper({ venue: 'CVPR' }), venueByName));
    expect([...entry.fields.keys()]).not.toContain('author');
    expect([...entry.fields.keys()]).not.toContain('pages');
  });

  it('records the arXiv number from the field or from an arXiv link', () => {
    const fromField = only(bibtexEntry(paper({ arxiv: '2303.14814', links: { paper: 'https://example.org/p.pdf' } }), venueByName));
    expect(fromField.fields.get('eprint')).toBe('2303.14814');
    expect(fromField.fields.get('archiveprefix')).toBe('arXiv');
    const fromUrl = only(bibtexEntry(paper({ links: { paper: 'http://arxiv.org/pdf/2106.08265v3.pdf' } }), venueByName));
    expect(fromUrl.fields.get('eprint')).toBe('2106.08265');
    const none = only(bibtexEntry(paper({ links: { paper: 'https://ieeexplore.ieee.org/document/1' } }), venueByName));
    expect(none.fields.has('eprint')).toBe(false);
    expect(none.fields.get('url')).toBe('https://ieeexplore.ieee.org/document/1');
  });

  it('protects capitalised words and escapes LaTeX specials, keeping braces balanced', () => {
    const title = 'PatchCore & {MVTec} 100% $x_1$ #1 ~ ^ back\\slash }{';
    const entry = only(bibtexEntry(paper({ title }), venueByName));
    const value = entry.fields.get('title')!;
    expect(value).toContain('{PatchCore}');
    expect(value).toContain('\\&');
    expect(value).toContain('100\\%');
    expect(value).toContain('\\$x\\_1\\$');
    expect(value).toContain('\\#1');
    expect(value).toContain('\\textbackslash{}');
    expect(value).not.toMatch(/(^|[^\\])[&%$#_]/);
  });

  it('keeps URLs verbatim but cannot be unbalanced by braces in them', () => {
    const entry = only(bibtexEntry(paper({ links: { paper: 'https://example.org/a{b}c%20d' } }), venueByName));
    expect(entry.fields.get('url')).toBe('https://example.org/a%7Bb%7Dc%20d');
  });
});

describe('escapeLatex / protectTitle', () => {
  it('escapes each special once', () => {
    expect(escapeLatex('a_b & c')).toBe('a\\_b \\& c');
    expect(escapeLatex('{')).toBe('\\textbraceleft{}');
  });
  it('braces only words with capitals', () => {
    expect(protectTitle('Towards total Recall')).toBe('{Towards} total {Recall}');
    expect(protectTitle('3D anomaly')).toBe('{3D} anomaly');
  });
});

describe('catalogBibtex', () => {
  it('has one parseable entry per paper, unique keys, sorted by id', () => {
    const catalog = buildCatalog({
      venues,
      categories: [{ id: 'memory-bank', name: 'Memory Bank', order: 1, description: 'x' }],
      papers: [paper({ id: 'b-paper', venue: 'TII' }), paper({ id: 'a-paper', venue: 'CVPR' }), paper({ id: 'c-paper' })],
      datasets: [],
    });
    const entries = parseBibtex(catalogBibtex(catalog));
    expect(entries.map((e) => e.key)).toEqual(['a-paper', 'b-paper', 'c-paper']);
  });
});

describe('the test BibTeX reader', () => {
  it('rejects what BibTeX would choke on, so the checks above can fail', () => {
    expect(() => parseBibtex('@misc{k,\n  title = {a {b}\n')).toThrow(/unbalanced/);
    expect(() => parseBibtex('@misc{k,\n  title = {a} year = {1}\n}')).toThrow(/expected , or }/);
  });
});
