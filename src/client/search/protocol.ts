/** Messages between the page and the search worker. */
import type { Range } from '../../lib/search/highlight.ts';
import type { SearchState } from '../../lib/search/query-state.ts';
import type { Suggestion } from '../../lib/search/engine.ts';
import type { SearchRecord } from '../../lib/search/search-index.ts';

export interface SearchRequest {
  /** Each search box is a channel; within one, only the newest request matters. */
  channel: string;
  id: number;
  state: SearchState;
  /** How many hits to send back; `total` still counts them all. */
  limit: number;
  /** Also send the ids of every paper hit, in rank order (for "Download these papers"). */
  ids?: true;
}

/** What a result shows. Plain data: the page renders it with textContent only. */
export interface ResultView {
  kind: SearchRecord['kind'];
  url: string;
  title: string;
  /** A paper's authors, shortened ("Karsten Roth, Latha Pemula, Joaquin Zepeda et al."); '' when unknown. */
  byline: string;
  /** An author's number of papers. */
  papers?: number;
  titleRanges: Range[];
  venue: string;
  year: number;
  categories: string[];
  code: boolean;
}

export interface SearchResponse {
  channel: string;
  id: number;
  total: number;
  /** How many of the hits are papers. */
  papers: number;
  /** With `ids` asked: every paper hit's id, best first. */
  paperIds?: string[];
  results: ResultView[];
  understood: { venue?: string; year?: number };
  suggestions: Suggestion[];
  nearest: ResultView[];
  /** Milliseconds the worker spent searching, for the benchmark's breakdown. */
  searchMs: number;
}

export type ToWorker = { type: 'init'; indexUrl: string } | { type: 'search'; request: SearchRequest };

export type WorkerMessage = { type: 'result'; response: SearchResponse } | { type: 'error'; message: string };
