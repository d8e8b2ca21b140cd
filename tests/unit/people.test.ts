import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { loadCatalog } from '../../src/lib/catalog/load.ts';
import { formatProblem } from '../../src/lib/catalog/problems.ts';
import { authorKey, personSlug } from '../../src/lib/catalog/people.ts';
import { tempProject, type TempProject } from '../support/temp-data.ts';
import { loadOk } from '../support/load-ok.ts';

const paper = (id: string, authors: string[], year = 2023) => ({ id, title: `Paper ${id}`, year, links: { paper: `https://example.org/${id}` }, categories: ['memory-bank'], authors });

let project: TempProject;
beforeEach(() => {
  project = tempProject({ fixtures: false });
  project.write('papers', paper('a', ['Bernhard Schölkopf', 'Wei Li', 'Jun-Yan Zhu'], 2021));
  project.write('papers', paper('b', ['Bernhard Scholkopf', 'Wei Li', 'Junyan Zhu'], 2022));
  project.write('papers', paper('c', ['WEI LI', 'Ann Smith'], 2024));
});
afterEach(() => project.cleanup());

const people = (yaml: string) => writeFileSync(path.join(project.dataDir, 'people.yaml'), yaml);
const problems = () => {
  const result = loadCatalog({ dataDir: project.dataDir, root: project.root });
  return result.ok ? [] : result.problems.map(formatProblem);
};

describe('author identity', () => {
  it('folds diacritics, case, hyphens and dots into one key', () => {
    expect(authorKey('Bernhard Schölkopf')).toBe(authorKey('bernhard scholkopf'));
    expect(authorKey('Jun-Yan Zhu')).toBe(authorKey('Junyan Zhu'));
    expect(authorKey('Søren  Hauberg')).toBe('soren hauberg');
    expect(authorKey('J. Smith')).toBe('j smith');
    expect(personSlug(authorKey('Bernhard Schölkopf'))).toBe('bernhard-scholkopf');
    expect(personSlug('王 伟')).toMatch(/^author-[a-z0-9]+$/);
  });

  it('makes one person of every spelling with one key, shown under the most printed spelling', () => {
    const { people: p } = loadOk(project.dataDir);
    expect(p.authorById.get('bernhard-scholkopf')!.papers.map((x) => x.id)).toEqual(['b', 'a']);
    expect(p.authorById.get('wei-li')).toMatchObject({ name: 'Wei Li' });
    expect(p.authorById.get('wei-li')!.papers).toHaveLength(3);
    expect(p.authors[0].id).toBe('wei-li');
    expect(p.bylineOf.get('c')!.map((x) => [x.name, x.author.id])).toEqual([['WEI LI', 'wei-li'], ['Ann Smith', 'ann-smith']]);
  });

  it('cites a spelling that is the person\'s name in another order under their name, and every other spelling as printed', () => {
    people(['people:', '  - name: Jun-Yan Zhu', '    spellings: [Zhu Junyan, J. Zhu]', ''].join('\n'));
    project.write('papers', paper('d', ['Zhu Junyan', 'J. Zhu'], 2020));
    const byline = loadOk(project.dataDir).people.bylineOf.get('d')!;
    expect(byline.map((e) => [e.name, e.author.id, e.cited])).toEqual([
      ['Zhu Junyan', 'junyan-zhu', 'Jun-Yan Zhu'],
      ['J. Zhu', 'junyan-zhu', 'J. Zhu'],
    ]);
  });

  it('lets data/people.yaml join spellings a key cannot and split two people of one name', () => {
    people(['people:', '  - name: Jun-Yan Zhu', '    spellings: [J. Zhu]', '  - name: Wei Li', '    id: wei-li-2024', '    papers: [c]', ''].join('\n'));
    project.write('papers', paper('d', ['J. Zhu'], 2020));
    const { people: p } = loadOk(project.dataDir);
    expect(p.authorById.get('junyan-zhu')).toMatchObject({ name: 'Jun-Yan Zhu' });
    expect(p.authorById.get('junyan-zhu')!.papers.map((x) => x.id)).toEqual(['b', 'a', 'd']);
    expect(p.authorById.get('wei-li')!.papers.map((x) => x.id)).toEqual(['b', 'a']);
    expect(p.authorById.get('wei-li-2024')!.papers.map((x) => x.id)).toEqual(['c']);
  });

  it('checks data/people.yaml against the papers, naming the line', () => {
    people(['people:', '  - name: Ann Smith', '    spellings: [A. Smith]', '  - name: Wei Li', '    papers: [c, nope]', '  - name: Ann Smith', '    id: ann-2', '    papers: [a]', ''].join('\n'));
    expect(problems()).toEqual([
      'data/people.yaml:3  people[0].spellings[0]: no paper lists an author spelt "A. Smith"; remove the spelling or fix the paper',
      'data/people.yaml:5  people[1].papers: give this person an `id` of their own (e.g. "wei-li-2"): `papers` says the name is someone else elsewhere',
      'data/people.yaml:5  people[1].papers[1]: no paper has id "nope"',
      'data/people.yaml:8  people[2].papers[0]: paper "a" lists no author spelt "Ann Smith"',
    ]);
  });
});

describe('author names in paper files', () => {
  const refused: [string, RegExp][] = [
    ['""', /must not be empty/],
    ['"et al."', /"et al\." is not a name/],
    ['"Ann Smith et al"', /"et al\." is not a name/],
    ['"<b>Ann</b> Smith"', /no markup/],
    ['"Sch{\\\\\\"o}lkopf"', /no markup/],
    ['"Zilei Wang1"', /affiliation numbers/],
    ['"Ann Smith*"', /footnote marks/],
    ['"Roth, Karsten"', /not "Roth, Karsten"/],
    ['"Xiaonan and Huang"', /"and" joins two names/],
    ['"https://x.org/?a&\\" onmouseover=alert()"', /not a link/],
    ['"Ann\\tSmith"', /no control characters/],
  ];
  it.each(refused)('refuses %s with the file, line and field', (name, message) => {
    writeFileSync(path.join(project.dataDir, 'papers', 'c.yaml'), ['id: c', 'title: Paper c', 'year: 2024', 'links:', '  paper: https://example.org/c', 'categories: [memory-bank]', 'authors:', '  - Ann Smith', `  - ${name}`, ''].join('\n'));
    const [problem, ...rest] = problems();
    expect(rest).toEqual([]);
    expect(problem).toMatch(/^data\/papers\/c\.yaml:9 {2}authors\[1\]: /);
    expect(problem).toMatch(message);
  });

  it('refuses an empty list and an authors_source without authors', () => {
    writeFileSync(path.join(project.dataDir, 'papers', 'c.yaml'), ['id: c', 'title: Paper c', 'year: 2024', 'links:', '  paper: https://example.org/c', 'categories: [memory-bank]', 'authors: []', ''].join('\n'));
    expect(problems()).toEqual([expect.stringMatching(/^data\/papers\/c\.yaml:7 {2}authors: list at least one author name/)]);
    writeFileSync(path.join(project.dataDir, 'papers', 'c.yaml'), ['id: c', 'title: Paper c', 'year: 2024', 'authors_source: https://example.org/c', 'links:', '  paper: https://example.org/c', 'categories: [memory-bank]', ''].join('\n'));
    expect(problems()).toEqual(['data/papers/c.yaml:4  authors_source: says where the authors were read, but the file lists no `authors`']);
  });
});

describe('text that pages write into attribute values', () => {
  // Astro leaves an attribute value unescaped when it parses as an http(s) URL and holds "&" (see safe-url.ts).
  it.each([
    ['title', 'https://x.org/?a&" onmouseover="alert()'],
    ['method', 'http:x&" autofocus onfocus="alert()'],
    ['title', 'Two\u0007words'],
  ])('refuses a %s that is a link or holds control characters', (field, value) => {
    const entry = { ...paper('c', ['Ann Smith']), method: 'Fine', [field]: value };
    writeFileSync(path.join(project.dataDir, 'papers', 'c.yaml'), JSON.stringify(entry));
    expect(problems()).toEqual([expect.stringMatching(new RegExp(`^data/papers/c\\.yaml {2}${field}: found .*; (text does not start with a link|holds no control characters)`))]);
  });
});
