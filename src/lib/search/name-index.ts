/**
 * Method names within a few typos of the query, found without measuring the
 * edit distance to every name in the catalog: that scan cost 35–55 ms per
 * keystroke at 10,000 papers. A name within k edits of the query keeps at
 * least (the query's distinct letter pairs − 3k) of them (a swap of two
 * neighbours breaks three pairs, any other edit at most two), so only names
 * sharing that many are measured.
 */
import { editDistance } from './rank.ts';
import { bigramsOf, lowerBound } from './tokens.ts';

export class NameIndex {
  /** Distinct names (letters and digits only), alphabetical. */
  private readonly names: string[];
  private readonly refs = new Map<string, number[]>();
  /** Letter pair → positions in `names`. */
  private readonly grams = new Map<string, number[]>();

  /** `names[ref]` lists the compact names of record `ref`. */
  constructor(names: readonly (readonly string[])[]) {
    names.forEach((list, ref) => {
      for (const name of list) {
        const refs = this.refs.get(name);
        if (refs) refs.push(ref);
        else this.refs.set(name, [ref]);
      }
    });
    this.names = [...this.refs.keys()].sort();
    this.names.forEach((name, at) => {
      for (const gram of bigramsOf(name)) {
        const list = this.grams.get(gram);
        if (list) list.push(at);
        else this.grams.set(gram, [at]);
      }
    });
  }

  /** Records having a name within `typos` edits of `query`, or starting with it. */
  near(query: string, typos: number): Set<number> {
    const found = new Set<number>();
    const add = (name: string) => this.refs.get(name)?.forEach((ref) => found.add(ref));
    const queryGrams = bigramsOf(query);
    const need = queryGrams.size - 3 * typos;
    let candidates: Iterable<number> = this.names.keys();
    if (need > 0) {
      const shared = new Map<number, number>();
      for (const gram of queryGrams) for (const at of this.grams.get(gram) ?? []) shared.set(at, (shared.get(at) ?? 0) + 1);
      candidates = [...shared].filter(([, count]) => count >= need).map(([at]) => at);
    }
    for (const at of candidates) if (editDistance(this.names[at], query, typos) <= typos) add(this.names[at]);
    for (let at = lowerBound(this.names.length, (position) => this.names[position], query); at < this.names.length && this.names[at].startsWith(query); at++) add(this.names[at]);
    return found;
  }
}
