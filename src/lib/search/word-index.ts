/**
 * Fuzzy matching of one query word against the catalog, through its
 * vocabulary: fuse.js scores the word against each distinct token (a few
 * thousand short strings) instead of every record's long fields, and
 * postings map the matching tokens back to records. Same answers as fuse.js
 * over whole fields with ignoreLocation (a word matches inside a token:
 * "distill" → "distillation"), at a fraction of the cost: over the seed's 205
 * records fuse.js scanned ~57,000 characters per word; the vocabulary is ~800
 * words (5,500 characters) and the letter-pair prefilter below leaves a few
 * dozen of them to score. Fuzzy scoring grows with the vocabulary, not the
 * record count, so 10,000 papers need no separate code path.
 */
// The basic build has no extended, logical or token search, which we do not
// use; its own minified file is ~0.7 KB gzip smaller than re-minifying it.
import Fuse, { type IFuseOptions } from 'fuse.js/min-basic';
import type { Range } from './highlight.ts';
import type { SearchRecord } from './search-index.ts';
import { pairsOf, tokenize, type Token } from './tokens.ts';
import { WordList, bigramsOf } from './word-list.ts';

/**
 * Where a word may match, and how much a match there counts. Names and
 * titles carry a paper's identity; datasets, categories (`topics`: names and
 * aliases with ancestors) and the rest (venue, its full name and aliases,
 * tags, repository owners) only help to tell papers apart. Authors weigh
 * between: a name found there ("roth") is who wrote the paper, but the tiers
 * (rank.ts), not this weight, put a person's papers above coincidences.
 */
export const KEYS = [
  { name: 'names', weight: 3, values: (record: SearchRecord) => record.names },
  { name: 'title', weight: 3, values: (record: SearchRecord) => [record.title] },
  { name: 'authors', weight: 2, values: (record: SearchRecord) => record.authors },
  { name: 'datasets', weight: 1.5, values: (record: SearchRecord) => record.datasets },
  { name: 'topics', weight: 1, values: (record: SearchRecord) => record.topics },
  { name: 'more', weight: 0.75, values: (record: SearchRecord) => [record.venue, ...record.venueNames, ...record.tags, ...record.owners] },
] as const;
const K = KEYS.length;
const TITLE = KEYS.findIndex((key) => key.name === 'title');
const AUTHORS = KEYS.findIndex((key) => key.name === 'authors');
const TOTAL_WEIGHT = KEYS.reduce((sum, key) => sum + key.weight, 0);
const WEIGHTS = KEYS.map((key) => key.weight / TOTAL_WEIGHT);

/**
 * threshold 0.3: with location ignored a word's score is typos ÷ length, so
 * up to three letters match exactly, four to six letters forgive one typo,
 * seven or more two. minMatchCharLength 2: no single scattered letters as
 * matches or highlights. ignoreLocation is cheap on tokens.
 */
export const STRICT = 0.3;
/** For the nearest titles when nothing matches: more typos. */
export const LOOSE = 0.6;
const fuseOptions = (threshold: number): IFuseOptions<string> => ({ threshold, ignoreLocation: true, minMatchCharLength: 2, includeScore: true, includeMatches: true });

/**
 * Words shorter than this are looked up as token prefixes ("3d", "rd", "pa"
 * as you type): under threshold 0.3 they must match exactly anyway, and a
 * prefix ranks "rd" → RD4AD above every word merely containing "rd".
 */
const PREFIX_BELOW = 3;
const PREFIX_SCORE = 0.1;
/** fuse.js's floor for an inexact match; 0 is kept for a field that is exactly the word. */
const INEXACT = 0.001;

export interface WordMatch {
  /** 0 (perfect) to 1, combined over the fields as fuse.js combines keys. */
  score: number;
  /** Matched ranges in the record's title, for highlighting. */
  titleRanges: Range[];
}

interface TitleToken {
  id: number;
  start: number;
  end: number;
  /** The normalised token has the original's length, so match offsets carry over. */
  aligned: boolean;
}

export class WordIndex {
  /** Distinct tokens (and neighbour pairs) of every searchable field. */
  readonly vocabulary: string[] = [];
  private readonly ids = new Map<string, number>();
  /** Token id → records and keys holding it, packed as ref * K + key. */
  private readonly postings: number[][] = [];
  /** ref * K + key → fuse.js's field-length norm (1 / √tokens): a match in a short field counts more. */
  private readonly norms: Float64Array;
  private readonly titles: TitleToken[][] = [];
  /** Single tokens, for prefix and letter-pair lookups; `ids` maps list positions to token ids. */
  private readonly singles: { list: WordList; ids: number[] };
  /**
   * Neighbour pairs written as one word ("zeroshot"), with the length of
   * their first token. They match only a query word that starts them and runs
   * past the first token: as fuzzy tokens they would let "gan" match
   * "training an…".
   */
  private readonly compounds: { list: WordList; ids: number[]; first: number[] };
  private readonly cache = new Map<string, Map<number, WordMatch>>();
  /** Author records, whose every field is a person's name. */
  private readonly people: Uint8Array;

  constructor(readonly records: readonly SearchRecord[]) {
    this.people = Uint8Array.from(records, (record) => Number(record.kind === 'author'));
    this.norms = new Float64Array(records.length * K);
    const singles = new Set<number>();
    const firsts = new Map<number, number>();
    // Many records share a value (category names, venues), so each distinct value is read once.
    const read = new Map<string, { count: number; ids: number[]; spans: Token[] }>();
    // A paper's author names are read without neighbour pairs: "yunkangcao" as one word is the author record's
    // (its names have them), and 1,600 names' pairs would double the vocabulary and the start-up.
    const readNames = new Map<string, { count: number; ids: number[]; spans: Token[] }>();
    const readValue = (value: string, pairsToo: boolean) => {
      const cache = pairsToo ? read : readNames;
      let known = cache.get(value);
      if (!known) {
        const tokens = tokenize(value);
        const pairs = pairsToo ? pairsOf(tokens) : [];
        for (const token of tokens) singles.add(this.idOf(token.text));
        pairs.forEach((pair, i) => {
          const id = this.idOf(pair.text);
          firsts.set(id, Math.min(firsts.get(id) ?? Infinity, tokens[i].text.length));
        });
        const spans = [...tokens, ...pairs];
        known = { count: tokens.length, ids: [...new Set(spans.map((span) => this.idOf(span.text)))], spans };
        cache.set(value, known);
      }
      return known;
    };
    records.forEach((record, ref) => {
      KEYS.forEach((key, k) => {
        const held = new Set<number>();
        let count = 0;
        for (const value of key.values(record)) {
          const { ids, spans, count: tokens } = readValue(value, k !== AUTHORS);
          count += tokens;
          for (const id of ids) held.add(id);
          if (k === TITLE) this.titles[ref] = spans.map((span) => this.titleToken(span));
        }
        for (const id of held) this.postings[id].push(ref * K + k);
        this.norms[ref * K + k] = Math.round(1000 / Math.sqrt(Math.max(1, count))) / 1000;
      });
    });
    this.singles = this.listOf(singles);
    const compounds = this.listOf(firsts.keys());
    this.compounds = { ...compounds, first: compounds.ids.map((id) => firsts.get(id) ?? 0) };
  }

  private listOf(ids: Iterable<number>): { list: WordList; ids: number[] } {
    const list = new WordList([...ids].map((id) => this.vocabulary[id]));
    return { list, ids: list.words.map((word) => this.idOf(word)) };
  }

  private idOf(text: string): number {
    let id = this.ids.get(text);
    if (id === undefined) {
      id = this.vocabulary.push(text) - 1;
      this.ids.set(text, id);
      this.postings.push([]);
    }
    return id;
  }

  private titleToken(token: Token): TitleToken {
    const id = this.idOf(token.text);
    return { id, start: token.start, end: token.end, aligned: token.end - token.start === token.text.length };
  }

  /** Records matching one normalised word (see tokens.ts), best first is up to the caller. Cached. */
  search(word: string, threshold = STRICT): Map<number, WordMatch> {
    const cacheKey = `${threshold} ${word}`;
    let found = this.cache.get(cacheKey);
    if (!found) {
      const matched = word.length < PREFIX_BELOW ? this.prefixed(word) : this.fuzzy(word, threshold);
      for (const at of this.compounds.list.startingWith(word)) {
        const id = this.compounds.ids[at];
        if (word.length > this.compounds.first[at] && !matched.has(id)) matched.set(id, { score: this.vocabulary[id] === word ? 0 : INEXACT, indices: [] });
      }
      found = this.collect(matched, word);
      if (this.cache.size >= 64) this.cache.clear();
      this.cache.set(cacheKey, found);
    }
    return found;
  }

  /** Tokens starting with the word; an exact token scores best. */
  private prefixed(word: string): Map<number, { score: number; indices: readonly Range[] }> {
    const matched = new Map<number, { score: number; indices: readonly Range[] }>();
    for (const at of this.singles.list.startingWith(word)) {
      const id = this.singles.ids[at];
      matched.set(id, { score: this.vocabulary[id] === word ? 0 : PREFIX_SCORE, indices: word.length >= 2 ? [[0, word.length - 1]] : [] });
    }
    return matched;
  }

  /**
   * fuse.js over the tokens that can match. A word within k typos of a token
   * keeps at least (its distinct letter pairs − 2k) of its letter pairs there
   * (each typo breaks at most two), so tokens sharing fewer are skipped before
   * Bitap runs: the same matches, found several times faster.
   */
  private fuzzy(word: string, threshold: number): Map<number, { score: number; indices: readonly Range[] }> {
    const wordGrams = bigramsOf(word);
    // A loose search (nearest titles) allows so many typos that the bound
    // says nothing; it asks for half the pairs instead, or every common
    // pair ("te", "on") would send most of the vocabulary to Bitap.
    const bound = wordGrams.size - 2 * Math.floor(threshold * word.length + 1e-9);
    const need = threshold > STRICT ? Math.max(1, Math.ceil(wordGrams.size / 2)) : Math.max(1, bound);
    const candidates = this.singles.list.sharing(wordGrams, need).map((at) => this.singles.ids[at]);
    const matched = new Map<number, { score: number; indices: readonly Range[] }>();
    const fuse = new Fuse(
      candidates.map((id) => this.vocabulary[id]),
      fuseOptions(threshold),
    );
    for (const result of fuse.search(word)) {
      matched.set(candidates[result.refIndex], { score: result.score ?? 1, indices: result.matches?.[0]?.indices ?? [] });
    }
    return matched;
  }

  /**
   * From matching tokens to records, scoring each record as fuse.js scores keys: Π score^(weight × norm).
   * People's names match only where a name starts with the word ("cao", "yunk"): one typo
   * away, "bank" is "Park" and "roth" is "Rohban". Typos in a full name are the name tiers' job (engine.ts).
   */
  private collect(matched: Map<number, { score: number; indices: readonly Range[] }>, word: string): Map<number, WordMatch> {
    const best = new Map<number, Float64Array>();
    for (const [id, { score }] of matched) {
      const prefix = this.vocabulary[id].startsWith(word);
      for (const packed of this.postings[id]) {
        const ref = Math.floor(packed / K);
        const key = packed % K;
        if (!prefix && (key === AUTHORS || this.people[ref])) continue;
        let scores = best.get(ref);
        if (!scores) best.set(ref, (scores = new Float64Array(K).fill(2)));
        if (score < scores[key]) scores[key] = score;
      }
    }
    const found = new Map<number, WordMatch>();
    for (const [ref, scores] of best) {
      let total = 1;
      for (let key = 0; key < K; key++) {
        if (scores[key] > 1) continue;
        const norm = this.norms[ref * K + key];
        // fuse.js gives 0 only when the whole field is the word.
        const score = scores[key] === 0 ? (norm < 1 ? INEXACT : Number.EPSILON) : Math.max(INEXACT, scores[key]);
        total *= Math.pow(score, WEIGHTS[key] * norm);
      }
      found.set(ref, { score: total, titleRanges: scores[TITLE] <= 1 ? this.titleRanges(ref, matched) : [] });
    }
    return found;
  }

  private titleRanges(ref: number, matched: Map<number, { indices: readonly Range[] }>): Range[] {
    const ranges: Range[] = [];
    for (const token of this.titles[ref] ?? []) {
      const match = matched.get(token.id);
      if (!match) continue;
      if (!token.aligned) ranges.push([token.start, token.end - 1]);
      else for (const [start, end] of match.indices) ranges.push([token.start + start, token.start + end]);
    }
    return ranges;
  }
}
