import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { readBibtex } from '../../src/lib/enrich/bibtex.ts';

const fixture = (name: string) => readBibtex(readFileSync(`tests/fixtures/bibtex/${name}.bib`, 'utf8'), `${name}.bib`);

describe('reading BibTeX', () => {
  const { records, problems } = fixture('readme-citations');
  const byKey = new Map(records.map((r) => [r.key, r]));

  it('reads every entry of a clean file, with the line each starts on', () => {
    expect(problems).toEqual([]);
    expect(records.map((r) => [r.key, r.line])).toEqual([
      ['roth2021total', 6],
      ['liu2023simplenet', 16],
      ['nested', 24],
      ['truncated', 34],
      ['commas', 37],
      ['commasand', 40],
      ['vongool', 42],
    ]);
  });

  it('turns LaTeX accents into letters and keeps "First Last" order', () => {
    expect(byKey.get('roth2021total')!.authors).toEqual(['Karsten Roth', 'Latha Pemula', 'Joaquin Zepeda', 'Bernhard Schölkopf', 'Thomas Brox', 'Peter Gehler']);
    expect(byKey.get('nested')!.authors).toEqual(['José de la Fuente', 'Jörg Müller', 'Łukasz Nowak', 'Research Team']);
  });

  it('reads "Last, First" names into the order the paper prints them', () => {
    expect(byKey.get('liu2023simplenet')!.authors).toEqual(['Zhikang Liu', 'Yiming Zhou', 'Yuansheng Xu', 'Zilei Wang']);
  });

  it('takes titles out of nested braces and markup', () => {
    expect(byKey.get('nested')!.title).toBe('Deep Anomaly Detection with Nested Braces in MVTec AD');
  });

  it('finds the arXiv id in eprint or a journal field, and a DOI without its resolver', () => {
    expect(byKey.get('roth2021total')!.arxiv).toBe('2106.08265');
    expect(byKey.get('nested')!.arxiv).toBe('2401.01234');
    expect(byKey.get('nested')!.doi).toBe('10.1109/TII.2023.1234567');
    expect(byKey.get('liu2023simplenet')!.arxiv).toBeUndefined();
  });

  it('takes the source from the % source: line above an entry, else its url field', () => {
    expect(byKey.get('roth2021total')!.source).toBe('https://github.com/amazon-science/patchcore-inspection/blob/6a9a281fc34cb1b13c54b318f71e6f1f371536bb/README.md');
    expect(byKey.get('roth2021total')!.paperHint).toBe('patchcore');
    expect(byKey.get('liu2023simplenet')!.source).toBe('https://github.com/DonaldRR/SimpleNet');
    expect(byKey.get('liu2023simplenet')!.paperHint).toBeUndefined();
    expect(byKey.get('nested')!.source).toBe('https://example.org/nested');
  });

  it('marks a list cut short with "and others", and one joined by commas instead of "and"', () => {
    expect(byKey.get('truncated')).toMatchObject({ authors: ['Ann Smith'], truncated: true });
    expect(byKey.get('commas')!.namesUnreadable).toMatch(/5-part name/);
    // The parser takes this one silently as "Min Xu Ximiao Zhang" and "Xiuzhuang Zhou".
    expect(byKey.get('commasand')!.namesUnreadable).toMatch(/separated by commas/);
    expect(byKey.get('vongool')).toMatchObject({ authors: ['Luc Van Gool', 'Research Team, Inc', 'Cao YunKang'], namesUnreadable: undefined });
  });

  it('reports a broken entry with its line and still reads the entries around it', () => {
    const broken = fixture('broken');
    expect(broken.problems).toHaveLength(1);
    expect(broken.problems[0]).toMatchObject({ file: 'broken.bib', line: 4 });
    expect(broken.problems[0].message).toMatch(/^cannot read this BibTeX entry: /);
    expect(broken.records.map((r) => r.key)).toEqual(['first', 'after']);
    expect(broken.records[1].source).toBe('https://example.org/after');
  });
});
