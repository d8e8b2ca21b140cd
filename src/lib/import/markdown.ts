/**
 * Structural parse of an awesome-list README: headings, list items and their
 * bracketed links, table rows, and every other line with the reason it was not
 * an item. Pure (markdown in, data out) so that a README rendered from the
 * catalog can be fed straight back in. What the headings and labels *mean* is
 * decided later (sections.ts, labels.ts); nothing here knows the taxonomy.
 * Tables are read by tables.ts as GFM tables.
 */
import { isPaperTable, paperRowListing, parseTable, type Table } from './tables.ts';

export interface Heading {
  text: string;
  level: number;
  line: number;
}

export interface ItemLink {
  label: string;
  url: string;
  /** `[label](url)` rather than the list's usual `[[label]](url)`. */
  single: boolean;
}

export interface Listing {
  line: number;
  /** Enclosing headings, outermost first. */
  headings: Heading[];
  /** `(MVTec AD)` written before the title in the dataset section. */
  prefix?: string;
  title: string;
  links: ItemLink[];
  /** Bracketed labels with no URL, e.g. the `[2022]` of an item that has no link. */
  bareLabels: string[];
  /** Text left over between or after the links, e.g. a stray `)`. */
  stray: string[];
  fromTable: boolean;
  /** A table's topic cell, split ("Logical/Few Shot" → two): sections the paper also belongs to. */
  topics?: string[];
}

export type OtherReason = 'prose' | 'image' | 'code' | 'table-header' | 'table' | 'table of contents' | 'commented-out item' | 'comment';

export interface OtherLine {
  line: number;
  text: string;
  reason: OtherReason;
  headings: Heading[];
}

export interface ParsedList {
  headings: Heading[];
  listings: Listing[];
  /** Tables whose rows are not list items (the dataset statistics), read by triage. */
  tables: Table[];
  /** Every non-blank line that is neither a heading nor a list item. */
  others: OtherLine[];
}

const HEADING = /^ {0,3}(#{1,6})\s+(.*?)\s*#*\s*$/;
const ITEM = /^\s*(?:[+*-]|\d{1,3}[.)])\s+(.*)$/;
const IMAGE_ONLY = /^\s*(?:\[?!\[[^\]]*\]\([^)]*\)\]?(?:\([^)]*\))?\s*)+$/;
const FENCE = /^\s*(```|~~~)/;
/** `- [Memory Bank](#memory-bank)`: a table-of-contents line, links to headings of this page only. */
const TOC_ITEM = /^\s*(?:\[(?:\\.|[^\]\\])*\]\(#[^)\s]*\)\s*)+$/;
/** A line of a table block; its cells are read by tables.ts (a trailing `|` may be missing, as in the list's CID row). */
const TABLE_ROW = /^\s*\|.*\|?\s*$/;

/**
 * A link target as CommonMark writes it: `<any text but angle brackets>` (how
 * the generated list writes URLs holding spaces or parentheses), or a run
 * without spaces whose parentheses are balanced (`…/Anomaly_(statistics)`).
 * Percent-encoded targets are kept as written: decoding would corrupt URLs
 * that really hold `%28` or `%20`.
 */
const TARGET = String.raw`\((?:<([^<>\n]*)>|((?:[^()\s]|\([^()\s]*\))*))\)`;

/** `[[label]](url)`, `[label](url)`, or a bare `[[label]]` / `[label]` with no URL. */
const LINK = new RegExp(String.raw`\[\[([^\]]*)\]\]${TARGET}|(?<!!)\[([^\][]+)\]${TARGET}|\[\[([^\]]*)\]\](?!\()|\[(\d{4}[^\][]*)\](?!\()`, 'g');

export function parseItemText(body: string): Pick<Listing, 'prefix' | 'title' | 'links' | 'bareLabels' | 'stray'> {
  let text = body.trim();
  let prefix: string | undefined;
  const pre = /^\(([^()]+)\)\s*/.exec(text);
  if (pre) {
    prefix = pre[1].trim();
    text = text.slice(pre[0].length);
  }
  const links: ItemLink[] = [];
  const bareLabels: string[] = [];
  const stray: string[] = [];
  let title: string | undefined;
  let last = 0;
  for (const m of text.matchAll(LINK)) {
    const between = text.slice(last, m.index).trim();
    if (title === undefined) title = between;
    else if (between) stray.push(between);
    last = m.index + m[0].length;
    if (m[1] !== undefined) links.push({ label: m[1].trim(), url: (m[2] ?? m[3]).trim(), single: false });
    else if (m[4] !== undefined) links.push({ label: m[4].trim(), url: (m[5] ?? m[6]).trim(), single: true });
    else bareLabels.push((m[7] ?? m[8]).trim());
  }
  const rest = text.slice(last).trim();
  if (title === undefined) title = rest;
  else if (rest) stray.push(rest);
  // **Bold** or `code` styling around a title is presentation, not part of it.
  const plain = plainText(title);
  return { prefix, title: plain, links, bareLabels, stray };
}

const SUPERSCRIPT: Record<string, string> = { '0': '⁰', '1': '¹', '2': '²', '3': '³', '4': '⁴', '5': '⁵', '6': '⁶', '7': '⁷', '8': '⁸', '9': '⁹' };

/**
 * A title as text: **bold** and `code` styling is presentation, and so is
 * inline HTML, except that `D<sup>3</sup>` is how the list writes "D³".
 */
export function plainText(title: string): string {
  return title
    .replace(/<sup>\s*(\d+)\s*<\/sup>/gi, (_, digits: string) => [...digits].map((d) => SUPERSCRIPT[d]).join(''))
    .replace(/<\/?[a-z][^>]*>/gi, '')
    .replace(/\*\*|__|`/g, '')
    .replace(/\s+/g, ' ')
    .trim();
}

export function parseAwesomeList(markdown: string): ParsedList {
  const lines = markdown.replace(/^\uFEFF/, '').split(/\r?\n/);
  const headings: Heading[] = [];
  const listings: Listing[] = [];
  const others: OtherLine[] = [];
  let stack: Heading[] = [];
  let fence = false;
  let inComment = false;
  let table: { line: number; lines: string[]; headings: Heading[] } | undefined;
  const tables: Table[] = [];
  // A table is read whole once its last row is seen: GFM needs the header and delimiter rows together.
  const endTable = () => {
    if (!table) return;
    const { line, lines, headings: path } = table;
    table = undefined;
    const parsed = parseTable(lines, line, path);
    if (parsed && isPaperTable(parsed)) listings.push(...parsed.rows.map((row) => paperRowListing(parsed, row)));
    else if (parsed) tables.push(parsed);
    else lines.forEach((text, i) => others.push({ line: line + i, text: text.trim(), reason: 'table', headings: path }));
  };

  /** A list item on the line before whose title may still go on (no link seen yet). */
  let open: { index: number; body: string } | undefined;
  lines.forEach((raw, index) => {
    const line = index + 1;
    if (table && !TABLE_ROW.test(raw)) endTable();
    const other = (reason: OtherReason, text = raw) => others.push({ line, text: text.trim(), reason, headings: stack });

    if (fence) {
      if (FENCE.test(raw)) fence = false;
      other('code');
      return;
    }
    // HTML comments, possibly spanning lines; what is left outside them is parsed normally.
    let visible = raw;
    if (inComment || visible.includes('<!--')) {
      let out = '';
      let rest = visible;
      let commented = '';
      for (;;) {
        if (inComment) {
          const end = rest.indexOf('-->');
          if (end === -1) {
            commented += rest;
            rest = '';
            break;
          }
          commented += rest.slice(0, end);
          rest = rest.slice(end + 3);
          inComment = false;
        }
        const start = rest.indexOf('<!--');
        if (start === -1) {
          out += rest;
          break;
        }
        out += rest.slice(0, start);
        rest = rest.slice(start + 4);
        inComment = true;
      }
      if (commented.trim()) other(ITEM.test(commented) ? 'commented-out item' : 'comment', commented);
      visible = out;
    }
    if (!visible.trim()) return;
    if (FENCE.test(visible)) {
      fence = true;
      other('code');
      return;
    }
    const heading = HEADING.exec(visible);
    if (heading) {
      const h: Heading = { text: heading[2].trim(), level: heading[1].length, line };
      headings.push(h);
      stack = [...stack.filter((s) => s.level < h.level), h];
      return;
    }
    if (TABLE_ROW.test(visible)) {
      if (table) table.lines.push(visible);
      else table = { line, lines: [visible], headings: stack };
      return;
    }
    if (IMAGE_ONLY.test(visible)) return other('image');
    const item = ITEM.exec(visible);
    if (item) {
      if (IMAGE_ONLY.test(item[1])) return other('image');
      if (TOC_ITEM.test(item[1])) return other('table of contents');
      const listing: Listing = { line, headings: stack, ...parseItemText(item[1]), fromTable: false };
      listings.push(listing);
      open = listing.links.length || listing.bareLabels.length ? undefined : { index, body: item[1] };
      return;
    }
    // A plain line right below an item that has no link yet continues it: a title wrapped in the README.
    if (open && open.index === index - 1) {
      const previous = listings.pop()!;
      open = { index, body: `${open.body} ${visible.trim()}` };
      listings.push({ ...previous, ...parseItemText(open.body) });
      return;
    }
    other('prose', visible);
  });
  endTable();
  return { headings, listings, tables, others };
}
