import { describe, expect, it } from 'vitest';
import { buildCatalog } from '../../src/lib/catalog/catalog.ts';
import { datasetLine, headingSlugger, paperLine, renderAwesomeList } from '../../src/lib/export/awesome-list.ts';
import type { Category, Dataset, Paper } from '../../src/lib/catalog/schema.ts';

const categories: Category[] = [
  { id: 'unsupervised', name: 'Unsupervised AD', order: 2, description: 'x' },
  { id: 'surveys', name: 'Surveys, Benchmarks & Tools', order: 1, description: 'x' },
  { id: 'feature-embedding', name: 'Feature-Embedding Methods', parent: 'unsupervised', order: 1, description: 'x' },
  { id: 'memory-bank', name: 'Memory Bank', parent: 'feature-embedding', order: 2, description: 'x' },
  { id: 'teacher-student', name: 'Teacher–Student', parent: 'feature-embedding', order: 1, description: 'x' },
];
const patchcore: Paper = {
  id: 'patchcore',
  title: 'Towards Total Recall in Industrial Anomaly Detection',
  year: 2022,
  venue: 'CVPR',
  links: { paper: 'http://arxiv.org/pdf/2106.08265', code: 'https://github.com/amazon-science/patchcore-inspection' },
  categories: ['memory-bank', 'teacher-student'],
  featured: true,
};
const pfm: Paper = {
  id: 'pfm',
  title: 'PFM and PEFM for Image Anomaly Detection and Segmentation',
  year: 2022,
  venue: 'CASE',
  links: { paper: 'https://ieeexplore.ieee.org/abstract/document/9926547/', unofficial_code: 'https://github.com/x/pfm', project: 'https://x.org/p', data: 'https://x.org/d' },
  also_published: [{ venue: 'TII', year: 2022, url: 'https://ieeexplore.ieee.org/document/9795121' }],
  categories: ['teacher-student'],
};
const survey: Paper = { id: 'survey', title: 'A Survey\nwith a line break', year: 2020, links: { paper: 'https://example.org/(paren)' }, categories: ['surveys'], tags: ['segment-anything'] };
const mvtec: Dataset = {
  id: 'mvtec-ad',
  name: 'MVTec AD',
  year: 2019,
  paper: { title: 'MVTec AD: A comprehensive real-world dataset', venue: 'CVPR', year: 2019, url: 'https://example.org/mvtec' },
  also_published: [{ venue: 'IJCV', year: 2021, url: 'https://example.org/ijcv' }],
  links: { data: 'https://www.mvtec.com/ad' },
};
const bench: Dataset = { id: 'bench', name: 'Bench', year: 2022, introduced_by: 'patchcore' };
const catalog = buildCatalog({ venues: [], categories, papers: [survey, pfm, patchcore], datasets: [mvtec, bench] });

describe('awesome-list lines in the seed list style', () => {
  it('a paper: title, venue-year link, then code links', () => {
    expect(paperLine(patchcore)).toBe(
      '+ Towards Total Recall in Industrial Anomaly Detection [[CVPR 2022]](http://arxiv.org/pdf/2106.08265)[[code]](https://github.com/amazon-science/patchcore-inspection)',
    );
  });

  it('a paper with another version, unofficial code, project and data', () => {
    expect(paperLine(pfm)).toBe(
      '+ PFM and PEFM for Image Anomaly Detection and Segmentation [[CASE 2022]](https://ieeexplore.ieee.org/abstract/document/9926547/)[[TII 2022]](https://ieeexplore.ieee.org/document/9795121)[[unofficial code]](https://github.com/x/pfm)[[project]](https://x.org/p)[[data]](https://x.org/d)',
    );
  });

  it('notes the seed writes in labels: oral, code coming soon, tech report', () => {
    const noted: Paper = { ...pfm, also_published: undefined, notes: ['oral', 'code coming soon', 'unrelated remark'], links: { paper: 'https://x.org/a', code: 'https://github.com/x/y' } };
    expect(paperLine(noted)).toBe('+ PFM and PEFM for Image Anomaly Detection and Segmentation [[CASE 2022 oral]](https://x.org/a)[[code is coming soon]](https://github.com/x/y)');
    const report: Paper = { ...survey, title: 'SAM Struggles', notes: ['SAM tech report'] };
    expect(paperLine(report)).toBe('+ SAM Struggles [[2020 SAM tech report]](<https://example.org/(paren)>)');
  });

  it('notes the 2026 list writes in labels: workshop, challenge, where unofficial code lives, Chinese write-up, what the data link holds', () => {
    const noted: Paper = {
      ...pfm,
      venue: 'CVPRW',
      also_published: undefined,
      notes: ['challenge', 'VAND 3.0 workshop', 'unofficial code in SAA', 'write-up in Chinese', 'data: MCBT'],
      links: { paper: 'https://x.org/a', unofficial_code: 'https://github.com/x/u', data: 'https://x.org/d', writeup: 'https://x.org/zh' },
    };
    expect(paperLine(noted)).toBe(
      '+ PFM and PEFM for Image Anomaly Detection and Segmentation [[CVPRW 2022 challenge (VAND 3.0 workshop)]](https://x.org/a)[[unofficial code in SAA]](https://github.com/x/u)[[data: MCBT]](https://x.org/d)[[中文]](https://x.org/zh)',
    );
  });

  it('video, write-up, demo and model links under their own labels', () => {
    const linked: Paper = { ...survey, links: { paper: 'https://x.org/a', video: 'https://x.org/v', writeup: 'https://x.org/w', demo: 'https://x.org/d', model: 'https://x.org/m' } };
    expect(paperLine(linked)).toBe('+ A Survey with a line break [[2020]](https://x.org/a)[[video]](https://x.org/v)[[write-up]](https://x.org/w)[[demo]](https://x.org/d)[[model]](https://x.org/m)');
  });

  it('a preprint shows the year alone; line breaks and parentheses cannot break the markdown', () => {
    expect(paperLine(survey)).toBe('+ A Survey with a line break [[2020]](<https://example.org/(paren)>)');
  });

  it('a dataset: (name) prefix, the introducing paper, its other versions and the data link', () => {
    expect(datasetLine(mvtec, catalog)).toBe(
      '+ (MVTec AD)MVTec AD: A comprehensive real-world dataset [[CVPR 2019]](https://example.org/mvtec)[[IJCV 2021]](https://example.org/ijcv) [[data]](https://www.mvtec.com/ad)',
    );
    expect(datasetLine(bench, catalog)).toBe('+ (Bench)Towards Total Recall in Industrial Anomaly Detection [[CVPR 2022]](http://arxiv.org/pdf/2106.08265)');
  });
});

describe('renderAwesomeList', () => {
  const list = renderAwesomeList(catalog);
  const headings = list.split('\n').filter((l) => /^#+ /.test(l));

  it('has a title, then featured, taxonomy (depth as #, ##, ###, siblings by order), topics and datasets sections', () => {
    expect(headings).toEqual([
      '# Awesome Industrial Anomaly Detection',
      '# SOTA methods with code',
      '# Surveys, Benchmarks & Tools',
      '# Unsupervised AD',
      '## Feature-Embedding Methods',
      '### Teacher–Student',
      '### Memory Bank',
      '# Topics',
      '## Segment Anything',
      '# Datasets',
    ]);
  });

  it('lists a paper under every category it belongs to, and featured papers on top', () => {
    const section = (heading: string) => list.split(`${heading}\n\n`)[1].split('\n\n')[0].trimEnd().split('\n');
    expect(section('# SOTA methods with code')).toEqual([paperLine(patchcore)]);
    // Newest first, then by title, as everywhere on the site.
    expect(section('### Teacher–Student')).toEqual([paperLine(pfm), paperLine(patchcore)]);
    expect(section('### Memory Bank')).toEqual([paperLine(patchcore)]);
    expect(section('## Segment Anything')).toEqual([paperLine(survey)]);
    expect(section('# Datasets')).toEqual([datasetLine(bench, catalog), datasetLine(mvtec, catalog)]);
  });

  it('has a table of contents whose anchors are the GitHub anchors of the headings', () => {
    const toc = [...list.matchAll(/^( *)- \[(.+)\]\(#(.+)\)$/gm)].map((m) => [m[1].length / 2, m[2], m[3]]);
    expect(toc).toEqual([
      [0, 'SOTA methods with code', 'sota-methods-with-code'],
      [0, 'Surveys, Benchmarks & Tools', 'surveys-benchmarks--tools'],
      [0, 'Unsupervised AD', 'unsupervised-ad'],
      [1, 'Feature-Embedding Methods', 'feature-embedding-methods'],
      [2, 'Teacher–Student', 'teacherstudent'],
      [2, 'Memory Bank', 'memory-bank'],
      [0, 'Topics', 'topics'],
      [1, 'Segment Anything', 'segment-anything'],
      [0, 'Datasets', 'datasets'],
    ]);
  });

  it('numbers repeated anchors like GitHub', () => {
    const slug = headingSlugger();
    expect(['Few-Shot AD', 'Few-Shot AD', 'Few-Shot AD'].map(slug)).toEqual(['few-shot-ad', 'few-shot-ad-1', 'few-shot-ad-2']);
  });

  it('is deterministic whatever order the files were read in, and ends with one newline', () => {
    const shuffled = buildCatalog({ venues: [], categories: [...categories].reverse(), papers: [patchcore, survey, pfm], datasets: [bench, mvtec] });
    expect(renderAwesomeList(shuffled)).toBe(list);
    expect(list.endsWith('\n') && !list.endsWith('\n\n')).toBe(true);
  });
});
