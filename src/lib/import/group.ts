/**
 * Listings → one draft per paper and per dataset. Listings of one paper
 * (same normalised title or same normalised paper URL) merge: categories,
 * tags and links add up; venue and year come from the first listing that
 * names a venue, and any listing that disagrees is reported as a conflict.
 */
import { PAPER_LINK_KINDS, type PaperLinks, type Publication } from '../catalog/schema.ts';
import { arxivIdFromUrl, normalizeTitle, normalizeUrl } from '../catalog/normalize.ts';
import { isVersionNoteOf, otherPublications, type Notice, type ReadListing } from './listing.ts';
import type { DatasetFacts } from './dataset-table.ts';

export interface PaperDraft {
  kind: 'papers';
  listings: ReadListing[];
  title: string;
  year?: number;
  venue?: string;
  arxiv?: string;
  links: Partial<PaperLinks>;
  also_published: Publication[];
  /** Other URLs the listings give for this same version of the paper. */
  also_at: string[];
  /** Second links of a kind already in `links`, from any listing. */
  more_links: Array<{ kind: string; url: string }>;
  categories: string[];
  tags: string[];
  notes: string[];
  featured: boolean;
  /** Datasets this paper introduces (filled when dataset listings are matched). */
  datasets: DatasetDraft[];
}

export interface DatasetDraft {
  kind: 'datasets';
  /** Empty for a dataset only the statistics table names (tableLine says where). */
  listings: ReadListing[];
  tableLine?: number;
  name: string;
  aliases?: string[];
  facts?: DatasetFacts;
  year?: number;
  paper?: { title: string; venue?: string; year?: number; url?: string };
  introducedBy?: PaperDraft;
  also_published: Publication[];
  links: { data?: string; project?: string };
  notes: string[];
}

export type Draft = PaperDraft | DatasetDraft;

/** Every URL the list gives for a draft, in every listing. */
export function urlsOfDraft(draft: Draft): string[] {
  const fromListings = draft.listings.flatMap((l) => [...l.venueLinks.map((v) => v.url), ...Object.values(l.links)]);
  const own = draft.kind === 'papers' ? [...Object.values(draft.links), ...draft.also_published.map((p) => p.url)] : [...Object.values(draft.links), draft.paper?.url];
  return [...fromListings, ...own].filter((url): url is string => typeof url === 'string');
}

/** The README line a draft is reported at. */
export const lineOfDraft = (draft: Draft): number => draft.listings[0]?.line ?? (draft.kind === 'datasets' ? draft.tableLine : undefined) ?? 0;

/** Every link a listing can add to its paper besides the paper link itself. */
const EXTRA_LINK_KINDS = PAPER_LINK_KINDS.filter((kind): kind is Exclude<keyof PaperLinks, 'paper'> => kind !== 'paper');

const CODE_HOSTS = /^https?:\/\/(?:www\.)?(?:github\.com|gitlab\.com|bitbucket\.org)\//i;

const pushNew = <T>(list: T[], ...values: T[]) => {
  for (const value of values) if (!list.includes(value)) list.push(value);
};

/** Venue and year agree wherever both listings give them. */
const compatible = (a: ReadListing, b: ReadListing) =>
  !(a.year !== undefined && b.year !== undefined && a.year !== b.year) &&
  !(a.venueLinks[0]?.venue && b.venueLinks[0]?.venue && a.venueLinks[0].venue !== b.venueLinks[0].venue);

/**
 * Union-find over listings that share a title or paper URL. A URL shared by
 * listings with different titles and clashing venue/year is one link pasted
 * under two papers: they stay apart and the clash is reported.
 */
function cluster(listings: ReadListing[], notices: Notice[]): ReadListing[][] {
  const parent = listings.map((_, i) => i);
  const find = (i: number): number => (parent[i] === i ? i : (parent[i] = find(parent[i])));
  const owner = new Map<string, number>();
  listings.forEach((listing, i) => {
    const keys = [`t:${normalizeTitle(listing.title)}`];
    const url = listing.venueLinks[0]?.url;
    if (url) keys.push(`u:${normalizeUrl(url)}`);
    for (const key of keys) {
      const j = owner.get(key);
      if (j === undefined) owner.set(key, i);
      else if (key.startsWith('u:') && normalizeTitle(listings[j].title) !== normalizeTitle(listing.title) && !compatible(listings[j], listing)) {
        notices.push({ line: listing.line, kind: 'conflict', message: `"${listing.title}" has the same paper link as "${listings[j].title}" (line ${listings[j].line}) but a different title, venue or year: one of the two links is wrong; kept as two entries` });
      } else parent[find(i)] = find(j);
    }
  });
  const groups = new Map<number, ReadListing[]>();
  listings.forEach((listing, i) => groups.set(find(i), [...(groups.get(find(i)) ?? []), listing]));
  return [...groups.values()];
}

function conflictCheck(group: ReadListing[], notices: Notice[]) {
  const first = group[0];
  const described = (l: ReadListing) => `line ${l.line} (${[l.venueLinks[0]?.venue, l.year].filter(Boolean).join(' ') || 'no venue or year'})`;
  const withVenue = group.filter((l) => l.venueLinks[0]?.venue);
  const chosen = withVenue[0] ?? group.find((l) => l.year !== undefined) ?? first;
  for (const other of group) {
    if (other === chosen) continue;
    if (!compatible(other, chosen)) {
      // A listing with only a year is the preprint of the one with a venue: the published version wins, as a rule.
      const preprint = !other.venueLinks[0]?.venue && chosen.venueLinks[0]?.venue !== undefined;
      notices.push(
        preprint
          ? { line: other.line, kind: 'warning', message: `"${first.title}" is listed as a preprint at ${described(other)} and as published at ${described(chosen)}; kept the published venue` }
          : { line: other.line, kind: 'conflict', message: `"${first.title}" is listed with a different venue/year at ${described(chosen)} and ${described(other)}; kept ${described(chosen)}` },
      );
    }
    if (normalizeTitle(other.title) !== normalizeTitle(first.title)) {
      notices.push({ line: other.line, kind: 'conflict', message: `same paper link as line ${first.line} but a different title: "${other.title}" vs "${first.title}"; kept the title of line ${first.line}` });
    }
  }
  return chosen;
}

function paperDraft(group: ReadListing[], notices: Notice[]): PaperDraft {
  const first = group[0];
  const chosen = conflictCheck(group, notices);
  const draft: PaperDraft = {
    kind: 'papers',
    listings: group,
    title: first.title,
    year: chosen.year,
    venue: chosen.venueLinks[0]?.venue,
    links: {},
    also_published: [],
    also_at: [],
    more_links: [],
    categories: [],
    tags: [],
    notes: [],
    featured: false,
    datasets: [],
  };
  // A paper link that is the code repository is a listing slip; a real paper link from another listing wins.
  const paperUrls = group.map((l) => l.venueLinks[0]?.url).filter((u): u is string => Boolean(u));
  draft.links.paper = paperUrls.find((u) => !CODE_HOSTS.test(u)) ?? paperUrls[0] ?? group.map((l) => l.links.project).find(Boolean);
  const sameVersionUrls: string[] = [];
  for (const listing of group) {
    for (const kind of EXTRA_LINK_KINDS) {
      const url = listing.links[kind];
      if (url && !draft.links[kind] && !(kind === 'project' && url === draft.links.paper)) draft.links[kind] = url;
    }
    for (const extra of [...EXTRA_LINK_KINDS.map((kind) => ({ kind, url: listing.links[kind] })), ...listing.moreLinks]) {
      const taken = extra.url === undefined || [draft.links[extra.kind as keyof PaperLinks], ...draft.more_links.map((l) => l.url)].some((u) => u && normalizeUrl(u) === normalizeUrl(extra.url!));
      if (!taken) draft.more_links.push({ kind: extra.kind, url: extra.url! });
    }
    if (listing.placement.category) pushNew(draft.categories, listing.placement.category);
    pushNew(draft.categories, ...listing.crossCategories);
    pushNew(draft.tags, ...listing.placement.tags);
    pushNew(draft.notes, ...listing.notes);
    if (listing.placement.featured) draft.featured = true;
    for (const pub of otherPublications(listing)) {
      // The arXiv version another listing gives as the paper link is the paper, not another version of it.
      const known = [draft.links.paper, ...draft.also_published.map((p) => p.url)].some((url) => url && normalizeUrl(url) === normalizeUrl(pub.url));
      if (!known) draft.also_published.push(pub);
    }
    for (const extra of listing.venueLinks.slice(1)) {
      // "[[T-ASE]](…)[[2024]](arXiv)", "[[…]](challenge page)[[paper]](arXiv)": no venue of its own, so the same version elsewhere.
      if (extra.venue === undefined) sameVersionUrls.push(extra.url);
      else if (extra.year === undefined) notices.push({ line: listing.line, kind: 'warning', message: `second publication link ${extra.url} (${extra.venue}) has no year; left out` });
    }
  }
  if (draft.links.paper && CODE_HOSTS.test(draft.links.paper) && draft.links.paper === draft.links.code) {
    notices.push({ line: first.line, kind: 'warning', message: `the paper link of "${first.title}" is its code repository` });
  }
  // Every other paper link the listings give is the same version elsewhere (arXiv beside CVF, OpenReview beside arXiv): kept, not dropped.
  const seen = new Set([draft.links.paper, draft.links.project].filter(Boolean).map((u) => normalizeUrl(u!)));
  for (const url of [...paperUrls, ...sameVersionUrls]) {
    if (seen.has(normalizeUrl(url)) || CODE_HOSTS.test(url)) continue;
    seen.add(normalizeUrl(url));
    draft.also_at.push(url);
  }
  draft.arxiv = [draft.links.paper, ...draft.also_at].map((u) => (u ? arxivIdFromUrl(u) : undefined)).find(Boolean);
  if (draft.year === undefined) draft.year = group.find((l) => l.year !== undefined)?.year;
  return draft;
}

/**
 * A second venue link that is another listed paper's own link (the seed's
 * "PFM and PEFM" item links both papers) is not another version of this one.
 */
function dropOthersPapers(papers: PaperDraft[], notices: Notice[]) {
  const ownerOf = new Map(papers.filter((p) => p.links.paper).map((p) => [normalizeUrl(p.links.paper!), p]));
  for (const paper of papers) {
    paper.also_published = paper.also_published.filter((pub) => {
      const owner = ownerOf.get(normalizeUrl(pub.url));
      if (!owner || owner === paper) return true;
      notices.push({ line: paper.listings[0].line, kind: 'conflict', message: `"${paper.title}" also links ${pub.url} (${pub.venue} ${pub.year}), which is the paper "${owner.title}" (line ${owner.listings[0].line}); not recorded as another version` });
      paper.notes = paper.notes.filter((note) => !isVersionNoteOf(note, pub));
      return false;
    });
  }
}

export interface Drafts {
  papers: PaperDraft[];
  datasets: DatasetDraft[];
}

/**
 * `paperListings` are items filed in paper sections; `datasetListings` carry a
 * `(Name)` prefix in the dataset section and also count as listings of their
 * introducing paper when that paper is listed elsewhere.
 */
export function groupListings(paperListings: ReadListing[], datasetListings: ReadListing[], notices: Notice[]): Drafts {
  const papers = cluster(paperListings, notices).map((group) => paperDraft(group, notices));
  dropOthersPapers(papers, notices);
  const byKey = new Map<string, PaperDraft>();
  for (const paper of papers) {
    byKey.set(`t:${normalizeTitle(paper.title)}`, paper);
    for (const listing of paper.listings) {
      byKey.set(`t:${normalizeTitle(listing.title)}`, paper);
      if (listing.venueLinks[0]) byKey.set(`u:${normalizeUrl(listing.venueLinks[0].url)}`, paper);
    }
  }
  const datasets = new Map<string, DatasetDraft>();
  for (const listing of datasetListings) {
    const name = listing.prefix!;
    const key = normalizeTitle(name);
    const venueLink = listing.venueLinks[0];
    const paper = byKey.get(`t:${normalizeTitle(listing.title)}`) ?? (venueLink ? byKey.get(`u:${normalizeUrl(venueLink.url)}`) : undefined);
    const existing = datasets.get(key);
    if (existing) {
      notices.push({ line: listing.line, kind: 'conflict', message: `dataset "${name}" is listed again (first at line ${existing.listings[0].line}); links added, the rest kept from the first listing` });
      existing.listings.push(listing);
      existing.links.data ??= listing.links.data;
      existing.links.project ??= listing.links.project;
      continue;
    }
    const draft: DatasetDraft = {
      kind: 'datasets',
      listings: [listing],
      name,
      year: listing.year,
      also_published: otherPublications(listing),
      links: { data: listing.links.data, project: listing.links.project },
      notes: [...listing.notes],
    };
    if (paper) {
      draft.introducedBy = paper;
      paper.datasets.push(draft);
      // The dataset listing is also a listing of its paper: fill what the paper listing left out, report clashes.
      conflictCheck([paper.listings[0], listing], notices);
      if (!paper.venue && venueLink?.venue) {
        paper.venue = venueLink.venue;
        paper.year = venueLink.year ?? paper.year;
      }
      paper.year ??= listing.year;
    } else if (venueLink) {
      draft.paper = { title: listing.title, venue: venueLink.venue, year: venueLink.year ?? listing.year, url: venueLink.url };
    } else if (listing.links.data && (normalizeTitle(listing.title) === key || listing.year === undefined)) {
      // "(AITEX)AITEX [[data 2019]](…)", or a download with no year: a dataset with no paper to name.
    } else if (listing.links.data) {
      // No paper at all (a competition or a download page): the data page is where the dataset is described.
      draft.paper = { title: listing.title, year: listing.year, url: listing.links.data };
      notices.push({ line: listing.line, kind: 'warning', message: `dataset "${name}" has no paper link; its data page stands in as the source` });
    }
    datasets.set(key, draft);
  }
  return { papers, datasets: [...datasets.values()] };
}

/**
 * Drafts that resolve to the same existing entry (a person merged two
 * listings into one file) become one draft again.
 */
export function regroup(papers: PaperDraft[], entryIdOf: (draft: PaperDraft) => string | undefined, notices: Notice[]): PaperDraft[] {
  const byEntry = new Map<string, PaperDraft[]>();
  for (const paper of papers) {
    const id = entryIdOf(paper);
    if (id) byEntry.set(id, [...(byEntry.get(id) ?? []), paper]);
  }
  const replaced = new Map<PaperDraft, PaperDraft | null>();
  for (const [id, drafts] of byEntry) {
    if (drafts.length < 2) continue;
    const listings = drafts.flatMap((d) => d.listings).sort((a, b) => a.line - b.line);
    // A person already reconciled these listings, so their title/link differences are not reported again.
    const merged = paperDraft(listings, []);
    merged.datasets = drafts.flatMap((d) => d.datasets);
    for (const dataset of merged.datasets) dataset.introducedBy = merged;
    notices.push({ line: listings[0].line, kind: 'warning', message: `lines ${listings.map((l) => l.line).join(', ')} are one entry in data (papers/${id}), merged by hand` });
    drafts.forEach((d, i) => replaced.set(d, i === 0 ? merged : null));
  }
  return papers.flatMap((p) => (replaced.has(p) ? (replaced.get(p) ? [replaced.get(p)!] : []) : [p]));
}
