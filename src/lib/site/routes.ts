/**
 * The site's URL contract, relative to the base path: people cite and
 * bookmark these, so they change only with redirects.
 */
export const routes = {
  home: () => '',
  paper: (id: string) => `papers/${id}/`,
  category: (id: string) => `categories/${id}/`,
  dataset: (id: string) => `datasets/${id}/`,
  datasets: () => 'datasets/',
  taxonomy: (anchor?: string) => (anchor ? `taxonomy/#${anchor}` : 'taxonomy/'),
  timeline: () => 'timeline/',
  insights: () => 'insights/',
  benchmarks: (anchor?: string) => (anchor ? `benchmarks/#${anchor}` : 'benchmarks/'),
  /** A leaderboard by its id (`<benchmark>/<table stem>`); `sort` picks the column it opens sorted by. */
  leaderboard: (id: string, sort?: string) => `benchmarks/${id}/${sort ? `?sort=${encodeURIComponent(sort)}` : ''}`,
  /** Everyone with an author page. */
  authors: () => 'authors/',
  /** An author page, by the person's id (catalog/people.ts). */
  author: (id: string) => `authors/${id}/`,
  /** Downloads of a paper, a category's or an author's papers: `papers/patchcore.bib`, `categories/memory-bank.ris`. */
  citations: (kind: 'papers' | 'categories' | 'authors', id: string, format: 'bib' | 'ris') => `${kind}/${id}.${format}`,
  search: (query?: string) => (query ? `search/?${query}` : 'search/'),
} as const;

/** Joins the configured base ('/' or '/repo/') with a route. */
export function withBase(base: string, route: string): string {
  const b = base.endsWith('/') ? base : `${base}/`;
  return `${b}${route.replace(/^\//, '')}`;
}

/** Where an entry's YAML lives in the repository. */
export function dataFilePath(kind: 'papers' | 'datasets' | 'categories', id: string): string {
  return `data/${kind}/${id}.yaml`;
}
