/**
 * The search engine shared by the browser (inside a Web Worker) and the
 * tests: fuse.js for typo-tolerant matching, wrapped with query parsing
 * (venue/year words become filters), name-aware tiers (rank.ts) and the
 * page's filters (filters.ts).
 *
 * Why these fuse.js options (tuned against tests/unit/search-ranking.test.ts;
 * the reasoning is in README.md):
 * - Each query word is searched on its own (searchWords), every word must
 *   match in some field, rare words weigh more.
 * - ignoreLocation: method names sit anywhere in a title ("…via Reverse
 *   Distillation…"). It makes Bitap scan whole fields, which is why list
 *   fields are joined into one string per key (toDoc).
 * - threshold 0.3: a word's score is typos / length, so up to three letters
 *   match exactly ("clp" would match half the catalog), four to six letters
 *   forgive one typo, seven or more two.
 * - minMatchCharLength 2: no single scattered letters as matches or highlights.
 * - Weights: names and titles carry the identity of a paper; datasets,
 *   categories and venues only help to tell them apart.
 */
// The basic build (no extended, logical or token search) is 2 KB smaller gzipped.
import Fuse, { type FuseIndex, type FuseResult, type IFuseOptions } from 'fuse.js/basic';
import { matchesFilters, type Filters } from './filters.ts';
import type { Range } from './highlight.ts';
import type { SearchState } from './query-state.ts';
import { hasFilters } from './query-state.ts';
import { TIER, compact, parseQuery, prepare, rankKeys, tierOf, words, type RankKeys } from './rank.ts';
import type { SearchRecord } from './search-index.ts';

export const FUSE_KEYS = [
  { name: 'names', weight: 3 },
  { name: 'title', weight: 3 },
  { name: 'datasets', weight: 1.5 },
  { name: 'topics', weight: 1 },
  { name: 'more', weight: 0.75 },
] as const;

/**
 * What fuse.js scans: each list field joined into one string. Words are
 * matched anywhere in a field, so nothing is lost, and a record costs five
 * Bitap runs per query word instead of one per list item (categories alone
 * carry a dozen names and aliases) — 3–4× faster.
 */
export type SearchDoc = { [K in (typeof FUSE_KEYS)[number]['name']]: string };

export function toDoc(record: SearchRecord): SearchDoc {
  return {
    names: record.names.join(' · '),
    title: record.title,
    datasets: record.datasets.join(' · '),
    topics: record.topics.join(' · '),
    // Venue, tags and repository owners rarely decide a search on their own.
    more: [record.venue, ...record.venueNames, ...record.tags, ...record.owners].join(' · '),
  };
}

export const FUSE_OPTIONS: IFuseOptions<SearchDoc> = {
  keys: FUSE_KEYS.map((key) => ({ ...key })),
  ignoreLocation: true,
  threshold: 0.3,
  minMatchCharLength: 2,
  includeScore: true,
  includeMatches: true,
  ignoreDiacritics: true,
};

export interface Hit {
  /** Position of the record in the index. */
  ref: number;
  tier: number;
  score: number;
  /** Matched ranges in the title, for highlighting. */
  titleRanges: Range[];
}

export interface Suggestion {
  /** What to change, in words: "without filters", "without “foo”". */
  label: string;
  state: SearchState;
  count: number;
}

export interface SearchOutcome {
  hits: Hit[];
  /** Venue and year read from the query ("cvpr 2023"), shown to the user. */
  understood: { venue?: string; year?: number };
  /** When there are no hits: looser searches that do find something. */
  suggestions: Suggestion[];
  /** When there are no hits: the titles closest to the query. */
  nearest: Hit[];
}

/**
 * From this many records on, fuzzy scoring runs only on candidates that share
 * a three-letter word prefix with every query word (fuse.js is a linear scan:
 * about a second per keystroke at 10,000 records), and shorter words are
 * answered from the prefix index alone. Below it — the seed catalog
 * and anything near it — every record is scored and typos in the first three
 * letters are forgiven too.
 */
export const PREFILTER_MIN_RECORDS = 2000;
const PREFIX = 3;

const byNewest = (records: readonly SearchRecord[]) => (a: Hit, b: Hit) =>
  records[b.ref].year - records[a.ref].year || records[a.ref].title.localeCompare(records[b.ref].title);

export class SearchEngine {
  private readonly docs: SearchDoc[];
  private readonly keys: RankKeys[];
  private readonly searcher: WordSearcher;
  private loose?: WordSearcher;
  private readonly venues = new Map<string, string>();
  /** Two- and three-letter word prefixes → records having such a word; only for large catalogs. */
  private readonly prefixes?: Map<string, number[]>;
  private subset?: { key: string; refs: number[]; searcher: WordSearcher };

  constructor(
    readonly records: readonly SearchRecord[],
    index?: FuseIndex<SearchDoc>,
  ) {
    this.docs = records.map(toDoc);
    this.keys = records.map(rankKeys);
    this.searcher = new WordSearcher(this.docs, FUSE_OPTIONS, index);
    if (records.length >= PREFILTER_MIN_RECORDS) this.prefixes = prefixIndex(this.docs);
    for (const record of records) {
      if (!record.venue) continue;
      for (const spelling of [record.venue, ...record.venueNames]) this.venues.set(spelling.toLowerCase().replace(/[^a-z0-9]+/g, ' ').trim(), record.venue);
    }
  }

  /** Every hit for the state, best first. An empty query lists the filtered records, newest first. */
  search(state: SearchState): SearchOutcome {
    const { hits, parsed } = this.run(state);
    const outcome: SearchOutcome = { hits, understood: { venue: parsed.venue, year: parsed.year }, suggestions: [], nearest: [] };
    if (hits.length === 0 && (state.q || hasFilters(state))) {
      outcome.suggestions = this.looser(state);
      outcome.nearest = this.nearest(parsed.text || state.q);
    }
    return outcome;
  }

  private run(state: SearchState) {
    const parsed = parseQuery(state.q, this.venues);
    const filters: Filters = { ...state };
    if (parsed.venue && !state.venue) filters.venue = parsed.venue;
    if (parsed.year !== undefined) {
      filters.from = Math.max(state.from ?? parsed.year, parsed.year);
      filters.to = Math.min(state.to ?? parsed.year, parsed.year);
    }
    return { parsed, hits: this.match(parsed.text, filters, state.q) };
  }

  /** `typed` is the query as typed, for exact spellings such as "RD++" that `text` (letters and digits) has lost. */
  private match(text: string, filters: Filters, typed = text): Hit[] {
    if (!text) {
      const hits = this.records.flatMap((record, ref) => (matchesFilters(record, filters) ? [{ ref, tier: TIER.fuzzy, score: 1, titleRanges: [] }] : []));
      return hits.sort(byNewest(this.records));
    }
    const query = prepare(words(typed) === text ? typed : text);
    const hits: Hit[] = [];
    // A one-letter word ("A Unified…") can never match under
    // minMatchCharLength 2, and every word has to match.
    const fuzzy = text.split(' ').filter((word) => compact(word).length >= 2).join(' ') || text;
    const { searcher, refs } = this.scope(fuzzy);
    if (!searcher) {
      for (const ref of refs ?? []) {
        if (matchesFilters(this.records[ref], filters)) hits.push({ ref, tier: tierOf(this.keys[ref], query), score: 1, titleRanges: [] });
      }
    }
    for (const [index, match] of searcher ? searchWords(searcher, fuzzy, true) : []) {
      const ref = refs ? refs[index] : index;
      const record = this.records[ref];
      if (matchesFilters(record, filters)) hits.push({ ref, tier: tierOf(this.keys[ref], query), ...match });
    }
    // Bitap counts a swap of two letters as two typos; people type method
    // names that way ("pathcroe"), so names within the allowed edit distance
    // are found even when fuse.js gives up on them.
    if (query.compact.length >= 5) {
      const found = new Set(hits.map((hit) => hit.ref));
      for (const ref of refs ?? this.records.keys()) {
        const record = this.records[ref];
        if (found.has(ref) || !matchesFilters(record, filters)) continue;
        const tier = tierOf(this.keys[ref], query);
        if (tier < TIER.phrase) hits.push({ ref, tier, score: 1, titleRanges: [] });
      }
    }
    return hits.sort((a, b) => a.tier - b.tier || a.score - b.score || byNewest(this.records)(a, b));
  }

  /**
   * What to score with: all records, or for a large catalog a (cached)
   * searcher over the prefix candidates, with their positions.
   */
  private scope(text: string): { searcher?: WordSearcher; refs?: number[] } {
    if (!this.prefixes) return { searcher: this.searcher };
    const keys = [...new Set(words(text).split(' ').map((word) => word.slice(0, PREFIX)))].sort();
    const key = keys.join(' ');
    if (this.subset?.key === key) return this.subset;
    let refs = this.prefixes.get(keys[0]) ?? [];
    for (const other of keys.slice(1)) {
      const allowed = new Set(this.prefixes.get(other) ?? []);
      refs = refs.filter((ref) => allowed.has(ref));
    }
    // Words under three letters must match exactly anyway (threshold 0.3), so
    // their prefix candidates are the answer; no fuzzy scoring needed.
    if (keys.every((prefix) => prefix.length < PREFIX)) return { refs };
    // Re-indexing costs about as much as scanning when few records drop out.
    if (refs.length > this.records.length / 4) return { searcher: this.searcher };
    this.subset = { key, refs, searcher: new WordSearcher(refs.map((ref) => this.docs[ref]), FUSE_OPTIONS) };
    return this.subset;
  }

  /** Searches that drop a filter or a word, when they find something. */
  private looser(state: SearchState): Suggestion[] {
    const candidates: Omit<Suggestion, 'count'>[] = [];
    if (hasFilters(state)) candidates.push({ label: 'without filters', state: { q: state.q, category: '', venue: '', code: false } });
    const queryWords = state.q.split(' ').filter(Boolean);
    if (queryWords.length > 1) {
      queryWords.forEach((word, i) => {
        candidates.push({ label: `without “${word}”`, state: { ...state, q: queryWords.filter((_, j) => j !== i).join(' ') } });
      });
    }
    return candidates
      .map((candidate) => ({ ...candidate, count: this.run(candidate.state).hits.length }))
      .filter((candidate) => candidate.count > 0)
      .sort((a, b) => b.count - a.count)
      .slice(0, 3);
  }

  /** Titles closest to the text under a much looser matcher: any word, more typos. */
  nearest(text: string, limit = 5): Hit[] {
    if (!text.trim()) return [];
    this.loose ??= new WordSearcher(this.docs, { ...FUSE_OPTIONS, threshold: 0.6, includeMatches: false });
    return [...searchWords(this.loose, text, false)]
      .map(([ref, match]) => ({ ref, tier: TIER.fuzzy, ...match }))
      .sort((a, b) => a.score - b.score)
      .slice(0, limit);
  }
}

const bigramsOf = (text: string) => {
  const grams = new Set<string>();
  for (let i = 0; i + 1 < text.length; i++) grams.add(text.slice(i, i + 2));
  return grams;
};

/**
 * fuse.js for one word at a time, over fewer records. A word within k typos
 * of some text keeps at least (its distinct letter pairs − 2k) of its letter
 * pairs there (each typo breaks at most two), so records lacking that many
 * cannot match and are skipped before Bitap runs — the same results, several
 * times faster. Results of recent words are kept: typing "reverse
 * distillation" would otherwise search "reverse" again on every keystroke.
 */
export class WordSearcher {
  private readonly fuse: Fuse<SearchDoc>;
  private readonly grams: Set<string>[];
  private readonly cache = new Map<string, FuseResult<SearchDoc>[]>();

  constructor(
    private readonly docs: readonly SearchDoc[],
    private readonly options: IFuseOptions<SearchDoc>,
    index?: FuseIndex<SearchDoc>,
  ) {
    this.fuse = new Fuse(docs, options, index);
    this.grams = docs.map((doc) => bigramsOf(Object.values(doc).join(' ').toLowerCase()));
  }

  get size(): number {
    return this.docs.length;
  }

  search(word: string): FuseResult<SearchDoc>[] {
    let results = this.cache.get(word);
    if (results) return results;
    const wordGrams = [...bigramsOf(word.toLowerCase())];
    const need = wordGrams.length - 2 * Math.floor((this.options.threshold ?? 0.6) * word.length + 1e-9);
    const refs: number[] = [];
    if (need > 0) this.grams.forEach((grams, ref) => wordGrams.filter((gram) => grams.has(gram)).length >= need && refs.push(ref));
    if (need <= 0 || refs.length > this.docs.length / 2) results = this.fuse.search(word);
    else results = new Fuse(refs.map((ref) => this.docs[ref]), this.options).search(word).map((result) => ({ ...result, refIndex: refs[result.refIndex] }));
    if (this.cache.size >= 32) this.cache.clear();
    this.cache.set(word, results);
    return results;
  }
}

/**
 * Each word of the query is its own fuse.js search, so words may match in
 * different fields ("zero shot clip": category aliases and title) and a long
 * query never hits Bitap's 32-character limit. With `every`, a record must
 * match all words (adding a word narrows). Rare words weigh more (the IDF of
 * BM25): "anomaly detection" barely moves ranks, "distillation" does.
 * Scores are 0 (perfect) to 1, like fuse.js's.
 */
function searchWords(searcher: WordSearcher, text: string, every: boolean): Map<number, { score: number; titleRanges: Range[] }> {
  const queryWords = [...new Set(text.split(' ').filter(Boolean))];
  const size = searcher.size;
  const found = new Map<number, { gain: number; count: number; titleRanges: Range[] }>();
  let total = 0;
  for (const word of queryWords) {
    const results = searcher.search(word);
    const weight = Math.log(1 + (size - results.length + 0.5) / (results.length + 0.5));
    total += weight;
    for (const result of results) {
      const entry = found.get(result.refIndex) ?? { gain: 0, count: 0, titleRanges: [] };
      entry.gain += weight * (1 - (result.score ?? 1));
      entry.count += 1;
      for (const match of result.matches ?? []) if (match.key === 'title') entry.titleRanges.push(...match.indices);
      found.set(result.refIndex, entry);
    }
  }
  const scored = new Map<number, { score: number; titleRanges: Range[] }>();
  for (const [ref, entry] of found) {
    if (every && entry.count < queryWords.length) continue;
    scored.set(ref, { score: total > 0 ? 1 - entry.gain / total : 1, titleRanges: entry.titleRanges });
  }
  return scored;
}

function prefixIndex(docs: readonly SearchDoc[]): Map<string, number[]> {
  const index = new Map<string, number[]>();
  docs.forEach((doc, ref) => {
    const text = Object.values(doc).join(' ');
    const tokens = new Set([...words(text).split(' '), ...doc.names.split(' · ').map(compact)]);
    const seen = new Set<string>();
    for (const token of tokens) {
      for (const prefix of [token.slice(0, PREFIX - 1), token.slice(0, PREFIX)]) {
        if (!prefix || seen.has(prefix)) continue;
        seen.add(prefix);
        const list = index.get(prefix);
        if (list) list.push(ref);
        else index.set(prefix, [ref]);
      }
    }
  });
  return index;
}
