/**
 * Awesome-list README → data/papers and data/datasets, merged three-way with
 * what is already there (see merge.ts), plus a report of everything it did,
 * could not do, or had to guess.
 */
import { mkdirSync, unlinkSync, writeFileSync, existsSync } from 'node:fs';
import path from 'node:path';
import { datasetSchema, paperSchema } from '../schema.ts';
import { serializeEntry } from '../write-entry.ts';
import { normalizeTitle, normalizeUrl } from '../normalize.ts';
import { parseAwesomeList, type OtherLine } from './markdown.ts';
import { headingResolver } from './sections.ts';
import { readListing, venueResolver, type Notice, type ReadListing } from './listing.ts';
import { groupListings, regroup, type DatasetDraft, type Draft, type PaperDraft } from './group.ts';
import { inferCategory } from './infer.ts';
import { repoName, titlePrefixName, titleSlug, uniqueId } from './ids.ts';
import { mergeEntry, same, type FieldEdit, type Fields } from './merge.ts';
import { BASELINE_FILE, readBaseline, readCategories, readExisting, readVenues, serializeBaseline, type ExistingEntry, type Kind } from './data-dir.ts';

export { parseAwesomeList } from './markdown.ts';

export const MERGE_POLICY =
  'merge policy: three-way per field against data/.import-baseline.json — a field still equal to what the importer last wrote follows the README; a field a person changed is kept; nothing is deleted';

export interface EntryChange {
  ref: string;
  fields: string[];
}

export interface ImportReport {
  policy: string;
  listings: number;
  papers: number;
  datasets: number;
  created: string[];
  updated: EntryChange[];
  unchanged: string[];
  keptHandEdits: Array<FieldEdit & { ref: string }>;
  conflicts: Notice[];
  /** Lines that are not part of any entry: prose in a list section, items under non-list headings, unmapped headings. */
  unparsed: Notice[];
  warnings: Notice[];
  /** Listings the importer could not turn into a valid entry by itself. */
  needsPerson: Notice[];
  commentedOut: OtherLine[];
  notInReadme: string[];
  unreadable: string[];
  /** Non-item lines outside list sections (intro prose, figures, citation block), by reason. */
  ignored: Record<string, number>;
}

export interface ImportOptions {
  markdown: string;
  dataDir: string;
  dryRun?: boolean;
  /** `added:` date for entries created by this run, YYYY-MM-DD. */
  added?: string;
}

const keysOfDraft = (draft: Draft): string[] => {
  const keys = draft.listings.map((l) => `t:${normalizeTitle(l.title)}`);
  if (draft.kind === 'papers') {
    keys.push(`t:${normalizeTitle(draft.title)}`);
    for (const l of draft.listings) if (l.venueLinks[0]) keys.push(`u:${normalizeUrl(l.venueLinks[0].url)}`);
    if (draft.links.paper) keys.push(`u:${normalizeUrl(draft.links.paper)}`);
  } else {
    keys.push(`n:${normalizeTitle(draft.name)}`);
    if (draft.paper?.url) keys.push(`u:${normalizeUrl(draft.paper.url)}`);
    if (draft.links.data) keys.push(`d:${normalizeUrl(draft.links.data)}`);
  }
  return keys;
};

const keysOfFields = (kind: Kind, value: Fields): string[] => {
  const keys: string[] = [];
  const str = (v: unknown) => (typeof v === 'string' ? v : undefined);
  if (kind === 'papers') {
    const title = str(value.title);
    if (title) keys.push(`t:${normalizeTitle(title)}`);
    const links = (value.links ?? {}) as Fields;
    for (const url of [links.paper, links.project, ...((value.also_published as Fields[] | undefined) ?? []).map((p) => p.url)]) {
      if (str(url)) keys.push(`u:${normalizeUrl(url as string)}`);
    }
  } else {
    for (const name of [value.name, ...((value.aliases as unknown[] | undefined) ?? [])]) if (str(name)) keys.push(`n:${normalizeTitle(name as string)}`);
    const paper = (value.paper ?? {}) as Fields;
    if (str(paper.url)) keys.push(`u:${normalizeUrl(paper.url as string)}`);
    const data = ((value.links ?? {}) as Fields).data;
    if (str(data)) keys.push(`d:${normalizeUrl(data as string)}`);
  }
  return keys;
};

function indexByKeys<T>(items: T[], keysOf: (item: T) => string[]): Map<string, T> {
  const map = new Map<string, T>();
  for (const item of items) for (const key of keysOf(item)) if (!map.has(key)) map.set(key, item);
  return map;
}

const today = () => new Date().toISOString().slice(0, 10);
const refOf = (kind: Kind, id: string) => `${kind}/${id}`;

export function importAwesomeList({ markdown, dataDir, dryRun = false, added = today() }: ImportOptions): ImportReport {
  const venues = readVenues(dataDir);
  const categories = readCategories(dataDir);
  const resolveHeading = headingResolver(categories);
  const resolveVenue = venueResolver(venues);
  const report: ImportReport = {
    policy: MERGE_POLICY,
    listings: 0,
    papers: 0,
    datasets: 0,
    created: [],
    updated: [],
    unchanged: [],
    keptHandEdits: [],
    conflicts: [],
    unparsed: [],
    warnings: [],
    needsPerson: [],
    commentedOut: [],
    notInReadme: [],
    unreadable: [],
    ignored: {},
  };
  const notices: Notice[] = [];

  // 1. Markdown → listings placed in sections.
  const parsed = parseAwesomeList(markdown);
  report.listings = parsed.listings.length;
  const reported = new Set<number>();
  const paperListings: ReadListing[] = [];
  const datasetListings: ReadListing[] = [];
  for (const listing of parsed.listings) {
    const read = readListing(listing, resolveHeading, resolveVenue, notices);
    for (const heading of read.placement.unmapped) {
      if (reported.has(heading.line)) continue;
      reported.add(heading.line);
      notices.push({ line: heading.line, kind: 'unparsed', message: `heading "${heading.text}" maps to no category; items under it are filed under the nearest mapped heading above it, if any` });
    }
    if (read.placement.notAList || (!read.placement.category && !read.placement.view && !read.placement.featured && !read.placement.datasets && !read.placement.tags.length)) {
      notices.push({ line: read.line, kind: 'unparsed', message: `list item outside any list section (under "${listing.headings.at(-1)?.text ?? 'no heading'}"); not imported: ${listing.title}` });
      continue;
    }
    if (read.placement.datasets && read.prefix) datasetListings.push(read);
    else {
      if (read.prefix) notices.push({ line: read.line, kind: 'warning', message: `"(${read.prefix})" before the title outside the dataset section; ignored` });
      paperListings.push(read);
    }
  }
  for (const other of parsed.others) {
    if (other.reason === 'commented-out item') report.commentedOut.push(other);
    else if (other.reason === 'prose') {
      const placement = other.headings.length ? other.headings.map((h) => resolveHeading(h.text)).filter(Boolean).at(-1) : undefined;
      const inList = placement !== undefined && placement.kind !== 'not-a-list' && placement.kind !== 'group';
      if (inList) notices.push({ line: other.line, kind: 'unparsed', message: `not a list item: ${other.text}` });
      else report.ignored.prose = (report.ignored.prose ?? 0) + 1;
    } else report.ignored[other.reason] = (report.ignored[other.reason] ?? 0) + 1;
  }

  // 2. Listings → drafts, matched to the entries already in data/.
  let { papers, datasets } = groupListings(paperListings, datasetListings, notices);
  const existing = { papers: readExisting(dataDir, 'papers', report.unreadable), datasets: readExisting(dataDir, 'datasets', report.unreadable) };
  const baseline = readBaseline(dataDir);
  const existingByKey = {
    papers: indexByKeys(existing.papers, (e) => keysOfFields('papers', e.value)),
    datasets: indexByKeys(existing.datasets, (e) => keysOfFields('datasets', e.value)),
  };
  const baselineIds = (kind: Kind) => Object.keys(baseline.entries).filter((ref) => ref.startsWith(`${kind}/`)).map((ref) => ref.slice(kind.length + 1));
  const baselineByKey = {
    papers: indexByKeys(baselineIds('papers'), (id) => keysOfFields('papers', baseline.entries[refOf('papers', id)])),
    datasets: indexByKeys(baselineIds('datasets'), (id) => keysOfFields('datasets', baseline.entries[refOf('datasets', id)])),
  };
  const existingById = { papers: new Map(existing.papers.map((e) => [e.id, e])), datasets: new Map(existing.datasets.map((e) => [e.id, e])) };
  const matchOf = (draft: Draft): { entry?: ExistingEntry; baselineId?: string } => {
    const keys = keysOfDraft(draft);
    for (const key of keys) {
      const entry = existingByKey[draft.kind].get(key);
      if (entry) return { entry };
    }
    for (const key of keys) {
      const id = baselineByKey[draft.kind].get(key);
      if (id) return existingById[draft.kind].has(id) ? { entry: existingById[draft.kind].get(id) } : { baselineId: id };
    }
    return {};
  };
  // Listings a person merged into one entry by hand stay merged.
  papers = regroup(papers, (draft) => matchOf(draft).entry?.id, notices);

  // 3. Papers that no section files: infer a category, fold into their dataset, or hand them to a person.
  const unfiled = new Set<PaperDraft>();
  for (const paper of papers) {
    if (paper.categories.length) continue;
    const match = matchOf(paper).entry;
    const guess = inferCategory(paper.title);
    const line = paper.listings[0].line;
    if (guess) {
      paper.categories.push(guess.category);
      if (guess.tag && !paper.tags.includes(guess.tag)) paper.tags.push(guess.tag);
      notices.push({ line, kind: 'warning', message: `"${paper.title}" is listed only under views; filed under ${guess.category} because its title says "${guess.because}"` });
    } else if (match) {
      continue; // filed by hand: emit() keeps the file's categories
    } else if (paper.datasets.length) {
      for (const dataset of paper.datasets) {
        dataset.introducedBy = undefined;
        dataset.paper = { title: paper.title, venue: paper.venue, year: paper.year, url: paper.links.paper };
        dataset.links.data ??= paper.links.data;
      }
      unfiled.add(paper);
      notices.push({ line, kind: 'warning', message: `"${paper.title}" is listed only under views; kept as the paper of dataset ${paper.datasets.map((d) => d.name).join(', ')} rather than as a paper entry` });
    } else {
      unfiled.add(paper);
      notices.push({ line, kind: 'needs-person', message: `"${paper.title}" is listed only under views (lines ${paper.listings.map((l) => l.line).join(', ')}) and no category could be inferred; add data/papers/<id>.yaml by hand, the next import will find it by title or link` });
    }
  }

  // 4. Ids: existing entries keep theirs; new ones get a stable name.
  const taken = { papers: new Set([...existingById.papers.keys(), ...baselineIds('papers')]), datasets: new Set([...existingById.datasets.keys(), ...baselineIds('datasets')]) };
  const ids = new Map<Draft, { id: string; entry?: ExistingEntry; deleted: boolean }>();
  const assign = (draft: Draft) => {
    const match = matchOf(draft);
    if (match.entry) return ids.set(draft, { id: match.entry.id, entry: match.entry, deleted: false });
    if (match.baselineId) return ids.set(draft, { id: match.baselineId, deleted: true });
    const candidates =
      draft.kind === 'papers'
        ? [titlePrefixName(draft.title), repoName(draft.links.code ?? draft.links.unofficial_code), titleSlug(draft.title)]
        : [draft.name.replace(/\s+data(?:set|base)?$/i, ''), draft.name];
    return ids.set(draft, { id: uniqueId(candidates, taken[draft.kind]), deleted: false });
  };
  papers.filter((p) => !unfiled.has(p)).forEach(assign);
  datasets.forEach(assign);

  // 5. Drafts → entries, merged three-way and written.
  const nextBaseline: Record<string, Fields> = {};
  const written = new Set<string>();
  const lineList = (draft: Draft) => draft.listings.map((l) => l.line).join(', ');
  const emit = (draft: Draft, next: Fields) => {
    const assigned = ids.get(draft);
    if (!assigned) return;
    const { id, entry, deleted } = assigned;
    const ref = refOf(draft.kind, id);
    if (deleted) {
      notices.push({ line: draft.listings[0].line, kind: 'warning', message: `${ref} was deleted from data by hand; not re-created` });
      nextBaseline[ref] = next;
      return;
    }
    const base = baseline.entries[ref];
    const { added: fileAdded, ...fileFields } = entry?.value ?? {};
    const { merged, changed, keptHandEdits } = mergeEntry(base, entry ? fileFields : undefined, next);
    const full = { ...merged, added: entry ? fileAdded : added };
    report.keptHandEdits.push(...keptHandEdits.map((edit) => ({ ...edit, ref })));
    const schema = draft.kind === 'papers' ? paperSchema : datasetSchema;
    const valid = schema.safeParse(full);
    if (!valid.success) {
      const problems = valid.error.issues.map((i) => `${i.path.join('.') || 'entry'}: ${i.message}`).join('; ');
      notices.push({ line: draft.listings[0].line, kind: 'needs-person', message: `${ref} (lines ${lineList(draft)}) would not be valid, so it was not ${entry ? 'updated' : 'written'}: ${problems}` });
      if (entry) nextBaseline[ref] = base ?? next;
      return;
    }
    nextBaseline[ref] = next;
    written.add(ref);
    if (!entry) report.created.push(ref);
    else if (same(full, entry.value)) report.unchanged.push(ref);
    else report.updated.push({ ref, fields: changed });
    if (!dryRun && (!entry || !same(full, entry.value))) {
      mkdirSync(path.join(dataDir, draft.kind), { recursive: true });
      writeFileSync(path.join(dataDir, draft.kind, `${id}.yaml`), serializeEntry(draft.kind, full));
    }
  };

  const optionalList = <T>(list: T[]) => (list.length ? list : undefined);
  for (const paper of papers) {
    if (!ids.has(paper)) continue;
    const match = ids.get(paper)!.entry;
    const categories = paper.categories.length ? paper.categories : (match?.value.categories as string[] | undefined) ?? [];
    emit(paper, {
      id: ids.get(paper)!.id,
      title: paper.title,
      method: titlePrefixName(paper.title),
      year: paper.year,
      venue: paper.venue,
      arxiv: paper.arxiv,
      links: { ...paper.links },
      also_published: optionalList(paper.also_published),
      categories,
      datasets: optionalList(paper.datasets.filter((d) => ids.has(d)).map((d) => ids.get(d)!.id)),
      tags: optionalList(paper.tags),
      notes: optionalList(paper.notes),
      featured: paper.featured || undefined,
    });
  }
  for (const dataset of datasets) {
    const introducedBy = dataset.introducedBy && ids.has(dataset.introducedBy) ? ids.get(dataset.introducedBy)!.id : undefined;
    emit(dataset, {
      id: ids.get(dataset)!.id,
      name: dataset.name,
      year: dataset.year ?? dataset.paper?.year ?? dataset.introducedBy?.year,
      introduced_by: introducedBy,
      paper: introducedBy ? undefined : dataset.paper,
      also_published: optionalList(dataset.also_published),
      links: dataset.links.data || dataset.links.project ? { ...dataset.links } : undefined,
      notes: optionalList(dataset.notes),
    });
  }

  // 6. What is in data/ but not (any more) in the README; the new baseline.
  for (const kind of ['papers', 'datasets'] as const) {
    for (const entry of existing[kind]) {
      const ref = refOf(kind, entry.id);
      if (ref in nextBaseline) continue;
      report.notInReadme.push(ref);
      if (baseline.entries[ref]) nextBaseline[ref] = baseline.entries[ref];
    }
  }
  if (!dryRun) {
    const baselineFile = path.join(dataDir, BASELINE_FILE);
    const sorted = Object.fromEntries(Object.keys(nextBaseline).sort().map((ref) => [ref, nextBaseline[ref]]));
    if (Object.keys(sorted).length) writeFileSync(baselineFile, serializeBaseline({ entries: sorted }));
    else if (existsSync(baselineFile)) unlinkSync(baselineFile);
  }

  report.papers = papers.length;
  report.datasets = datasets.length;
  const byLine = (a: Notice, b: Notice) => a.line - b.line;
  report.conflicts = notices.filter((n) => n.kind === 'conflict').sort(byLine);
  report.unparsed = notices.filter((n) => n.kind === 'unparsed').sort(byLine);
  report.warnings = notices.filter((n) => n.kind === 'warning').sort(byLine);
  report.needsPerson = notices.filter((n) => n.kind === 'needs-person').sort(byLine);
  return report;
}
