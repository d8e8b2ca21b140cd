/** "1 paper", "12 papers". */
export function countOf(n: number, singular: string, plural = `${singular}s`): string {
  return `${n} ${n === 1 ? singular : plural}`;
}

/** "CVPR 2023", or just the year when the venue is not recorded. */
export function venueYear(entry: { venue?: string; year: number }): string {
  return entry.venue ? `${entry.venue} ${entry.year}` : String(entry.year);
}

/**
 * "PatchCore: Towards Total Recall …": the method name, then the title. The
 * title alone when no method name is recorded, or when the title already
 * starts with it ("DeSTSeg: Segmentation Guided …", a quarter of the seed list).
 */
export function paperLabel(paper: { method?: string; title: string }): string {
  if (!paper.method) return paper.title;
  const head = paper.title.slice(0, paper.method.length);
  const next = paper.title.charAt(paper.method.length);
  const named = head.toLowerCase() === paper.method.toLowerCase() && !/[\p{L}\p{N}]/u.test(next);
  return named ? paper.title : `${paper.method}: ${paper.title}`;
}

const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

/** "2026-04-29" → "29 April 2026", the same on every machine (no locale data involved). */
export function longDate(isoDate: string): string {
  const [year, month, day] = isoDate.split('-').map(Number);
  return `${day} ${MONTHS[month - 1]} ${year}`;
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
