import { describe, expect, it } from 'vitest';
import { highlightSegments } from '../../src/lib/search/highlight.ts';

describe('highlight segments', () => {
  it('marks the matched ranges and keeps the text whole', () => {
    const text = 'Revisiting Reverse Distillation';
    const segments = highlightSegments(text, [[11, 17], [19, 30]]);
    expect(segments).toEqual([
      { text: 'Revisiting ', marked: false },
      { text: 'Reverse', marked: true },
      { text: ' ', marked: false },
      { text: 'Distillation', marked: true },
    ]);
    expect(segments.map((s) => s.text).join('')).toBe(text);
  });

  it('merges overlapping ranges, drops single letters and clamps to the text', () => {
    expect(highlightSegments('PatchCore', [[0, 4], [3, 8], [20, 30]])).toEqual([{ text: 'PatchCore', marked: true }]);
    expect(highlightSegments('abc', [[1, 1]])).toEqual([{ text: 'abc', marked: false }]);
    expect(highlightSegments('', [])).toEqual([{ text: '', marked: false }]);
  });

  it('returns a title written as HTML as plain text segments, never markup', () => {
    const title = '<img src=x onerror=alert(1)> Markup';
    const segments = highlightSegments(title, [[1, 3], [19, 23]]);
    expect(segments.map((s) => s.text).join('')).toBe(title);
    expect(segments.filter((s) => s.marked).map((s) => s.text)).toEqual(['img', 'alert']);
    for (const segment of segments) expect(Object.keys(segment).sort()).toEqual(['marked', 'text']);
  });
});
