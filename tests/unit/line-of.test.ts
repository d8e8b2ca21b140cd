/** lineOf points contributors at the right line for every shape of YAML a data file uses. */
import { describe, expect, it } from 'vitest';
import yaml from 'js-yaml';
import { lineOf } from '../../src/lib/catalog/yaml-file.ts';

const doc = (...lines: string[]) => lines.join('\n');

describe('lineOf', () => {
  const paper = doc(
    '# yaml-language-server: $schema=../schema/paper.schema.json', // 1
    'id: patchcore', // 2
    'also_published:', // 3
    '  - venue: TPAMI', // 4
    '    year: 2024 # the journal version', // 5
    '    url: https://example.org/tpami', // 6
    '  -', // 7
    '    venue: CVPRW', // 8
    '    year: 2021', // 9
    'year: 2022', // 10
    'links:', // 11
    '  code: https://example.org/code', // 12
    '', // 13
    '  paper: https://example.org/paper', // 14
    'categories:', // 15
    '- memory-bank', // 16
    '  # a comment between items', // 17
    '- few-shot', // 18
    'datasets: [mvtec-ad, visa]', // 19
    'notes:', // 20
    '  - |', // 21
    '    year: text inside a block scalar', // 22
    '  - second note', // 23
    '"featured": true', // 24
  );

  it('is a document js-yaml reads', () => {
    expect(yaml.load(paper, { schema: yaml.CORE_SCHEMA })).toMatchObject({ year: 2022, categories: ['memory-bank', 'few-shot'] });
  });

  it('finds top-level keys, not nested keys of the same name', () => {
    expect(lineOf(paper, ['id'])).toBe(2);
    expect(lineOf(paper, ['year'])).toBe(10);
  });

  it('finds keys in nested maps, across blank lines', () => {
    expect(lineOf(paper, ['links', 'code'])).toBe(12);
    expect(lineOf(paper, ['links', 'paper'])).toBe(14);
  });

  it('finds items of a block list written at the key’s own indent, skipping comments', () => {
    expect(lineOf(paper, ['categories', 0])).toBe(16);
    expect(lineOf(paper, ['categories', 1])).toBe(18);
  });

  it('finds fields of maps in a list, whether the first field shares the dash line or not', () => {
    expect(lineOf(paper, ['also_published', 0, 'venue'])).toBe(4);
    expect(lineOf(paper, ['also_published', 0, 'year'])).toBe(5);
    expect(lineOf(paper, ['also_published', 0, 'url'])).toBe(6);
    expect(lineOf(paper, ['also_published', 1])).toBe(7);
    expect(lineOf(paper, ['also_published', 1, 'year'])).toBe(9);
  });

  it('reports items of a flow list at the line of the list', () => {
    expect(lineOf(paper, ['datasets', 1])).toBe(19);
  });

  it('does not look inside block scalars', () => {
    expect(lineOf(paper, ['notes', 0])).toBe(21);
    expect(lineOf(paper, ['notes', 1])).toBe(23);
  });

  it('finds quoted keys', () => {
    expect(lineOf(paper, ['featured'])).toBe(24);
  });

  it('falls back to the deepest part of the path it found', () => {
    expect(lineOf(paper, ['links', 'project'])).toBe(11);
    expect(lineOf(paper, ['categories', 5])).toBe(15);
    expect(lineOf(paper, ['also_published', 0, 'doi'])).toBe(4);
    expect(lineOf(paper, ['title'])).toBeUndefined();
  });

  it('finds fields of flow maps in an indented block list (the venue list)', () => {
    const venues = doc('venues:', '  # Conferences', '  - { name: CVPR, full: Computer Vision and Pattern Recognition, kind: conference }', '  - { name: NeurIPS, full: Neural Information Processing Systems, kind: conference }');
    expect(lineOf(venues, ['venues', 1])).toBe(4);
    expect(lineOf(venues, ['venues', 1, 'name'])).toBe(4);
  });

  it('handles Windows line endings and a byte-order mark', () => {
    expect(lineOf('\uFEFFid: a\r\ntitle: b\r\nyear: 2020\r\n', ['year'])).toBe(3);
  });

  it('handles nested lists inside list items', () => {
    const text = doc('papers:', '  - id: a', '    tags:', '      - x', '      - y', '  - id: b', '    tags: [z]');
    expect(lineOf(text, ['papers', 0, 'tags', 1])).toBe(5);
    expect(lineOf(text, ['papers', 1, 'tags', 0])).toBe(7);
    expect(lineOf(text, ['papers', 1, 'id'])).toBe(6);
  });
});
