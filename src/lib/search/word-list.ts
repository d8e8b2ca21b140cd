/**
 * A list of distinct words with the two lookups that come before any fuzzy
 * scoring: words starting with a prefix (alphabetical order, binary search)
 * and words sharing enough letter pairs with a query word (an inverted index
 * of pairs). A word within k edits of another keeps all but a few of its
 * distinct letter pairs, so words sharing fewer cannot match and are skipped.
 * Shared by the vocabulary (word-index.ts) and method names (name-index.ts).
 */

/** The distinct letter pairs of a word. */
export function bigramsOf(text: string): Set<string> {
  const grams = new Set<string>();
  for (let i = 0; i + 1 < text.length; i++) grams.add(text.slice(i, i + 2));
  return grams;
}

export class WordList {
  /** Alphabetical; positions in this array are what the lookups return. */
  readonly words: readonly string[];
  /** Letter pair → positions of the words containing it. */
  private readonly pairs = new Map<string, number[]>();

  constructor(words: Iterable<string>) {
    this.words = [...new Set(words)].sort();
    this.words.forEach((word, at) => {
      for (const gram of bigramsOf(word)) {
        const list = this.pairs.get(gram);
        if (list) list.push(at);
        else this.pairs.set(gram, [at]);
      }
    });
  }

  /** Positions of the words starting with `prefix`. */
  *startingWith(prefix: string): Generator<number> {
    let low = 0;
    let high = this.words.length;
    while (low < high) {
      const mid = (low + high) >> 1;
      if (this.words[mid] < prefix) low = mid + 1;
      else high = mid;
    }
    for (let at = low; at < this.words.length && this.words[at].startsWith(prefix); at++) yield at;
  }

  /** Positions of the words sharing at least `need` (≥ 1) of the letter pairs in `grams`. */
  sharing(grams: Iterable<string>, need: number): number[] {
    const shared = new Map<number, number>();
    for (const gram of grams) for (const at of this.pairs.get(gram) ?? []) shared.set(at, (shared.get(at) ?? 0) + 1);
    const found: number[] = [];
    for (const [at, count] of shared) if (count >= need) found.push(at);
    return found;
  }
}
