/**
 * RIS, the tagged format EndNote, Zotero, Mendeley and RefWorks all import:
 * one `TAG  - value` line per field, `ER  - ` to end a record. Like the
 * BibTeX, it holds catalog facts only.
 */
import type { Catalog } from '../catalog/catalog.ts';
import type { Paper } from '../catalog/schema.ts';
import { venueTitle } from '../catalog/venues.ts';
import { arxivIdOf } from './bibtex.ts';

const TYPE = { conference: 'CONF', workshop: 'CONF', journal: 'JOUR', thesis: 'THES' } as const;

/** RIS has no escaping: a value is one line, so line breaks and control characters go. */
const oneLine = (text: string) => text.replace(/[\u0000-\u001f\u007f\u2028\u2029]+/g, ' ').replace(/\s+/g, ' ').trim();

/** `authors` defaults to the names as printed; pages pass `citedAuthors` (site/authors.ts). */
export function risRecord(paper: Paper, venueByName: Catalog['venueByName'], authors = paper.authors): string {
  const venue = paper.venue ? venueByName.get(paper.venue) : undefined;
  const type = (venue && TYPE[venue.kind as keyof typeof TYPE]) ?? 'GEN';
  const tags: [string, string][] = [['TY', type], ['TI', paper.title]];
  for (const name of authors ?? []) tags.push(['AU', name]);
  tags.push(['PY', String(paper.year)]);
  if (venue) tags.push([type === 'JOUR' ? 'JO' : 'T2', venueTitle(venue)]);
  if (paper.doi) tags.push(['DO', paper.doi]);
  tags.push(['UR', paper.links.paper]);
  const arxiv = arxivIdOf(paper);
  if (arxiv) tags.push(['N1', `arXiv:${arxiv}`]);
  tags.push(['ID', paper.id]);
  return `${tags.map(([tag, value]) => `${tag}  - ${oneLine(value)}`).join('\r\n')}\r\nER  - \r\n`;
}

/** Several records, one after another, as reference managers expect them in one .ris file. */
export function risFile(papers: Paper[], venueByName: Catalog['venueByName'], authorsOf = (paper: Paper) => paper.authors): string {
  return papers.map((paper) => risRecord(paper, venueByName, authorsOf(paper))).join('\r\n');
}
