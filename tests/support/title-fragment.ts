/**
 * What a visitor types to find a paper they half remember: three words in a
 * row from its title, the first such run that no other title in the catalog
 * contains (so the expected first result is unambiguous).
 */
import { normalizeTitle } from '../../src/lib/catalog/normalize.ts';

export function uniqueTitleFragment(title: string, allTitles: readonly string[], length = 3): string | undefined {
  const padded = allTitles.map((other) => ` ${normalizeTitle(other)} `);
  const words = normalizeTitle(title).split(' ');
  for (let i = 0; i + length <= words.length; i++) {
    const phrase = words.slice(i, i + length).join(' ');
    if (padded.filter((other) => other.includes(` ${phrase} `)).length === 1) return phrase;
  }
  return undefined;
}
