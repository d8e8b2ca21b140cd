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
 * title, not a misspelt "DSR_anomaly_detection". People come after method
 * names ("patchcore" is a method first), but a person's surname ("pang",
 * "roth") or full name outranks a title that merely contains the word.
 */
export const TIER = { exact: 0, namePrefix: 1, author: 1.5, byAuthor: 1.75, phrase: 2, nameTypo: 3, fuzzy: 4 } as const;

/**
 * Where the papers of a person found by name rank: just below the person
 * ("yunkang cao" → Yunkang Cao, then his papers; "guansong pnag" → Guansong
 * Pang, then his), below better name evidence for a method.
 */
export const papersTierOf = (authorTier: number): number => authorTier + 0.25;

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
  /** An author record: its names are a person's spellings, not method names. */
  person: boolean;
  /** Full names of the record's people (a paper's authors, an author's spellings), also surname first ("caoyunkang"). */
  people: string[];
  /** Their surnames: the last word, and the last two of a longer name ("gool", "vangool"). */
  surnames: string[];
}

/** A printed name's words, compact ("Danijel Skočaj" → ["danijel", "skocaj"]); one name prints on many papers, so each is read once. */
const nameParts = new Map<string, string[]>();
export function partsOfName(name: string): string[] {
  let parts = nameParts.get(name);
  if (!parts) nameParts.set(name, (parts = name.split(/\s+/).map(compact).filter(Boolean)));
  return parts;
}

/** "Luc Van Gool" → full names ["lucvangool", "goollucvan"], surnames ["gool", "vangool"]. */
export function personKeys(names: readonly string[]): { people: string[]; surnames: string[] } {
  const people = new Set<string>();
  const surnames = new Set<string>();
  for (const name of names) {
    const parts = partsOfName(name);
    if (!parts.length) continue;
    people.add(parts.join(''));
    if (parts.length > 1) people.add(parts.at(-1)! + parts.slice(0, -1).join(''));
    surnames.add(parts.at(-1)!);
    if (parts.length > 2) surnames.add(parts.slice(-2).join(''));
  }
  return { people: [...people], surnames: [...surnames] };
}

export function rankKeys(record: SearchRecord): RankKeys {
  const person = record.kind === 'author';
  return {
    names: record.names.map((name) => name.toLowerCase()),
    compactNames: record.names.map(compact),
    compactTitle: compact(record.title),
    titleWords: ` ${words(record.title)} `,
    person,
    ...personKeys(person ? record.names : record.authors),
  };
}

export function tierOf(keys: RankKeys, query: PreparedQuery): number {
  const q = query.compact;
  if (!q) return TIER.fuzzy;
  const names = keys.compactNames;
  // Spelled exactly ("RD++") beats equal letters and digits ("RD").
  if (keys.names.includes(query.raw)) return TIER.exact;
  if (names.includes(q) || keys.compactTitle === q || (keys.person && keys.people.includes(q))) return TIER.exact + 0.5;
  if (q.length >= 3 && names.some((name) => name.startsWith(q))) return keys.person ? TIER.author : TIER.namePrefix;
  if (q.length >= 2 && keys.surnames.includes(q)) return keys.person ? TIER.author : TIER.byAuthor;
  if (!keys.person && keys.people.includes(q)) return TIER.byAuthor;
  if (query.words.length >= 4 && keys.titleWords.includes(` ${query.words}`)) return TIER.phrase;
  const typos = allowedTypos(q.length);
  if (typos > 0) {
    const distance = Math.min(...names.map((name) => editDistance(name, q, typos)));
    // One typo ranks above two.
    if (distance <= typos) return TIER.nameTypo + (distance - 1) / 2;
  }
  return TIER.fuzzy;
}
