import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { enrich } from '../../src/lib/enrich/index.ts';
import { tempProject, type TempProject } from '../support/temp-data.ts';
import { loadOk } from '../support/load-ok.ts';
import { runScript } from '../support/run-script.ts';

const PAPERS = [
  { id: 'patchcore', title: 'Towards Total Recall in Industrial Anomaly Detection', year: 2022, venue: 'CVPR', arxiv: '2106.08265', links: { paper: 'https://openaccess.thecvf.com/patchcore.html' }, categories: ['memory-bank'] },
  { id: 'simplenet', title: 'SimpleNet: A Simple Network for Image Anomaly Detection and Localization', year: 2023, venue: 'CVPR', links: { paper: 'https://openaccess.thecvf.com/simplenet.html' }, categories: ['memory-bank'] },
  { id: 'by-doi', title: 'A Journal Paper Found by Its DOI', year: 2023, doi: '10.1109/TII.2023.7654321', links: { paper: 'https://ieeexplore.ieee.org/document/1' }, categories: ['memory-bank'] },
  { id: 'renamed', title: 'Anomaly Detection by Renamed Networks', year: 2024, links: { paper: 'https://example.org/renamed' }, categories: ['memory-bank'] },
];

const BIB = `% source: https://example.org/patchcore-readme
@misc{roth, title={Towards Total Recall in Industrial Anomaly Detection}, author={Karsten Roth and Bernhard Sch{\\"o}lkopf}, eprint={2106.08265}, archivePrefix={arXiv}, year={2021}}

% source: https://example.org/simplenet-readme
@inproceedings{liu, title={{SimpleNet}: a simple network for image anomaly detection and localization}, author={Liu, Zhikang and Wang, Zilei}, year={2023}}

% source: https://example.org/journal
@article{j, title={Found by Its DOI}, author={Ann Smith}, doi={10.1109/tii.2023.7654321}, year={2023}}

% paper: renamed
% source: https://example.org/renamed
@misc{r, title={Anomaly detection by renamed networks (extended)}, author={Bob Jones and Cara Doe}, doi={10.1000/renamed.1}, year={2024}}

@misc{nobody, title={A Paper Not in the Catalog}, author={Dan Roe}, year={2020}, url={https://example.org/x}}
`;

let project: TempProject;
let bib: string;
beforeEach(() => {
  project = tempProject({ fixtures: false });
  for (const paper of PAPERS) project.write('papers', paper);
  bib = path.join(project.root, 'authors.bib');
  writeFileSync(bib, BIB);
});
afterEach(() => project.cleanup());

const run = (text = BIB, options: { dryRun?: boolean } = {}) => enrich({ dataDir: project.dataDir, files: [{ file: 'authors.bib', text }], ...options });
const paperFile = (id: string) => readFileSync(path.join(project.dataDir, 'papers', `${id}.yaml`), 'utf8');

describe('npm run enrich', () => {
  it('matches by arXiv id, title, DOI and % paper line, and fills authors, their source and the DOI', () => {
    const report = run();
    expect(report.matched.map((m) => [m.paper, m.by])).toEqual([
      ['patchcore', 'arxiv'],
      ['simplenet', 'title'],
      ['by-doi', 'doi'],
      ['renamed', 'paper line'],
    ]);
    expect(report.unmatched.map((u) => u.where.key)).toEqual(['nobody']);
    const catalog = loadOk(project.dataDir);
    const paper = (id: string) => catalog.paperById.get(id)!;
    expect(paper('patchcore').authors).toEqual(['Karsten Roth', 'Bernhard Schölkopf']);
    expect(paper('patchcore').authors_source).toBe('https://example.org/patchcore-readme');
    expect(paper('simplenet').authors).toEqual(['Zhikang Liu', 'Zilei Wang']);
    expect(paper('renamed')).toMatchObject({ authors: ['Bob Jones', 'Cara Doe'], doi: '10.1000/renamed.1' });
    // The DOI it was matched by stays as the file spells it.
    expect(paper('by-doi')).toMatchObject({ authors: ['Ann Smith'], doi: '10.1109/TII.2023.7654321' });
  });

  it('is idempotent: a second run writes nothing and finds everything in place', () => {
    run();
    const before = PAPERS.map((p) => paperFile(p.id));
    const again = run();
    expect(again.written).toEqual([]);
    expect(again.filled).toEqual([]);
    expect(again.unchanged.sort()).toEqual(['by-doi', 'patchcore', 'renamed', 'simplenet']);
    expect(PAPERS.map((p) => paperFile(p.id))).toEqual(before);
  });

  it('never overwrites an author list a person edited, and reports the difference as a conflict', () => {
    run();
    const file = path.join(project.dataDir, 'papers', 'patchcore.yaml');
    const edited = readFileSync(file, 'utf8').replace('Karsten Roth', 'K. Roth');
    writeFileSync(file, edited);
    const report = run();
    expect(report.conflicts).toEqual([
      { where: { file: 'authors.bib', line: 2, key: 'roth' }, paper: 'patchcore', field: 'authors', catalog: 'K. Roth; Bernhard Schölkopf', entry: 'Karsten Roth; Bernhard Schölkopf' },
    ]);
    expect(readFileSync(file, 'utf8')).toBe(edited);
  });

  it('refuses the second of two entries that disagree about one paper', () => {
    const report = run(`${BIB}\n% source: https://example.org/other\n@misc{again, title={Towards Total Recall in Industrial Anomaly Detection}, author={Someone Else}, year={2021}}\n`);
    expect(report.conflicts.map((c) => [c.paper, c.where.key, c.entry])).toEqual([['patchcore', 'again', 'Someone Else']]);
    expect(loadOk(project.dataDir).paperById.get('patchcore')!.authors).toEqual(['Karsten Roth', 'Bernhard Schölkopf']);
  });

  it('does not believe a % paper line whose title is another paper', () => {
    const report = run('% paper: renamed\n% source: https://example.org/x\n@misc{wrong, title={Something Else Entirely About Cats}, author={Eve Poe}, year={2020}}\n');
    expect(report.matched).toEqual([]);
    expect(report.unmatched[0].reason).toMatch(/titles differ/);
  });

  it('skips lists cut short, entries without a source, and names the schema refuses', () => {
    const report = run(
      [
        '% source: https://example.org/a\n@misc{cut, title={Towards Total Recall in Industrial Anomaly Detection}, author={Karsten Roth and others}, year={2021}}',
        '@misc{unsourced, title={SimpleNet: A Simple Network for Image Anomaly Detection and Localization}, author={Zhikang Liu}, year={2023}}',
        '% source: https://example.org/b\n@misc{marked, title={A Journal Paper Found by Its DOI}, author={Ann Smith$^1$ and Bob Jones}, year={2023}}',
        '% source: https://example.org/c\n@misc{doubled, title={Anomaly Detection by Renamed Networks}, author={Li, Chun-Liang and and Sohn, Kihyuk}, year={2021}}',
      ].join('\n\n'),
    );
    expect(report.skipped.map((s) => [s.where.key, s.reason.split(/[:(]/)[0].trim()])).toEqual([
      ['cut', 'the author list ends in "and others"'],
      ['unsourced', 'no source'],
      ["marked", "author \"Ann Smith¹\""],
      ['doubled', 'author "Kihyuk and Sohn"'],
    ]);
    expect(report.written).toEqual([]);
  });

  it('takes a match by arXiv id whose title differs only when a % paper line vouches for it (it may be the journal extension)', () => {
    const extension = '% source: https://example.org/tpami\n@article{ext, title={Memory Banks Everywhere: A Journal Extension}, author={Karsten Roth and Ann Smith}, eprint={2106.08265}, doi={10.1109/TPAMI.2024.1}, year={2024}}';
    const report = run(extension);
    expect(report.skipped.map((s) => [s.paper, s.reason.split(',')[0]])).toEqual([['patchcore', 'matched by arxiv']]);
    expect(report.written).toEqual([]);
    const vouched = run(`% paper: patchcore\n${extension}`);
    expect(vouched.filled.map((f) => f.paper)).toEqual(['patchcore']);
  });

  it('leaves out a DOI the schema would refuse, and still fills the authors', () => {
    const report = run('% source: https://example.org/j\n@article{j, title={A Journal Paper Found by Its DOI}, author={Ann Smith}, doi={10.1002/(SICI)1097-4636(199706)35:4<491::AID-JBM9>3.0.CO;2-Q}, year={2023}}');
    expect(report.skipped.map((s) => s.reason)).toEqual([expect.stringMatching(/^its DOI .* is not one the schema accepts/)]);
    const paper = loadOk(project.dataDir).paperById.get('by-doi')!;
    expect(paper).toMatchObject({ authors: ['Ann Smith'], doi: '10.1109/TII.2023.7654321' });
  });

  it('writes nothing in a dry run', () => {
    const report = run(BIB, { dryRun: true });
    expect(report.filled).toHaveLength(4);
    expect(report.written).toEqual([]);
    expect(loadOk(project.dataDir).papers.every((p) => p.authors === undefined)).toBe(true);
  });

  it('as a CLI: a broken entry is named with its line, exits 1, and nothing is written', async () => {
    const broken = path.join(project.root, 'broken.bib');
    writeFileSync(broken, `${BIB}\n@misc{oops, title={Unclosed, author={A B}\n`);
    const result = await runScript('enrich.ts', [broken, '--data', project.dataDir]);
    expect(result.code).toBe(1);
    expect(result.stdout).toMatch(/Cannot read \(nothing was written; fix these first\):\n\s+\S*broken\.bib:16\s+cannot read this BibTeX entry/);
    expect(result.stdout).toContain('Nothing written');
    expect(loadOk(project.dataDir).papers.every((p) => p.authors === undefined)).toBe(true);
    const ok = await runScript('enrich.ts', [bib, '--data', project.dataDir]);
    expect(ok.code).toBe(0);
    expect(ok.stdout).toMatch(/matched\s+4 \(arXiv id 1, DOI 1, title 1, % paper line 1\)/);
    expect(ok.stdout).toContain('4 files written.');
  });
});
