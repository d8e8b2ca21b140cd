/**
 * When the list first carried each URL: a tab-separated file (`url`, `first
 * listed (YYYY-MM-DD)`, `commit`) computed from the list's git history. An
 * entry's `added` date is the earliest date of any of its URLs, so the feed,
 * "recently added" and "listed since" tell when the list took the paper in.
 */
import { normalizeUrl } from '../catalog/normalize.ts';

export type FirstListed = ReadonlyMap<string, string>;

/** Parses the file; a malformed line is an error naming the file and line, never skipped. */
export function parseFirstListed(text: string, file: string): FirstListed {
  const dates = new Map<string, string>();
  text.split(/\r?\n/).forEach((raw, index) => {
    const line = raw.trim();
    if (!line || line.startsWith('#')) return;
    const [url, date] = line.split('\t');
    if (!url || !/^https?:\/\//.test(url) || !/^\d{4}-\d{2}-\d{2}$/.test(date ?? '')) {
      throw new Error(`${file}:${index + 1}: expected "url<TAB>YYYY-MM-DD<TAB>commit", got ${JSON.stringify(raw.slice(0, 80))}`);
    }
    const key = normalizeUrl(url);
    const known = dates.get(key);
    if (!known || date < known) dates.set(key, date);
  });
  return dates;
}

/** The earliest first-listed date among `urls`, or undefined when the file has none of them. */
export function firstListedOf(dates: FirstListed, urls: Iterable<string | undefined>): string | undefined {
  let first: string | undefined;
  for (const url of urls) {
    const date = url === undefined ? undefined : dates.get(normalizeUrl(url));
    if (date && (!first || date < first)) first = date;
  }
  return first;
}
