/**
 * Words as search compares them: accents dropped, lowercase, letters and
 * digits only. Each token remembers where it sits in the original text, so
 * matches inside a title can be highlighted there.
 */
export interface Token {
  text: string;
  /** Offsets in the original text: [start, end). */
  start: number;
  end: number;
}

const WORD = /[\p{L}\p{N}]+/gu;

/** "Détection" → "detection", "RD4AD" → "rd4ad"; '' for a word with no Latin letter or digit. */
export function normalizeWord(word: string): string {
  // Most words are ASCII letters and digits already; NFKD is the slow part.
  if (!/[^a-zA-Z0-9]/.test(word)) return word.toLowerCase();
  return word
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[^a-z0-9]/g, '');
}

export function tokenize(text: string): Token[] {
  const tokens: Token[] = [];
  for (const match of text.matchAll(WORD)) {
    const normalized = normalizeWord(match[0]);
    if (normalized) tokens.push({ text: normalized, start: match.index, end: match.index + match[0].length });
  }
  return tokens;
}

/**
 * Each pair of neighbouring tokens written as one word, so "zeroshot" finds
 * "Zero-Shot", "mvtec3d" finds "MVTec 3D" and "cflowad" finds "CFlow-AD".
 * Callers pass one list item at a time, so pairs never span two items.
 */
export function pairsOf(tokens: readonly Token[]): Token[] {
  return tokens.slice(1).map((second, i) => ({ text: tokens[i].text + second.text, start: tokens[i].start, end: second.end }));
}

/** The distinct letter pairs of a word, for skipping words that cannot be within a few typos of it. */
export function bigramsOf(text: string): Set<string> {
  const grams = new Set<string>();
  for (let i = 0; i + 1 < text.length; i++) grams.add(text.slice(i, i + 2));
  return grams;
}

/** In an alphabetical list of `length` words read through `at`, the position of the first word not before `word`. */
export function lowerBound(length: number, at: (position: number) => string, word: string): number {
  let low = 0;
  let high = length;
  while (low < high) {
    const mid = (low + high) >> 1;
    if (at(mid) < word) low = mid + 1;
    else high = mid;
  }
  return low;
}
