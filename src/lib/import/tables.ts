/**
 * Markdown tables of an awesome list, read as GFM tables (mdast) rather than
 * split on `|`: a cell is inline markdown — star badges, `<br>`, bold titles,
 * `[Github](…)` links — and the parser that Astro and awesome-lint use already
 * knows which of it is text, which a link and which an image. The header row
 * names the columns; what a column means is decided by its name, so reordered
 * or extra columns still read.
 */
import { fromMarkdown } from 'mdast-util-from-markdown';
import { gfmTable } from 'micromark-extension-gfm-table';
import { gfmTableFromMarkdown } from 'mdast-util-gfm-table';
import type { Heading, ItemLink, Listing } from './markdown.ts';

export interface CellLink {
  text: string;
  url: string;
}

export interface Cell {
  /** What a reader sees, images and `<br>` left out, white space folded. */
  text: string;
  links: CellLink[];
}

export interface TableRow {
  line: number;
  cells: Cell[];
}

export interface Table {
  line: number;
  headings: Heading[];
  columns: string[];
  rows: TableRow[];
}

export type Node = { type: string; value?: string; url?: string; depth?: number; children?: Node[]; position?: { start: { line: number }; end?: { line: number } } };

function textOf(node: Node): string {
  if (node.type === 'image' || node.type === 'html') return ' ';
  if (node.type === 'text' || node.type === 'inlineCode') return node.value ?? '';
  return (node.children ?? []).map(textOf).join('');
}

/** Every link in a cell (or any node), with its text; shared with the results importer. */
export function linksOf(node: Node, into: CellLink[] = []): CellLink[] {
  if (node.type === 'link' && node.url) into.push({ text: fold(textOf(node)), url: node.url });
  else for (const child of node.children ?? []) linksOf(child, into);
  return into;
}

export const fold = (text: string) => text.replace(/\s+/g, ' ').trim();

/** One table block (its lines, the first at `line`) as columns and rows; undefined when it is not a GFM table. */
export function parseTable(lines: string[], line: number, headings: Heading[]): Table | undefined {
  const tree = fromMarkdown(lines.join('\n'), { extensions: [gfmTable()], mdastExtensions: [gfmTableFromMarkdown()] }) as Node;
  const table = tree.children?.find((node) => node.type === 'table');
  if (!table?.children?.length) return undefined;
  const [header, ...body] = table.children;
  const cells = (row: Node): Cell[] => (row.children ?? []).map((cell) => ({ text: fold(textOf(cell)), links: linksOf(cell) }));
  return {
    line,
    headings,
    columns: cells(header).map((cell) => cell.text),
    rows: body.map((row) => ({ line: line + (row.position?.start.line ?? 1) - 1, cells: cells(row) })),
  };
}

export type ColumnKind = 'title' | 'venue' | 'date' | 'code' | 'topic' | 'dataset' | 'classes' | 'normal' | 'abnormal' | 'total' | 'annotation' | 'source';

const COLUMN_NAMES: Array<[RegExp, ColumnKind]> = [
  [/^(?:title|paper|method)$/, 'title'],
  [/^(?:venue|conference|journal|published)$/, 'venue'],
  [/^(?:date|year|time)$/, 'date'],
  [/^(?:code|github|repo(?:sitory)?)$/, 'code'],
  [/^(?:topic|topics|category|setting)$/, 'topic'],
  [/^(?:dataset|datasets|name)$/, 'dataset'],
  [/^(?:class|classes|categories)$/, 'classes'],
  [/^normal(?: images)?$/, 'normal'],
  [/^abnormal(?: images)?$/, 'abnormal'],
  [/^total(?: images)?$/, 'total'],
  [/^annotation(?: level)?$/, 'annotation'],
  [/^(?:source|modality)$/, 'source'],
];

export function columnKind(name: string): ColumnKind | undefined {
  const key = name.toLowerCase().replace(/\s+/g, ' ').trim();
  return COLUMN_NAMES.find(([pattern]) => pattern.test(key))?.[1];
}

/** Column kind → index, for the columns this importer understands. */
export function columnsOf(table: Table): Partial<Record<ColumnKind, number>> {
  const at: Partial<Record<ColumnKind, number>> = {};
  table.columns.forEach((name, i) => {
    const kind = columnKind(name);
    if (kind && at[kind] === undefined) at[kind] = i;
  });
  return at;
}

export const isDatasetTable = (table: Table) => {
  const at = columnsOf(table);
  return at.dataset !== undefined && (at.classes !== undefined || at.total !== undefined || at.annotation !== undefined);
};

export const isPaperTable = (table: Table) => columnsOf(table).title !== undefined;

/**
 * A row of a paper table as a list item: the title cell's text is the title;
 * its link is the paper, labelled with the venue and date cells ("CVPR 2022"),
 * as a list item writes `[[CVPR 2022]](…)`; a venue cell's own link (an older
 * table shape) is the paper link with that label; Code column links are code;
 * the topic cell names sections the paper belongs to.
 */
export function paperRowListing(table: Table, row: TableRow): Listing {
  const at = columnsOf(table);
  const cell = (kind: ColumnKind): Cell => (at[kind] === undefined ? { text: '', links: [] } : (row.cells[at[kind]!] ?? { text: '', links: [] }));
  const title = cell('title');
  const venue = cell('venue');
  const date = cell('date');
  const label = [venue.links.length ? '' : venue.text, date.text].filter(Boolean).join(' ');
  const links: ItemLink[] = [];
  for (const link of title.links) links.push({ label: label || link.text, url: link.url, single: false });
  for (const link of venue.links) links.push({ label: [link.text, date.text].filter(Boolean).join(' '), url: link.url, single: false });
  for (const link of cell('code').links) links.push({ label: 'code', url: link.url, single: false });
  // Links in columns this importer has no name for keep their own text as the label.
  row.cells.forEach((other, i) => {
    if (!Object.values(at).includes(i)) for (const link of other.links) links.push({ label: link.text, url: link.url, single: false });
  });
  const bareLabels = title.links.length || venue.links.length || !label ? [] : [label];
  const topics = cell('topic')
    .text.split(/\s*[,/]\s*/)
    .map((topic) => topic.trim())
    .filter(Boolean);
  return { line: row.line, headings: table.headings, title: title.text, links, bareLabels, stray: [], fromTable: true, topics };
}
