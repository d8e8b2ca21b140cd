/**
 * Rows of the dataset statistics table joined to the datasets the list
 * names elsewhere: a row fills the facts of the dataset it describes —
 * matched by its link, then its name (the table writes "KolekrotSDD" for
 * KolektorSDD, so a name within a typo or two still matches) — and a row no
 * listing names becomes a dataset of its own, introduced by the paper that
 * carries its name when there is one.
 */
import { normalizeTitle, normalizeUrl } from '../catalog/normalize.ts';
import { closest } from '../catalog/suggest.ts';
import { titlePrefixName } from '../catalog/ids.ts';
import type { DatasetDraft, PaperDraft } from './group.ts';
import type { DatasetRow } from './dataset-table.ts';
import type { Notice, VenueResolver } from './listing.ts';

const squash = (name: string) => normalizeTitle(name).replace(/\s+/g, '');

function findDraft(row: DatasetRow, datasets: DatasetDraft[]): { draft: DatasetDraft; by: string } | undefined {
  const url = row.url && normalizeUrl(row.url);
  const byLink = url ? datasets.find((d) => [d.links.data, d.links.project, d.paper?.url].some((u) => u && normalizeUrl(u) === url)) : undefined;
  if (byLink) return { draft: byLink, by: 'its link' };
  const names = new Map(datasets.map((d) => [squash(d.name), d]));
  const exact = names.get(squash(row.name)) ?? row.aliases?.map((alias) => names.get(squash(alias))).find(Boolean);
  if (exact) return { draft: exact, by: 'its name' };
  const near = closest(row.name, names.keys());
  return near === undefined ? undefined : { draft: names.get(near)!, by: 'a name a letter or two apart' };
}

export function applyDatasetRows(rows: DatasetRow[], datasets: DatasetDraft[], papers: PaperDraft[], resolveVenue: VenueResolver, notices: Notice[]): DatasetDraft[] {
  const created: DatasetDraft[] = [];
  const paperByName = new Map<string, PaperDraft>();
  const paperByLink = new Map<string, PaperDraft>();
  for (const paper of papers) {
    const name = titlePrefixName(paper.title);
    if (name) paperByName.set(squash(name), paper);
    for (const url of [paper.links.code, paper.links.data, paper.links.project]) if (url) paperByLink.set(normalizeUrl(url), paper);
  }
  const claimed = new Map<DatasetDraft, DatasetRow>();
  for (const row of rows) {
    const venue = row.venue === undefined ? undefined : resolveVenue(row.venue);
    if (row.venue !== undefined && !venue) notices.push({ line: row.line, kind: 'warning', message: `unknown venue "${row.venue}" in the Time cell of ${row.name}; venue left empty (add it to data/venues.yaml or as an alias)` });
    const found = findDraft(row, [...datasets, ...created]);
    let draft = found?.draft;
    const earlier = draft && claimed.get(draft);
    if (draft && earlier) {
      notices.push({ line: row.line, kind: 'conflict', message: `table rows "${earlier.name}" (line ${earlier.line}) and "${row.name}" both describe dataset "${draft.name}"; kept the first` });
      continue;
    }
    if (found && squash(found.draft.name) !== squash(row.name)) {
      notices.push({ line: row.line, kind: 'warning', message: `table row "${row.name}" read as dataset "${found.draft.name}", matched by ${found.by}` });
    }
    if (!draft) {
      // The row's link is often the introducing paper's code or data repository (Anomaly-ShapeNet, CID).
      const paper = (row.url ? paperByLink.get(normalizeUrl(row.url)) : undefined) ?? paperByName.get(squash(row.name));
      draft = { kind: 'datasets', listings: [], name: row.name, year: row.year, also_published: [], links: { data: row.url }, notes: [] };
      if (paper) {
        draft.introducedBy = paper;
        paper.datasets.push(draft);
      }
      created.push(draft);
    }
    claimed.set(draft, row);
    draft.facts = row.facts;
    draft.tableLine = row.line;
    if (row.aliases) draft.aliases = row.aliases;
    draft.year ??= row.year;
    draft.links.data ??= row.url;
    if (draft.paper && !draft.paper.venue && venue) draft.paper.venue = venue;
  }
  return created;
}
