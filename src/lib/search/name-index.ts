/**
 * Method names within a few typos of the query, found without measuring the
 * edit distance to every name in the catalog: that scan cost 35–55 ms per
 * keystroke at 10,000 papers. A name within k edits of the query keeps at
 * least (the query's distinct letter pairs − 3k) of them (a swap of two
 * neighbours breaks three pairs, any other edit at most two), so only names
 * sharing that many are measured.
 */
import { editDistance } from './rank.ts';
import { WordList, bigramsOf } from './word-list.ts';

export class NameIndex {
  /** Distinct names (letters and digits only). */
  private readonly names: WordList;
  private readonly refs = new Map<string, number[]>();

  /** `names[ref]` lists the compact names of record `ref`. */
  constructor(names: readonly (readonly string[])[]) {
    names.forEach((list, ref) => {
      for (const name of list) {
        const refs = this.refs.get(name);
        if (refs) refs.push(ref);
        else this.refs.set(name, [ref]);
      }
    });
    this.names = new WordList(this.refs.keys());
  }

  /** Records having a name within `typos` edits of `query`, or starting with it. */
  near(query: string, typos: number): Set<number> {
    const found = new Set<number>();
    const { words } = this.names;
    const add = (at: number) => this.refs.get(words[at])?.forEach((ref) => found.add(ref));
    const queryGrams = bigramsOf(query);
    const need = queryGrams.size - 3 * typos;
    const candidates = need > 0 ? this.names.sharing(queryGrams, need) : words.keys();
    for (const at of candidates) if (editDistance(words[at], query, typos) <= typos) add(at);
    for (const at of this.names.startingWith(query)) add(at);
    return found;
  }
}
