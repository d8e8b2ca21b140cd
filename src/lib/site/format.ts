/** "1 paper", "12 papers". */
export function countOf(n: number, singular: string, plural = `${singular}s`): string {
  return `${n} ${n === 1 ? singular : plural}`;
}

/** "CVPR 2023", or just the year when the venue is not recorded. */
export function venueYear(entry: { venue?: string; year: number }): string {
  return entry.venue ? `${entry.venue} ${entry.year}` : String(entry.year);
}

/** "PatchCore: Towards Total Recall …", or the title alone when no method name is recorded. */
export function paperLabel(paper: { method?: string; title: string }): string {
  return paper.method ? `${paper.method}: ${paper.title}` : paper.title;
}

/**
 * How a link to another copy is named: "arxiv.org" for https://www.arxiv.org/abs/…,
 * and the owner too on code hosts, where the host alone tells two repositories apart not at all.
 */
export function hostOf(url: string): string {
  try {
    const { hostname, pathname } = new URL(url);
    const host = hostname.replace(/^www\./, '');
    const owner = pathname.split('/')[1];
    return /^(?:github\.com|gitlab\.com|huggingface\.co)$/.test(host) && owner ? `${host}/${owner}` : host;
  } catch {
    return url;
  }
}
