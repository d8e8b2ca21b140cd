/**
 * Awesome-list README → data/papers and data/datasets, merged three-way with
 * what is already there (see merge.ts), plus a report of everything it did,
 * could not do, or had to guess.
 */
import { mkdirSync, unlinkSync, writeFileSync, existsSync } from 'node:fs';
import path from 'node:path';
import { datasetSchema, paperSchema } from '../catalog/schema.ts';
import { serializeEntry } from '../catalog/write-entry.ts';
import { parseAwesomeList, type OtherLine } from './markdown.ts';
import { headingResolver } from './sections.ts';
import type { Notice } from './listing.ts';
import { venueLookup } from '../catalog/venues.ts';
import { triage } from './triage.ts';
import { groupListings, lineOfDraft, regroup, urlsOfDraft, type Draft } from './group.ts';
import { applyDatasetRows } from './dataset-facts.ts';
import { firstListedOf, type FirstListed } from './first-listed.ts';
import { fileViewOnlyPapers } from './infer.ts';
import { datasetIdCandidates, paperIdCandidates, slugify, titlePrefixName, uniqueId } from '../catalog/ids.ts';
import { mergeEntry, same, type FieldEdit, type Fields } from './merge.ts';
import { BASELINE_FILE, readBaseline, readCategories, readExisting, readVenues, serializeBaseline, type ExistingEntry } from './data-dir.ts';
import { createMatcher, refOf } from './match.ts';
import { normalizeUrl } from '../catalog/normalize.ts';

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
  /** Lines that hold no entry and need no attention (intro prose, figures, tables of contents, citation block), by reason. */
  ignored: Record<string, number>;
}

export interface ImportOptions {
  markdown: string;
  dataDir: string;
  dryRun?: boolean;
  /** When the list first carried each URL (first-listed.ts): sets `added` to the day it first carried the entry. */
  firstListed?: FirstListed;
  /** `added:` date for entries created by this run that firstListed does not date, YYYY-MM-DD. */
  added?: string;
}

const today = () => new Date().toISOString().slice(0, 10);

/**
 * A paper link a person replaced (a publisher page for the list's arXiv link)
 * is still an address of the paper: it is kept in also_at, so every URL the
 * list gives stays in the entry.
 */
function keepReplacedPaperLink(next: Fields, file: Fields): Fields {
  const listed = (next.links as Fields | undefined)?.paper as string | undefined;
  const chosen = (file.links as Fields | undefined)?.paper as string | undefined;
  if (!listed || !chosen || normalizeUrl(listed) === normalizeUrl(chosen)) return next;
  const also = ((next.also_at as string[] | undefined) ?? []).filter((url) => normalizeUrl(url) !== normalizeUrl(chosen));
  return { ...next, also_at: also.some((url) => normalizeUrl(url) === normalizeUrl(listed)) ? also : [...also, listed] };
}

/** Required fields an update may not empty. */
const KEPT_WHEN_DROPPED = { papers: ['title', 'year', 'categories'], datasets: ['name', 'year'] } as const;

export function importAwesomeList({ markdown, dataDir, dryRun = false, added = today(), firstListed }: ImportOptions): ImportReport {
  const venues = readVenues(dataDir);
  const categories = readCategories(dataDir);
  const resolveHeading = headingResolver(categories);
  const resolveVenue = venueLookup(venues).resolve;
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
  const sorted = triage(parsed, resolveHeading, resolveVenue, notices);
  report.commentedOut = sorted.commentedOut;
  report.ignored = sorted.ignored;

  // 2. Listings → drafts, matched to the entries already in data/.
  let { papers, datasets } = groupListings(sorted.paperListings, sorted.datasetListings, notices);
  datasets = [...datasets, ...applyDatasetRows(sorted.datasetRows, datasets, papers, resolveVenue, notices)];
  const unreadable = new Map<string, string>();
  const existing = { papers: readExisting(dataDir, 'papers', unreadable), datasets: readExisting(dataDir, 'datasets', unreadable) };
  report.unreadable = [...unreadable.values()];
  const baseline = readBaseline(dataDir);
  const { matchOf, takenIds } = createMatcher(existing, baseline);
  // Listings a person merged into one entry by hand stay merged.
  papers = regroup(papers, (draft) => matchOf(draft).entry?.id, notices);

  // 3. Papers that no section files.
  const unfiled = fileViewOnlyPapers(papers, (paper) => matchOf(paper).entry !== undefined, notices);

  // 4. Ids: existing entries keep theirs; new ones get a stable name.
  const taken = { papers: takenIds('papers', unreadable.keys()), datasets: takenIds('datasets', unreadable.keys()) };
  const ids = new Map<Draft, { id: string; entry?: ExistingEntry; deleted: boolean }>();
  const leaveAlone = (draft: Draft, ref: string) =>
    notices.push({ line: lineOfDraft(draft), kind: 'needs-person', message: `${ref}.yaml may hold this entry but cannot be read (${unreadable.get(ref)}); fix it and import again` });
  const assign = (draft: Draft) => {
    const match = matchOf(draft);
    if (match.entry) return ids.set(draft, { id: match.entry.id, entry: match.entry, deleted: false });
    if (match.baselineId) {
      const ref = refOf(draft.kind, match.baselineId);
      if (unreadable.has(ref)) return leaveAlone(draft, ref);
      return ids.set(draft, { id: match.baselineId, deleted: true });
    }
    const candidates =
      draft.kind === 'papers'
        ? paperIdCandidates(titlePrefixName(draft.title), draft.links.code ?? draft.links.unofficial_code, draft.title)
        : datasetIdCandidates(draft.name);
    const clash = candidates.map((c) => (c ? refOf(draft.kind, slugify(c)) : '')).find((ref) => unreadable.has(ref));
    if (clash) return leaveAlone(draft, clash);
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
      notices.push({ line: lineOfDraft(draft), kind: 'warning', message: `${ref} was deleted from data by hand; not re-created` });
      nextBaseline[ref] = next;
      return;
    }
    const listed = firstListed && firstListedOf(firstListed, urlsOfDraft(draft));
    const { added: fileAdded, ...fileFields } = entry?.value ?? {};
    if (draft.kind === 'papers') next = keepReplacedPaperLink(next, fileFields);
    // A dated entry's `added` takes part in the merge; a baseline from before dates were imported
    // holds no `added`, and the file's then is the importer's own placeholder, not a person's edit.
    // A file made by hand before the list carried it (npm run new) keeps the earlier of the two days.
    const oldBase = baseline.entries[ref];
    const handMade = entry && !oldBase && typeof fileAdded === 'string';
    const dated = listed ? { ...next, added: handMade && (fileAdded as string) < listed ? fileAdded : listed } : next;
    const base = listed && fileAdded !== undefined && (handMade || (oldBase && !('added' in oldBase))) ? { ...(oldBase ?? {}), added: fileAdded } : oldBase;
    const file = entry ? (listed && fileAdded !== undefined ? { ...fileFields, added: fileAdded } : fileFields) : undefined;
    const { merged, changed, keptHandEdits } = mergeEntry(base, file, dated);
    const full = listed ? merged : { ...merged, added: entry ? fileAdded : added };
    report.keptHandEdits.push(...keptHandEdits.map((edit) => ({ ...edit, ref })));
    // A required fact the README stopped giving (a year dropped from a label) is not a deletion: the file keeps it.
    for (const key of KEPT_WHEN_DROPPED[draft.kind]) {
      if (full[key] === undefined && fileFields[key] !== undefined) {
        full[key] = fileFields[key];
        notices.push({ line: lineOfDraft(draft), kind: 'warning', message: `${ref}: the README no longer gives ${key}; kept ${JSON.stringify(fileFields[key])} from the file` });
      }
    }
    const schema = draft.kind === 'papers' ? paperSchema : datasetSchema;
    const valid = schema.safeParse(full);
    if (!valid.success) {
      const problems = valid.error.issues.map((i) => `${i.path.join('.') || 'entry'}: ${i.message}`).join('; ');
      notices.push({ line: lineOfDraft(draft), kind: 'needs-person', message: `${ref} (lines ${lineList(draft)}) would not be valid, so it was not ${entry ? 'updated' : 'written'}: ${problems}` });
      if (entry) nextBaseline[ref] = oldBase ?? next;
      return;
    }
    nextBaseline[ref] = dated;
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
      more_links: optionalList(paper.more_links),
      also_at: optionalList(paper.also_at),
      categories,
      datasets: optionalList(paper.datasets.filter((d) => ids.has(d)).map((d) => ids.get(d)!.id)),
      tags: optionalList(paper.tags),
      notes: optionalList(paper.notes),
      featured: paper.featured || undefined,
    });
  }
  for (const dataset of datasets) {
    // A dataset whose file cannot be read was left alone (and reported) when ids were assigned.
    if (!ids.has(dataset)) continue;
    const introducedBy = dataset.introducedBy && ids.has(dataset.introducedBy) ? ids.get(dataset.introducedBy)!.id : undefined;
    emit(dataset, {
      id: ids.get(dataset)!.id,
      name: dataset.name,
      aliases: dataset.aliases,
      year: dataset.year ?? dataset.paper?.year ?? dataset.introducedBy?.year,
      introduced_by: introducedBy,
      paper: introducedBy ? undefined : dataset.paper,
      also_published: optionalList(dataset.also_published),
      links: dataset.links.data || dataset.links.project ? { ...dataset.links } : undefined,
      ...dataset.facts,
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
