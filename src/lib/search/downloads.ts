/**
 * "Download these papers" on the search page: the papers a search matched,
 * in the order it ranked them, as one BibTeX or RIS file. Pure text assembly
 * over /citations.json (site/citations-json.ts); the page turns the text
 * into a Blob and a download.
 */
import type { CitationsJson } from '../site/citations-json.ts';

export type CitationFormat = 'bib' | 'ris';

export interface CitationDownload {
  text: string;
  /** Entries in the file: papers the citations file knows. */
  count: number;
  filename: string;
  mime: string;
}

const FORMAT_NAME: Record<CitationFormat, string> = { bib: 'BibTeX', ris: 'RIS' };

export const formatName = (format: CitationFormat): string => FORMAT_NAME[format];

/** "iad-atlas-search-yunkang-cao.bib"; just "iad-atlas-search.bib" for a query with no Latin letters or digits. */
export function downloadName(query: string, format: CitationFormat): string {
  const slug = query
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 60)
    .replace(/-+$/, '');
  return `iad-atlas-search${slug ? `-${slug}` : ''}.${format}`;
}

/**
 * `ids` in result order; ids the citations file lacks (a newer index than
 * file, which a deploy makes unlikely) are left out and not counted.
 * `described` says what the papers are, for the BibTeX header: "matching “patchcore”"
 * (typed text: line breaks, "@" and braces, which BibTeX would read as an entry, are dropped).
 */
export function citationDownload(ids: readonly string[], citations: CitationsJson, format: CitationFormat, described: string, query = ''): CitationDownload {
  const entries = ids.flatMap((id) => (Object.hasOwn(citations, id) ? [citations[id]] : []));
  const filename = downloadName(query, format);
  if (format === 'ris') return { text: entries.map(([, ris]) => ris).join('\r\n'), count: entries.length, filename, mime: 'application/x-research-info-systems' };
  const without = entries.filter(([bib]) => !/^\s*author = \{/m.test(bib)).length;
  const header = [
    `% IAD Atlas: BibTeX for the ${entries.length === 1 ? 'paper' : `${entries.length} papers`} ${described.replace(/[\r\n]+/g, ' ').replace(/[@{}\\]/g, '')}.`,
    '% Generated from the catalog: titles, venues, years, links and, where read from a source, authors and DOIs; no pages.',
    ...(without ? [`% ${without} of these ${entries.length} entries have no authors yet: add them from the paper before citing.`] : []),
    '',
  ].join('\n');
  return { text: `${header}\n${entries.map(([bib]) => bib).join('\n')}`, count: entries.length, filename, mime: 'application/x-bibtex' };
}
