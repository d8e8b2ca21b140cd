import { describe, expect, it } from 'vitest';
import { EMPTY_STATE, hasFilters, parseState, serializeState, type SearchState } from '../../src/lib/search/query-state.ts';

describe('search URL state', () => {
  const states: SearchState[] = [
    EMPTY_STATE,
    { ...EMPTY_STATE, q: 'patchcore' },
    { q: 'reverse distillation', category: 'teacher-student', venue: 'CVPR', from: 2021, to: 2023, code: true },
    { ...EMPTY_STATE, venue: 'ACM MM', from: 2022 },
    { ...EMPTY_STATE, q: 'a&b=c?d #e “quoted” ünïcode', to: 2019 },
  ];

  it('round-trips every state exactly', () => {
    for (const state of states) expect(parseState(serializeState(state))).toEqual(state);
  });

  it('writes canonical URLs that parse back to themselves', () => {
    const url = 'q=reverse+distillation&category=teacher-student&venue=CVPR&from=2021&to=2023&code=1';
    expect(serializeState(parseState(url))).toBe(url);
    expect(serializeState(parseState(`?${url}`))).toBe(url);
    expect(serializeState(EMPTY_STATE)).toBe('');
  });

  it('drops what it does not understand instead of failing', () => {
    expect(parseState('?q=%20%20two%20%20words%20&from=20x&to=99999&code=yes&utm_source=x')).toEqual({ ...EMPTY_STATE, q: 'two words' });
    expect(serializeState(parseState('code=1&q=x'))).toBe('q=x&code=1');
  });

  it('knows when filters are set', () => {
    expect(hasFilters(EMPTY_STATE)).toBe(false);
    expect(hasFilters({ ...EMPTY_STATE, q: 'x' })).toBe(false);
    expect(hasFilters({ ...EMPTY_STATE, from: 2020 })).toBe(true);
    expect(hasFilters({ ...EMPTY_STATE, code: true })).toBe(true);
  });
});
