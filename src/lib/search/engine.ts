/**
 * The search engine shared by the browser (inside a Web Worker) and the
 * tests: typo-tolerant word matching (word-index.ts, fuse.js over the
 * catalog's vocabulary) wrapped with query parsing (venue/year words become
 * filters), name-aware tiers (rank.ts) and the page's filters (filters.ts).
 * The reasoning behind the options is in README.md; the ranking is pinned by
 * tests/unit/search-ranking.test.ts.
 */
import { matchesFilters, type Filters } from './filters.ts';
import type { Range } from './highlight.ts';
import type { SearchState } from './query-state.ts';
import { hasFilters } from './query-state.ts';
import { NameIndex } from './name-index.ts';
import { TIER, allowedTypos, papersTierOf, parseQuery, partsOfName, prepare, rankKeys, tierOf, words, type RankKeys } from './rank.ts';
import type { SearchRecord } from './search-index.ts';
import { tokenize } from './tokens.ts';
import { LOOSE, STRICT, WordIndex } from './word-index.ts';
import { pushTo } from '../catalog/group.ts';

/** A printed name as one compact word, so a person's spellings find the papers printing them. */
const printedKey = (name: string) => partsOfName(name).join('');

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


export class SearchEngine {
  private readonly index: WordIndex;
  private readonly keys: RankKeys[];
  private readonly names: NameIndex;
  /** People's surnames, for a surname typed alone with a typo (see `match`). */
  private readonly surnames: NameIndex;
  /** Each record's place when sorted newest first, then by title: ties are frequent and localeCompare is slow. */
  private readonly newest: Int32Array;
  private readonly byNewest = (a: Hit, b: Hit) => this.newest[a.ref] - this.newest[b.ref];
  /** Two papers of one name ("UniAD" and a later "Uniad", two patchcore-… repositories): the featured one first. */
  private readonly featuredFirst = (a: Hit, b: Hit) => (a.tier < TIER.phrase ? Number(this.records[b.ref].featured ?? false) - Number(this.records[a.ref].featured ?? false) : 0);
  private readonly venues = new Map<string, string>();
  /** Author record → the papers printing one of its spellings. */
  private readonly papersOf = new Map<number, number[]>();

  constructor(readonly records: readonly SearchRecord[]) {
    this.index = new WordIndex(records);
    this.keys = records.map(rankKeys);
    this.names = new NameIndex(this.keys.map((keys) => keys.compactNames));
    this.surnames = new NameIndex(this.keys.map((keys) => (keys.person ? keys.surnames : [])));
    this.newest = new Int32Array(records.length);
    records
      .map((_, ref) => ref)
      .sort((a, b) => records[b].year - records[a].year || records[a].title.localeCompare(records[b].title))
      .forEach((ref, place) => (this.newest[ref] = place));
    const byPrinted = new Map<string, number[]>();
    records.forEach((record, ref) => {
      for (const name of new Set(record.authors.map(printedKey))) pushTo(byPrinted, name, ref);
    });
    records.forEach((record, ref) => {
      if (record.kind === 'author') this.papersOf.set(ref, [...new Set(record.names.flatMap((name) => byPrinted.get(printedKey(name)) ?? []))]);
    });
    for (const record of records) {
      if (!record.venue) continue;
      for (const spelling of [record.venue, ...record.venueNames]) this.venues.set(words(spelling), record.venue);
    }
  }

  /** Distinct words the engine matches against (for the benchmark). */
  get vocabulary(): readonly string[] {
    return this.index.vocabulary;
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
    let parsed = parseQuery(state.q, this.venues);
    // A query that is only a venue spelling and also some entry's name ("VAND", a workshop and a CVPRW alias) is that name.
    const compactQuery = prepare(state.q).compact;
    if (parsed.venue && parsed.year === undefined && !parsed.text && this.keys.some((keys) => keys.compactNames.includes(compactQuery))) parsed = { text: words(state.q) };
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
      return hits.sort(this.byNewest);
    }
    const query = prepare(words(typed) === text ? typed : text);
    const hits: Hit[] = [];
    for (const [ref, match] of searchWords(this.index, text, STRICT, true)) {
      if (matchesFilters(this.records[ref], filters)) hits.push({ ref, tier: tierOf(this.keys[ref], query), ...match });
    }
    // Bitap counts a swap of two letters as two typos; people type method
    // names that way ("pathcroe"), so names within the allowed edit distance
    // are found even when fuzzy matching gives up on them.
    if (query.compact.length >= 5) {
      const found = new Set(hits.map((hit) => hit.ref));
      for (const ref of this.names.near(query.compact, allowedTypos(query.compact.length))) {
        if (found.has(ref) || !matchesFilters(this.records[ref], filters)) continue;
        const tier = tierOf(this.keys[ref], query);
        if (tier < TIER.fuzzy) hits.push({ ref, tier, score: 1, titleRanges: [] });
      }
    }
    // A surname typed alone with a typo ("skocja", "zavrtanic") matches no word
    // and no name. Only then are people with a surname that close offered:
    // earlier, one typo would make "flows" somebody Flores.
    if (!hits.length && query.compact.length >= 5 && !query.raw.includes(' ')) {
      for (const ref of this.surnames.near(query.compact, allowedTypos(query.compact.length))) {
        if (matchesFilters(this.records[ref], filters)) hits.push({ ref, tier: TIER.nameTypo, score: 1, titleRanges: [] });
      }
    }
    this.withPapersOfPeople(hits, filters);
    return hits.sort((a, b) => a.tier - b.tier || this.featuredFirst(a, b) || a.score - b.score || this.byNewest(a, b));
  }

  /**
   * A person found by name brings their papers right after them, even when
   * the words alone missed them ("yunkang coa", "guansong pnag": a typo in a
   * short surname is past what word matching forgives).
   */
  private withPapersOfPeople(hits: Hit[], filters: Filters) {
    const people = hits.filter((hit) => hit.tier < TIER.fuzzy && this.papersOf.has(hit.ref));
    if (!people.length) return;
    const byRef = new Map(hits.map((hit) => [hit.ref, hit]));
    for (const person of people) {
      const tier = papersTierOf(person.tier);
      for (const ref of this.papersOf.get(person.ref)!) {
        const hit = byRef.get(ref);
        if (hit) hit.tier = Math.min(hit.tier, tier);
        else if (matchesFilters(this.records[ref], filters)) {
          const added = { ref, tier, score: 1, titleRanges: [] };
          hits.push(added);
          byRef.set(ref, added);
        }
      }
    }
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
    return [...searchWords(this.index, text, LOOSE, false)]
      .map(([ref, match]) => ({ ref, tier: TIER.fuzzy, ...match }))
      .sort((a, b) => a.score - b.score || this.byNewest(a, b))
      .slice(0, limit);
  }
}

/**
 * Each word of the query is matched on its own, so words may match in
 * different fields ("zero shot clip": category aliases and title). With
 * `every`, a record must match all words (adding a word narrows). Rare words
 * weigh more (the IDF of BM25): "anomaly detection" barely moves ranks,
 * "distillation" does. Scores are 0 (perfect) to 1, like fuse.js's.
 */
function searchWords(index: WordIndex, text: string, threshold: number, every: boolean): Map<number, { score: number; titleRanges: Range[] }> {
  let queryWords = [...new Set(tokenize(text).map((token) => token.text))];
  // A one-letter word ("A Unified…") says nothing next to longer ones.
  if (queryWords.some((word) => word.length > 1)) queryWords = queryWords.filter((word) => word.length > 1);
  const size = index.records.length;
  const found = new Map<number, { gain: number; count: number; titleRanges: Range[] }>();
  let total = 0;
  for (const word of queryWords) {
    const results = index.search(word, threshold);
    const weight = Math.log(1 + (size - results.size + 0.5) / (results.size + 0.5));
    total += weight;
    for (const [ref, result] of results) {
      const entry = found.get(ref) ?? { gain: 0, count: 0, titleRanges: [] };
      entry.gain += weight * (1 - result.score);
      entry.count += 1;
      entry.titleRanges.push(...result.titleRanges);
      found.set(ref, entry);
    }
  }
  const scored = new Map<number, { score: number; titleRanges: Range[] }>();
  for (const [ref, entry] of found) {
    if (every && entry.count < queryWords.length) continue;
    scored.set(ref, { score: total > 0 ? 1 - entry.gain / total : 1, titleRanges: entry.titleRanges });
  }
  return scored;
}
