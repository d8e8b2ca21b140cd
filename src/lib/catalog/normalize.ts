/** Keys used to spot the same paper entered twice under different spellings. */

export function normalizeTitle(title: string): string {
  return title
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, ' ')
    .trim();
}

const ARXIV_IN_URL = /arxiv\.org\/(?:abs|pdf)\/(\d{4}\.\d{4,5})(?:v\d+)?(?:\.pdf)?/i;

export function arxivIdFromUrl(url: string): string | undefined {
  return ARXIV_IN_URL.exec(url)?.[1];
}

/** IEEE Xplore's document, abstract, stamp.jsp?arnumber= and ielx PDF links for one article. */
const IEEE_DOCUMENT = /ieeexplore\.ieee\.org\/(?:(?:abstract\/)?document\/(\d+)|.*[?&]arnumber=(\d+)|ielx?\d*\/(?:\d+\/)+0*(\d+)\.pdf)/i;

/**
 * http/https, www., trailing slashes, fragments, arXiv's abs/pdf/version
 * variants and IEEE Xplore's several link forms all point at the same paper.
 */
export function normalizeUrl(url: string): string {
  const arxiv = arxivIdFromUrl(url);
  if (arxiv) return `arxiv:${arxiv}`;
  const ieee = IEEE_DOCUMENT.exec(url);
  if (ieee) return `ieee:${Number(ieee[1] ?? ieee[2] ?? ieee[3])}`;
  try {
    const u = new URL(url);
    const host = u.hostname.toLowerCase().replace(/^www\./, '');
    const path = u.pathname.replace(/\/+$/, '');
    return `${host}${path}${u.search}`;
  } catch {
    return url.trim().toLowerCase();
  }
}
