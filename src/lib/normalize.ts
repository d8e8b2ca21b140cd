/** Keys used to spot the same paper entered twice under different spellings. */

export function normalizeTitle(title: string): string {
  return title
    .normalize('NFKD')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, ' ')
    .trim();
}

const ARXIV_IN_URL = /arxiv\.org\/(?:abs|pdf)\/(\d{4}\.\d{4,5})(?:v\d+)?(?:\.pdf)?/i;

export function arxivIdFromUrl(url: string): string | undefined {
  return ARXIV_IN_URL.exec(url)?.[1];
}

/**
 * http/https, www., trailing slashes, fragments and arXiv's abs/pdf/version
 * variants all point at the same paper.
 */
export function normalizeUrl(url: string): string {
  const arxiv = arxivIdFromUrl(url);
  if (arxiv) return `arxiv:${arxiv}`;
  try {
    const u = new URL(url);
    const host = u.hostname.toLowerCase().replace(/^www\./, '');
    const path = u.pathname.replace(/\/+$/, '');
    return `${host}${path}${u.search}`;
  } catch {
    return url.trim().toLowerCase();
  }
}
