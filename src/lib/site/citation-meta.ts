/**
 * Highwire-style citation_* meta tags, which Google Scholar and reference
 * managers (Zotero's connector) read: one citation_author per author, in
 * order. Only catalog facts: a paper whose authors are not yet read gets no
 * citation_author, since a made-up one is worse than none.
 */
import type { Catalog } from '../catalog/catalog.ts';
import type { Paper } from '../catalog/schema.ts';
import { venueTitle } from '../catalog/venues.ts';
import { arxivIdOf } from './bibtex.ts';
import { safeHref } from './safe-url.ts';

export function citationMeta(paper: Paper, venueByName: Catalog['venueByName'], authors = paper.authors): [name: string, content: string][] {
  const tags: [string, string][] = [
    ['citation_title', paper.title],
    ...(authors ?? []).map((name): [string, string] => ['citation_author', name]),
    ['citation_publication_date', String(paper.year)],
  ];
  if (paper.doi) tags.push(['citation_doi', paper.doi]);
  const venue = paper.venue ? venueByName.get(paper.venue) : undefined;
  if (venue?.kind === 'conference' || venue?.kind === 'workshop') tags.push(['citation_conference_title', venueTitle(venue)]);
  if (venue?.kind === 'journal') tags.push(['citation_journal_title', venueTitle(venue)]);
  const arxiv = arxivIdOf(paper);
  if (arxiv) tags.push(['citation_arxiv_id', arxiv]);
  const pdf = /\.pdf$/i.test(new URL(paper.links.paper).pathname) ? safeHref(paper.links.paper) : arxiv ? `https://arxiv.org/pdf/${arxiv}` : undefined;
  if (pdf) tags.push(['citation_pdf_url', pdf]);
  tags.push(['citation_abstract_html_url', safeHref(paper.links.paper)]);
  return tags;
}
