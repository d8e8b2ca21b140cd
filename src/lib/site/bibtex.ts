/**
 * BibTeX generated from catalog facts only: authors where the catalog has
 * read them, never pages (the catalog records none, and an invented one puts
 * a wrong citation into someone's paper).
 */
import type { Catalog } from '../catalog/catalog.ts';
import type { Paper, Venue } from '../catalog/schema.ts';
import { arxivIdFromUrl } from '../catalog/normalize.ts';
import { venueTitle } from '../catalog/venues.ts';
import { citedAuthors } from './authors.ts';

export type BibtexType = 'inproceedings' | 'article' | 'misc';

/** Fields each entry type must carry here (author too, when the catalog has the list). */
export const REQUIRED_FIELDS: Record<BibtexType, string[]> = {
  inproceedings: ['title', 'booktitle', 'year'],
  article: ['title', 'journal', 'year'],
  misc: ['title', 'year'],
};

export function bibtexType(venue: Venue | undefined): BibtexType {
  if (venue?.kind === 'conference' || venue?.kind === 'workshop') return 'inproceedings';
  if (venue?.kind === 'journal') return 'article';
  return 'misc';
}

const LATEX_SPECIALS: Record<string, string> = {
  '\\': '\\textbackslash{}',
  // Written as commands, not \{ \}: BibTeX counts escaped braces too, so a lone one would unbalance the entry.
  '{': '\\textbraceleft{}',
  '}': '\\textbraceright{}',
  '&': '\\&',
  '%': '\\%',
  $: '\\$',
  '#': '\\#',
  _: '\\_',
  '~': '\\textasciitilde{}',
  '^': '\\textasciicircum{}',
};

/** Escapes characters that LaTeX would interpret. */
export function escapeLatex(text: string): string {
  return text.replace(/[\\{}&%$#_~^]/g, (ch) => LATEX_SPECIALS[ch]);
}

/** Braces every word with a capital so bibliography styles keep "PatchCore", "MVTec" and "3D" as written. */
export function protectTitle(title: string): string {
  return title
    .split(/(\s+)/)
    .map((part) => (/[A-Z]/.test(part) ? `{${escapeLatex(part)}}` : escapeLatex(part)))
    .join('');
}

/** URLs stay verbatim (biblatex reads them raw) but must not unbalance braces. */
function bibUrl(url: string): string {
  return url.replace(/[{}\\\s]/g, (ch) => encodeURIComponent(ch));
}

export function arxivIdOf(paper: Paper): string | undefined {
  return paper.arxiv ?? arxivIdFromUrl(paper.links.paper);
}

/** `authors` defaults to the names as printed; pages pass `citedAuthors` (site/authors.ts). */
export function bibtexEntry(paper: Paper, venueByName: Catalog['venueByName'], authors = paper.authors): string {
  const venue = paper.venue ? venueByName.get(paper.venue) : undefined;
  const type = bibtexType(venue);
  const fields: [string, string][] = [];
  // "and" separates names in BibTeX; a name holding the word is braced so it stays one name.
  if (authors) fields.push(['author', authors.map((name) => (/\band\b/i.test(name) ? `{${escapeLatex(name)}}` : escapeLatex(name))).join(' and ')]);
  fields.push(['title', protectTitle(paper.title)]);
  if (type === 'inproceedings') fields.push(['booktitle', escapeLatex(venueTitle(venue!))]);
  if (type === 'article') fields.push(['journal', escapeLatex(venueTitle(venue!))]);
  if (type === 'misc' && venue) fields.push(['howpublished', escapeLatex(venueTitle(venue))]);
  fields.push(['year', String(paper.year)]);
  const arxiv = arxivIdOf(paper);
  if (arxiv) fields.push(['eprint', arxiv], ['archivePrefix', 'arXiv']);
  if (paper.doi) fields.push(['doi', bibUrl(paper.doi)]);
  fields.push(['url', bibUrl(paper.links.paper)]);
  const body = fields.map(([name, value]) => `  ${name} = {${value}}`).join(',\n');
  return `@${type}{${paper.id},\n${body}\n}\n`;
}

/** What a collection's header says is missing, so nobody cites a gap unknowingly. */
export function missingNote(papers: Paper[]): string[] {
  const without = papers.filter((p) => !p.authors).length;
  return [
    '% Generated from the catalog: titles, venues, years, links and, where read from a source, authors and DOIs; no pages.',
    ...(without ? [`% ${without} of these ${papers.length} entries have no authors yet: add them from the paper before citing.`] : []),
  ];
}

/** Several papers in one file, in the order given, under a header that says what they are. */
export function bibtexFile(title: string, papers: Paper[], venueByName: Catalog['venueByName'], authorsOf = (paper: Paper) => paper.authors): string {
  // The title may hold catalog text (an author's name): one line, so nothing after it escapes the comment.
  // BibTeX has no comments outside entries: an "@" in a name here would start one.
  const header = [`% IAD Atlas: ${title.replace(/[@{}\\]/g, ' ').replace(/\s+/g, ' ').trim()}`, ...missingNote(papers), ''].join('\n');
  return `${header}\n${papers.map((paper) => bibtexEntry(paper, venueByName, authorsOf(paper))).join('\n')}`;
}

export function catalogBibtex(catalog: Catalog): string {
  const sorted = [...catalog.papers].sort((a, b) => a.id.localeCompare(b.id));
  return bibtexFile(`BibTeX for all ${catalog.papers.length} catalogued papers.`, sorted, catalog.venueByName, (paper) => citedAuthors(catalog, paper));
}
