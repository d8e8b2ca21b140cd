import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseAwesomeList } from '../../src/lib/import/index.ts';
import { headingResolver } from '../../src/lib/import/sections.ts';
import { readCategories } from '../../src/lib/import/data-dir.ts';
import { parseItemText } from '../../src/lib/import/markdown.ts';
import { paperLine } from '../../src/lib/export/awesome-list.ts';

describe('link targets with parentheses or spaces', () => {
  const urls = (body: string) => parseItemText(body).links.map((l) => l.url);

  it('reads a markdown link whose URL has balanced parentheses, an <angle-bracket> URL, and an encoded one verbatim', () => {
    expect(urls('Paper [[CVPR 2021]](https://en.wikipedia.org/wiki/Anomaly_(statistics))[[code]](https://g.com/x)')).toEqual(['https://en.wikipedia.org/wiki/Anomaly_(statistics)', 'https://g.com/x']);
    expect(urls('Paper [[CVPR 2021]](<https://a.org/my paper (v2).pdf>) [[code]](https://g.com/x)')).toEqual(['https://a.org/my paper (v2).pdf', 'https://g.com/x']);
    // Decoding would corrupt URLs that really hold %28 or %20, so the encoded form stays as written.
    expect(urls('Paper [[CVPR 2021]](https://a.org/a%28b%29%20c)')).toEqual(['https://a.org/a%28b%29%20c']);
  });

  it('gives back exactly the URL the list was rendered from', () => {
    for (const url of ['https://a.org/(paren)', 'https://a.org/unbalanced)(x', 'https://a.org/my paper (v2).pdf', 'https://a.org/a%28b%29%20c']) {
      const line = paperLine({ id: 'p', title: 'P', year: 2021, venue: 'CVPR', links: { paper: url, code: url }, categories: ['x'] });
      expect(urls(line.replace(/^\+ /, ''))).toEqual([url, url]);
    }
  });
});

describe('parseAwesomeList', () => {
  it('keeps heading paths, items with stray leading spaces, and every other line with a reason', () => {
    const parsed = parseAwesomeList(['# 2 Unsupervised AD', '### 2.1.4 Memory Bank', '   + Paper [[2021]](https://a.org/x)', 'prose', '<!--', '+ hidden', '-->', '![](https://a.org/i.png)'].join('\n'));
    expect(parsed.headings.map((h) => [h.line, h.level, h.text])).toEqual([[1, 1, '2 Unsupervised AD'], [2, 3, '2.1.4 Memory Bank']]);
    expect(parsed.listings).toHaveLength(1);
    expect(parsed.listings[0]).toMatchObject({ line: 3, title: 'Paper', links: [{ label: '2021', url: 'https://a.org/x', single: false }] });
    expect(parsed.listings[0].headings.map((h) => h.text)).toEqual(['2 Unsupervised AD', '2.1.4 Memory Bank']);
    expect(parsed.others.map((o) => [o.line, o.reason])).toEqual([[4, 'prose'], [6, 'commented-out item'], [8, 'image']]);
  });

  it('splits an item into prefix, title, links, bare labels and stray text', () => {
    const [item] = parseAwesomeList('+ (MVTec AD)Title here [[CVPR 2019]](https://a.org/p)) [[data]](https://a.org/d) [single 2017](https://a.org/s) [2022]').listings;
    expect(item).toMatchObject({
      prefix: 'MVTec AD',
      title: 'Title here',
      links: [
        { label: 'CVPR 2019', url: 'https://a.org/p', single: false },
        { label: 'data', url: 'https://a.org/d', single: false },
        { label: 'single 2017', url: 'https://a.org/s', single: true },
      ],
      bareLabels: ['2022'],
      stray: [')'],
    });
  });

  it('reads numbered items and drops bold or code styling from titles', () => {
    const parsed = parseAwesomeList(['1. **Bold Title** [[CVPR 2023]](https://a.org/1)', '12) `Code` Title [[2022]](https://a.org/2)'].join('\n'));
    expect(parsed.listings.map((l) => [l.line, l.title])).toEqual([[1, 'Bold Title'], [2, 'Code Title']]);
  });
});

describe('headingResolver', () => {
  const resolve = headingResolver(readCategories(path.resolve('data')));
  const category = (text: string) => {
    const role = resolve(text);
    return role?.kind === 'category' ? role.id : role?.kind;
  };

  it.each([
    ['### 2.1.1 Teacher-Student', 'teacher-student'],
    ['### 2.1.2 One-Class Classification (OCC)', 'one-class-classification'],
    ['### 2.1.4 Memory Bank', 'memory-bank'],
    ['### 7.4.2 Memory Bank', 'memory-bank'],
    ['### 2.2.2 Generative Adversarial Networks (GANs)', 'gan'],
    ['### Zero-Shot AD', 'zero-shot'],
    ['## More Normal samples With (Less Abnormal Samples or Weak Labels)', 'semi-supervised'],
    ['## More Abnormal Samples', 'fully-supervised'],
    ['# Related Survey, Benchmark and Framework', 'surveys'],
    ['## 3.6 Uniform AD', 'multi-class'],
    ['## 3.3 Anomaly Synthetic', 'anomaly-synthesis'],
    // Our own category names, as a README rendered from the catalog writes them.
    ['## Teacher–Student', 'teacher-student'],
    ['## Unified (Multi-Class) AD', 'multi-class'],
    ['## Few Abnormal Samples or Weak Labels', 'semi-supervised'],
    ['# SOTA methods with code', 'featured'],
    ['# Recent research', 'view'],
    ['# Topics', 'topics'],
    ['# 4 Dataset', 'datasets'],
    ['# Paper Tree (Classification of representative methods)', 'not-a-list'],
    ['## BibTex Citation', 'not-a-list'],
    ['## 9 Medical AD', undefined],
  ])('%s → %s', (heading, expected) => {
    expect(category(heading.replace(/^#+\s*/, ''))).toBe(expected);
  });
});
