import { describe, expect, it } from 'vitest';
import { LINK_LABELS, paperLinkList } from '../../src/lib/site/paper-links.ts';
import { PAPER_LINK_KINDS } from '../../src/lib/catalog/schema.ts';

describe('the links a paper page lists', () => {
  it('gives every link kind of the schema a label', () => {
    expect(Object.keys(LINK_LABELS)).toEqual(PAPER_LINK_KINDS);
  });

  it('lists the links a paper has in schema order, the paper first and primary, a PDF said to be one', () => {
    const links = paperLinkList({
      paper: 'https://example.org/paper.pdf',
      model: 'https://huggingface.co/x/m',
      code: 'https://github.com/x/c',
      video: 'https://example.org/talk',
      writeup: 'https://example.org/zh',
      demo: 'https://example.org/demo',
    });
    expect(links).toEqual([
      { label: 'Paper (PDF)', url: 'https://example.org/paper.pdf', primary: true },
      { label: 'Code', url: 'https://github.com/x/c', primary: false },
      { label: 'Video', url: 'https://example.org/talk', primary: false },
      { label: 'Write-up', url: 'https://example.org/zh', primary: false },
      { label: 'Demo', url: 'https://example.org/demo', primary: false },
      { label: 'Model weights', url: 'https://huggingface.co/x/m', primary: false },
    ]);
  });
});
