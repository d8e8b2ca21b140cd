/**
 * One list item read for meaning: its venue links resolved to canonical
 * venues, its other links sorted by role, its section placement, and a
 * notice for everything in it that had to be guessed or left out.
 */
import { httpUrl, type PaperLinks, type Publication } from '../catalog/schema.ts';
import { arxivIdFromUrl } from '../catalog/normalize.ts';
import type { Listing } from './markdown.ts';
import { readLabel } from './labels.ts';
import { placeListing, type HeadingResolver, type Placement } from './sections.ts';

export type NoticeKind = 'unparsed' | 'warning' | 'conflict' | 'needs-person';

export interface Notice {
  line: number;
  kind: NoticeKind;
  message: string;
}

export interface VenueLink {
  venue?: string;
  year?: number;
  url: string;
  /** `v2` in `[[2025 v2]]`. */
  version?: string;
}

/** Every link of a listing but the paper's own: code, data, video … */
export type ExtraLinks = Partial<Omit<PaperLinks, 'paper'>>;

export interface ReadListing {
  line: number;
  title: string;
  prefix?: string;
  /** Publication links in the order written: the first is the paper, later ones other versions. */
  venueLinks: VenueLink[];
  year?: number;
  links: ExtraLinks;
  notes: string[];
  /** Categories named by cross-references such as `[[(Memory bank)CVPR 2022]]`. */
  crossCategories: string[];
  placement: Placement;
  /** A second link of a kind already taken (two unofficial implementations). */
  moreLinks: Array<{ kind: keyof ExtraLinks; url: string }>;
}

export type VenueResolver = (written: string) => string | undefined;

/** 2311.01619 → 2023: arXiv numbers start with the year. */
const arxivYear = (arxiv: string) => 2000 + Number(arxiv.slice(0, 2));

/** Trailing punctuation copied into a URL from the surrounding prose (the MTD data link ends in "."). */
function cleanUrl(url: string): string {
  return url.replace(/[.,;:]+$/, '');
}

export function readListing(listing: Listing, resolveHeading: HeadingResolver, resolveVenue: VenueResolver, notices: Notice[]): ReadListing {
  const { line } = listing;
  const warn = (message: string, kind: NoticeKind = 'warning') => notices.push({ line, kind, message });
  const read: ReadListing = {
    line,
    title: listing.title,
    prefix: listing.prefix,
    venueLinks: [],
    links: {},
    notes: [],
    crossCategories: [],
    moreLinks: [],
    placement: placeListing(listing.headings, resolveHeading),
  };
  if (!read.title) warn('item has no title text before its first link');

  const addNotes = (notes: string[]) => read.notes.push(...notes.filter((note) => !read.notes.includes(note)));
  /** `[[paper]]` links: the paper itself when no venue link is given, else another address of it. */
  const paperLinks: string[] = [];
  for (const link of listing.links) {
    const meaning = readLabel(link.label);
    let url = link.url;
    if (url && cleanUrl(url) !== url) {
      warn(`link "${url}" ends in punctuation; read as "${cleanUrl(url)}"`);
      url = cleanUrl(url);
    }
    if (!url) {
      // "[[code coming soon]]()": nothing to link yet, but what the label says still holds.
      const kept = meaning.role === 'venue' ? [] : meaning.notes;
      addNotes(kept);
      warn(`[${link.label}] has an empty link; left out${kept.length ? `, its note ${kept.map((n) => `"${n}"`).join(', ')} kept` : ''}`);
      continue;
    }
    if (!httpUrl.safeParse(url).success) {
      warn(`[${link.label}] link "${url}" is not an absolute http(s) URL; left out`);
      continue;
    }
    if (link.single && !listing.fromTable) warn(`[${link.label}](…) uses single brackets; read as a ${meaning.role} link`);
    if (meaning.crossRef) {
      const role = resolveHeading(meaning.crossRef);
      if (role?.kind === 'category') read.crossCategories.push(role.id);
      else warn(`cross-reference "(${meaning.crossRef})" in [${link.label}] names no known section`);
    }
    if (meaning.role === 'venue') {
      addNotes(meaning.notes);
      let venue: string | undefined;
      if (meaning.venue) {
        venue = resolveVenue(meaning.venue);
        if (!venue) warn(`unknown venue "${meaning.venue}" in [${link.label}]; venue left empty (add it to data/venues.yaml or as an alias)`);
      }
      read.venueLinks.push({ venue, year: meaning.year, url, version: meaning.version });
      if (meaning.year === undefined) warn(`[${link.label}] gives no year`);
      continue;
    }
    if (meaning.role === 'paper') {
      paperLinks.push(url);
      continue;
    }
    if (meaning.year !== undefined && read.year === undefined) read.year = meaning.year;
    // A link left out takes its note with it: "unofficial code in SAA" describes that link only.
    if (read.links[meaning.role]) read.moreLinks.push({ kind: meaning.role, url });
    else {
      read.links[meaning.role] = url;
      addNotes(meaning.notes);
    }
  }
  read.venueLinks.push(...paperLinks.map((url) => ({ url })));
  readVersions(read.venueLinks, resolveVenue);
  addNotes(read.venueLinks.flatMap((v) => (v.version ? [versionNote(v.version, v)] : [])));
  for (const topic of listing.topics ?? []) {
    const role = resolveHeading(topic);
    if (role?.kind === 'category') read.crossCategories.push(role.id);
    else if (role?.kind === 'tag') read.placement.tags.push(role.tag);
    else warn(`topic "${topic}" names no category or tag; left out (add it as a category alias)`);
  }
  for (const label of listing.bareLabels) {
    const meaning = readLabel(label);
    warn(`[${label}] has no link`);
    if (meaning.year !== undefined && read.year === undefined) read.year = meaning.year;
  }
  if (listing.stray.length) warn(`stray text ${listing.stray.map((s) => JSON.stringify(s)).join(', ')} between or after the links; ignored`);
  read.year = read.venueLinks[0]?.year ?? read.year;
  if (read.year === undefined) {
    const arxiv = [...read.venueLinks.map((v) => v.url)].map(arxivIdFromUrl).find(Boolean);
    if (arxiv) {
      read.year = arxivYear(arxiv);
      warn(`no year given; ${read.year} taken from the arXiv number ${arxiv}`);
    }
  }
  return read;
}

/** "v1.5 (arXiv 2024)": the version tag of a publication link, kept as a note since publications have no field for it. */
export function versionNote(version: string, where: { venue?: string; year?: number }): string {
  return `${version} (${[where.venue, where.year].filter(Boolean).join(' ') || 'no venue'})`;
}

/** Whether `note` is the version note of that publication, so that it goes when the publication does. */
export function isVersionNoteOf(note: string, where: { venue?: string; year?: number }): boolean {
  const tag = note.split(' ', 1)[0];
  return /^v\d+(?:\.\d+)*$/i.test(tag) && note === versionNote(tag, where);
}

/**
 * A later link that tags a version and goes to arXiv (`[[2025 v2]]`,
 * `[[2024v1.5]]`) is that version of the work on arXiv: recorded as such, its
 * year read from the arXiv number if not given. An untagged later link with
 * no venue (`[[2024]]`, `[[paper]]`) is the same version elsewhere; group.ts
 * keeps it in also_at.
 */
function readVersions(venueLinks: VenueLink[], resolveVenue: VenueResolver) {
  for (const link of venueLinks.slice(1)) {
    const arxiv = link.version && link.venue === undefined ? arxivIdFromUrl(link.url) : undefined;
    if (!arxiv) continue;
    link.venue = resolveVenue('arXiv');
    link.year ??= arxivYear(arxiv);
  }
}

export function otherPublications(read: ReadListing): Publication[] {
  return read.venueLinks
    .slice(1)
    .filter((v): v is Required<VenueLink> => v.venue !== undefined && v.year !== undefined)
    .map((v) => ({ venue: v.venue, year: v.year, url: v.url }));
}
