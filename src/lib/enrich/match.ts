/**
 * Which catalog paper a BibTeX entry is: by arXiv id, then DOI, then the
 * normalised title, then a `% paper:` line. A match by id whose titles differ
 * is flagged (`titleDiffers`): it may be another version, and enrich takes it
 * only when a `% paper:` line says so. A `% paper:` line alone is only
 * believed when the titles agree.
 */
import type { Catalog } from '../catalog/catalog.ts';
import type { Paper } from '../catalog/schema.ts';
import { arxivIdFromUrl, normalizeTitle } from '../catalog/normalize.ts';
import { pushTo } from '../catalog/group.ts';
import type { BibRecord } from './bibtex.ts';

export type MatchKey = 'arxiv' | 'doi' | 'title' | 'paper line';

export type Match =
  | { paper: Paper; by: MatchKey; titleDiffers: boolean }
  | { paper?: undefined; reason: string };

/** Share of words two titles have in common (Jaccard over normalised words). */
export function titleSimilarity(a: string, b: string): number {
  const wa = new Set(normalizeTitle(a).split(' ').filter(Boolean));
  const wb = new Set(normalizeTitle(b).split(' ').filter(Boolean));
  if (!wa.size || !wb.size) return 0;
  let common = 0;
  for (const w of wa) if (wb.has(w)) common++;
  return common / (wa.size + wb.size - common);
}

/** Below this, two titles are different papers rather than two versions of one. */
const SAME_PAPER = 0.5;

const arxivIdsOf = (paper: Paper) =>
  [paper.arxiv, arxivIdFromUrl(paper.links.paper), ...(paper.also_at ?? []).map(arxivIdFromUrl)].filter((id): id is string => Boolean(id));

export function matcher(catalog: Catalog) {
  const byArxiv = new Map<string, Paper[]>();
  const byDoi = new Map<string, Paper[]>();
  const byTitle = new Map<string, Paper[]>();
  for (const paper of catalog.papers) {
    for (const id of new Set(arxivIdsOf(paper))) pushTo(byArxiv, id, paper);
    if (paper.doi) pushTo(byDoi, paper.doi.toLowerCase(), paper);
    pushTo(byTitle, normalizeTitle(paper.title), paper);
  }
  const differs = (record: BibRecord, paper: Paper) => record.title === undefined || titleSimilarity(record.title, paper.title) < SAME_PAPER;

  return (record: BibRecord): Match => {
    const found: [MatchKey, Paper[] | undefined][] = [
      ['arxiv', record.arxiv ? byArxiv.get(record.arxiv) : undefined],
      ['doi', record.doi ? byDoi.get(record.doi.toLowerCase()) : undefined],
      ['title', record.title ? byTitle.get(normalizeTitle(record.title)) : undefined],
    ];
    for (const [by, papers] of found) {
      if (!papers?.length) continue;
      if (papers.length > 1) return { reason: `its ${by} fits ${papers.length} papers (${papers.map((p) => p.id).join(', ')}); add a \`% paper: <id>\` line` };
      const paper = papers[0];
      if (record.paperHint && record.paperHint !== paper.id) return { reason: `its ${by} is paper "${paper.id}", but its \`% paper:\` line says "${record.paperHint}"` };
      return { paper, by, titleDiffers: differs(record, paper) };
    }
    if (record.paperHint) {
      const paper = catalog.paperById.get(record.paperHint);
      if (!paper) return { reason: `its \`% paper:\` line names "${record.paperHint}", which is no paper id` };
      if (differs(record, paper)) return { reason: `its \`% paper:\` line says "${paper.id}", but the titles differ: "${record.title ?? '(none)'}" vs "${paper.title}"` };
      return { paper, by: 'paper line', titleDiffers: false };
    }
    return { reason: 'no paper has its arXiv id, DOI or title' };
  };
}
