import { describe, expect, it } from 'vitest';
import { serializeEntry } from '../../src/lib/catalog/write-entry.ts';

describe('serializeEntry', () => {
  it('writes fields in schema order, inside optional lists of objects too', () => {
    const text = serializeEntry('papers', {
      categories: ['memory-bank'],
      links: { code: 'https://github.com/x/y', paper: 'https://arxiv.org/abs/2106.08265' },
      also_published: [{ url: 'https://example.org/j', year: 2023, venue: 'TPAMI' }],
      year: 2022,
      title: 'A Paper',
      id: 'a-paper',
    });
    expect(text).toBe(
      [
        '# yaml-language-server: $schema=../schema/paper.schema.json',
        'id: a-paper',
        'title: A Paper',
        'year: 2022',
        'links:',
        '  paper: https://arxiv.org/abs/2106.08265',
        '  code: https://github.com/x/y',
        'also_published:',
        '  - venue: TPAMI',
        '    year: 2023',
        '    url: https://example.org/j',
        'categories:',
        '  - memory-bank',
        '',
      ].join('\n'),
    );
  });
});
