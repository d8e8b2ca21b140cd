/**
 * The search page's state and its URL: /search/?q=…&category=…&venue=…&from=…&to=…&code=1.
 * People share and bookmark these URLs, so parsing is forgiving (unknown or
 * malformed parameters are dropped) and serialising is canonical (fixed key
 * order, empty values left out), which makes the two exact inverses.
 */
export interface SearchState {
  q: string;
  category: string;
  venue: string;
  from?: number;
  to?: number;
  code: boolean;
}

export const EMPTY_STATE: SearchState = { q: '', category: '', venue: '', code: false };

const year = (value: string | null): number | undefined => {
  if (value === null || !/^\d{4}$/.test(value.trim())) return undefined;
  return Number(value.trim());
};

export function parseState(search: string | URLSearchParams): SearchState {
  const params = typeof search === 'string' ? new URLSearchParams(search) : search;
  const state: SearchState = {
    q: (params.get('q') ?? '').replace(/\s+/g, ' ').trim(),
    category: (params.get('category') ?? '').trim(),
    venue: (params.get('venue') ?? '').trim(),
    code: params.get('code') === '1',
  };
  const from = year(params.get('from'));
  const to = year(params.get('to'));
  if (from !== undefined) state.from = from;
  if (to !== undefined) state.to = to;
  return state;
}

/** The query string without "?"; '' for the empty state. */
export function serializeState(state: SearchState): string {
  const params = new URLSearchParams();
  if (state.q) params.set('q', state.q);
  if (state.category) params.set('category', state.category);
  if (state.venue) params.set('venue', state.venue);
  if (state.from !== undefined) params.set('from', String(state.from));
  if (state.to !== undefined) params.set('to', String(state.to));
  if (state.code) params.set('code', '1');
  return params.toString();
}

export function hasFilters(state: SearchState): boolean {
  return Boolean(state.category || state.venue || state.code || state.from !== undefined || state.to !== undefined);
}

export function sameState(a: SearchState, b: SearchState): boolean {
  return serializeState(a) === serializeState(b);
}
