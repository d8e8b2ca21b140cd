/**
 * What fuse.js does not know about this catalog: how people type method
 * names and venues. Pure functions over strings, used by engine.ts before
 * (query parsing) and after (tiering) fuzzy scoring.
 */
import type { SearchRecord } from './search-index.ts';
import { tokenize } from './tokens.ts';

const joined = (text: string, separator: string) =>
  tokenize(text)
    .map((token) => token.text)
    .join(separator);

/** Lowercase letters and digits only: "Cflow-AD" → "cflowad", "RD4AD" → "rd4ad". */
export const compact = (text: string): string => joined(text, '');

/** Words separated by single spaces, punctuation and accents dropped: "Zero-/Few-Shot" → "zero few shot". */
export const words = (text: string): string => joined(text, ' ');

/** Optimal-string-alignment distance, giving up (returning max + 1) once it exceeds `max`. */
export function editDistance(a: string, b: string, max: number): number {
  if (Math.abs(a.length - b.length) > max) return max + 1;
  let before = new Array<number>(b.length + 1).fill(0);
  let previous = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const current = [i];
    let rowMin = i;
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let value = Math.min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) value = Math.min(value, before[j - 2] + 1);
      current.push(value);
      rowMin = Math.min(rowMin, value);
    }
    if (rowMin > max) return max + 1;
    before = previous;
    previous = current;
  }
  return previous[b.length];
}

/** Typos forgiven in a method name: none below 5 letters, one up to 7, two from 8. */
export function allowedTypos(length: number): number {
  return length < 5 ? 0 : length < 8 ? 1 : 2;
}

export interface ParsedQuery {
  /** What is left for fuzzy matching. */
  text: string;
  venue?: string;
  year?: number;
}

const YEAR = /^(?:19[5-9]\d|20\d\d)$/;

/**
 * Venue and year words become filters when the query is about them: "cvpr
 * 2023", "cvpr2023 simplenet", "2021". A venue word alone among other words
 * ("case", "sensors", "pr") stays text, since those are also ordinary words.
 * `venues` maps lowercase spellings (names and aliases) to canonical names.
 */
export function parseQuery(query: string, venues: ReadonlyMap<string, string>): ParsedQuery {
  let tokens = words(query).split(' ').filter(Boolean);
  tokens = tokens.flatMap((token) => {
    const glued = /^([a-z]+)((?:19|20)\d\d)$/.exec(token);
    return glued && venues.has(glued[1]) ? [glued[1], glued[2]] : [token];
  });
  const parsed: ParsedQuery = { text: '' };
  const rest: string[] = [];
  let venueAt = -1;
  let venueLength = 0;
  // Longest venue phrase first ("acm mm" before "mm").
  for (let length = 3; length >= 1 && venueAt < 0; length--) {
    for (let i = 0; i + length <= tokens.length; i++) {
      const venue = venues.get(tokens.slice(i, i + length).join(' '));
      if (venue) {
        parsed.venue = venue;
        venueAt = i;
        venueLength = length;
        break;
      }
    }
  }
  tokens.forEach((token, i) => {
    if (i >= venueAt && i < venueAt + venueLength) return;
    if (parsed.year === undefined && YEAR.test(token)) parsed.year = Number(token);
    else rest.push(token);
  });
  if (parsed.venue && parsed.year === undefined && rest.length > 0) {
    // A lone venue-like word among others is just a word.
    return { text: words(query) };
  }
  parsed.text = rest.join(' ');
  return parsed;
}

/**
 * Ranking tiers, best first. Fuzzy scores alone rank a paper whose title
 * merely contains "patch" above PatchCore for "pathcore"; people typing a
 * method name expect that method first, so name evidence decides the tier and
 * the fuzzy score only orders within a tier. A title containing the query as
 * typed outranks a name two typos away: "adtr anomaly detection" is ADTR's
 * title, not a misspelt "DSR_anomaly_detection".
 */
export const TIER = { exact: 0, namePrefix: 1, phrase: 2, nameTypo: 3, fuzzy: 4 } as const;

export interface PreparedQuery {
  /** Lowercase, spaces collapsed. */
  raw: string;
  compact: string;
  words: string;
}

export function prepare(typed: string): PreparedQuery {
  return { raw: typed.toLowerCase().replace(/\s+/g, ' ').trim(), compact: compact(typed), words: words(typed) };
}

/** A record's spellings as tiers compare them, computed once per record rather than per keystroke. */
export interface RankKeys {
  names: string[];
  compactNames: string[];
  compactTitle: string;
  /** The title as words, padded with spaces for whole-word phrase tests. */
  titleWords: string;
}

export function rankKeys(record: SearchRecord): RankKeys {
  return {
    names: record.names.map((name) => name.toLowerCase()),
    compactNames: record.names.map(compact),
    compactTitle: compact(record.title),
    titleWords: ` ${words(record.title)} `,
  };
}

export function tierOf(keys: RankKeys, query: PreparedQuery): number {
  const q = query.compact;
  if (!q) return TIER.fuzzy;
  const names = keys.compactNames;
  // Spelled exactly ("RD++") beats equal letters and digits ("RD").
  if (keys.names.includes(query.raw)) return TIER.exact;
  if (names.includes(q) || keys.compactTitle === q) return TIER.exact + 0.5;
  if (q.length >= 3 && names.some((name) => name.startsWith(q))) return TIER.namePrefix;
  if (query.words.length >= 4 && keys.titleWords.includes(` ${query.words}`)) return TIER.phrase;
  const typos = allowedTypos(q.length);
  if (typos > 0) {
    const distance = Math.min(...names.map((name) => editDistance(name, q, typos)));
    // One typo ranks above two.
    if (distance <= typos) return TIER.nameTypo + (distance - 1) / 2;
  }
  return TIER.fuzzy;
}
