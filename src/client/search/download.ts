/**
 * The search page's "Download these papers", loaded on the first click: the
 * ids of every paper the search matched (from the worker, not just the 20
 * shown), their entries from /citations.json (fetched once), and a file
 * made here from a Blob. The status line says how many papers the file holds.
 */
import { citationDownload, formatName, type CitationFormat } from '../../lib/search/downloads.ts';
import type { CitationsJson } from '../../lib/site/citations-json.ts';

let citations: Promise<CitationsJson> | undefined;

function load(url: string): Promise<CitationsJson> {
  citations ??= fetch(url).then((response) => {
    if (!response.ok) throw new Error(`the citations file answered HTTP ${response.status}`);
    return response.json() as Promise<CitationsJson>;
  });
  citations.catch(() => (citations = undefined)); // a later click tries again
  return citations;
}

export interface DownloadRequest {
  format: CitationFormat;
  /** Every matched paper's id, best first. */
  ids: Promise<string[]>;
  /** How many the page said were matched, for the status while the file is made. */
  papers: number;
  query: string;
  citationsUrl: string;
}

export async function download({ format, ids, papers, query, citationsUrl }: DownloadRequest): Promise<void> {
  const status = document.getElementById('search-download-status');
  const say = (text: string) => {
    if (status) status.textContent = text;
  };
  const name = formatName(format);
  say(`Preparing ${name} for ${papers === 1 ? '1 paper' : `${papers} papers`}…`);
  try {
    const [matched, file] = await Promise.all([ids, load(citationsUrl)]);
    const described = query ? `matching “${query}” on the IAD Atlas search page` : 'listed by the IAD Atlas search page';
    const made = citationDownload(matched, file, format, described, query);
    if (!made.count) {
      say(`Nothing to download: the search matched no papers.`);
      return;
    }
    const href = URL.createObjectURL(new Blob([made.text], { type: made.mime }));
    const anchor = document.createElement('a');
    anchor.href = href;
    anchor.download = made.filename;
    anchor.hidden = true;
    document.body.append(anchor);
    anchor.click();
    anchor.remove();
    setTimeout(() => URL.revokeObjectURL(href), 10_000);
    say(`Downloaded ${made.count === 1 ? '1 paper' : `${made.count} papers`} as ${name} (${made.filename}).`);
  } catch (error) {
    say(`The download failed (${error instanceof Error ? error.message : String(error)}). Try again, or use the catalog's full BibTeX file.`);
  }
}
