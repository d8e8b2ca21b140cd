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

/** Letters NFKD does not split into a base letter and a mark, folded as author keys fold them (catalog/people.ts): "Łukasz" → "lukasz". */
const FOLDED: Record<string, string> = { ø: 'o', đ: 'd', ð: 'd', ł: 'l', ß: 'ss', æ: 'ae', œ: 'oe', ı: 'i', þ: 'th' };

/** "Détection" → "detection", "Skočaj" → "skocaj", "RD4AD" → "rd4ad"; '' for a word with no Latin letter or digit. */
export function normalizeWord(word: string): string {
  // Most words are ASCII letters and digits already; NFKD is the slow part.
  if (!/[^a-zA-Z0-9]/.test(word)) return word.toLowerCase();
  return word
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[øđðłßæœıþ]/g, (letter) => FOLDED[letter])
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
