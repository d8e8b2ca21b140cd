/**
 * Every line of the README accounted for: list items become paper or dataset
 * listings, and each other line is either expected (intro prose, figures,
 * citation blocks outside list sections) or reported with its line number.
 */
import type { OtherLine, ParsedList } from './markdown.ts';
import type { HeadingResolver } from './sections.ts';
import { readListing, type Notice, type ReadListing, type VenueResolver } from './listing.ts';
import { isDatasetTable } from './tables.ts';
import { datasetNameOf } from '../catalog/ids.ts';
import { datasetRows, type DatasetRow } from './dataset-table.ts';

export interface Triage {
  paperListings: ReadListing[];
  datasetListings: ReadListing[];
  /** Rows of the dataset statistics table: facts for datasets listed (or not) elsewhere. */
  datasetRows: DatasetRow[];
  commentedOut: OtherLine[];
  /** Non-item lines outside list sections, counted by reason. */
  ignored: Record<string, number>;
}

export function triage(parsed: ParsedList, resolveHeading: HeadingResolver, resolveVenue: VenueResolver, notices: Notice[]): Triage {
  const result: Triage = { paperListings: [], datasetListings: [], datasetRows: [], commentedOut: [], ignored: {} };
  for (const table of parsed.tables) {
    if (isDatasetTable(table)) result.datasetRows.push(...datasetRows(table, notices));
    else for (const row of table.rows) notices.push({ line: row.line, kind: 'unparsed', message: `row of a table whose columns (${table.columns.join(', ')}) name neither papers nor datasets: ${row.cells.map((c) => c.text).join(' | ')}` });
  }
  const reported = new Set<number>();
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
    // The newer list files dataset papers in the dataset section without a "(Name)" prefix; their title names the dataset.
    if (read.placement.datasets && !read.prefix) read.prefix = datasetNameOf(read.title);
    if (read.placement.datasets && read.prefix) result.datasetListings.push(read);
    else {
      if (read.prefix) notices.push({ line: read.line, kind: 'warning', message: `"(${read.prefix})" before the title outside the dataset section; ignored` });
      result.paperListings.push(read);
    }
  }
  for (const other of parsed.others) {
    if (other.reason === 'commented-out item') result.commentedOut.push(other);
    else if (other.reason === 'prose') {
      const placement = other.headings.length ? other.headings.map((h) => resolveHeading(h.text)).filter(Boolean).at(-1) : undefined;
      const inList = placement !== undefined && placement.kind !== 'not-a-list' && placement.kind !== 'group';
      if (inList) notices.push({ line: other.line, kind: 'unparsed', message: `not a list item: ${other.text}` });
      else result.ignored.prose = (result.ignored.prose ?? 0) + 1;
    } else result.ignored[other.reason] = (result.ignored[other.reason] ?? 0) + 1;
  }

  return result;
}
