/**
 * Structural parse of an awesome-list README: headings, list items and their
 * bracketed links, table rows, and every other line with the reason it was not
 * an item. Pure (markdown in, data out) so that a README rendered from the
 * catalog can be fed straight back in. What the headings and labels *mean* is
 * decided later (sections.ts, labels.ts); nothing here knows the taxonomy.
 */

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
}

export type OtherReason = 'prose' | 'image' | 'code' | 'table-header' | 'table of contents' | 'commented-out item' | 'comment';

export interface OtherLine {
  line: number;
  text: string;
  reason: OtherReason;
  headings: Heading[];
}

export interface ParsedList {
  headings: Heading[];
  listings: Listing[];
  /** Every non-blank line that is neither a heading nor a list item. */
  others: OtherLine[];
}

const HEADING = /^ {0,3}(#{1,6})\s+(.*?)\s*#*\s*$/;
const ITEM = /^\s*(?:[+*-]|\d{1,3}[.)])\s+(.*)$/;
const IMAGE_ONLY = /^\s*(?:\[?!\[[^\]]*\]\([^)]*\)\]?(?:\([^)]*\))?\s*)+$/;
const FENCE = /^\s*(```|~~~)/;
/** `- [Memory Bank](#memory-bank)`: a table-of-contents line, links to headings of this page only. */
const TOC_ITEM = /^\s*(?:\[[^\]]*\]\(#[^)\s]*\)\s*)+$/;
const TABLE_ROW = /^\s*\|.*\|\s*$/;
const TABLE_RULE = /^\s*\|?\s*:?-{2,}:?\s*(\|\s*:?-{2,}:?\s*)*\|?\s*$/;

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
  const plain = title.replace(/\*\*|__|`/g, '').replace(/\s+/g, ' ').trim();
  return { prefix, title: plain, links, bareLabels, stray };
}

function tableCells(line: string): string[] {
  return line.trim().replace(/^\|/, '').replace(/\|$/, '').split('|').map((cell) => cell.trim());
}

/** A table row becomes an item: the first cell without a link is the title, every link in the row follows it. */
function tableRowText(cells: string[]): string {
  const titleCell = cells.find((cell) => cell && !/\]\(/.test(cell) && !/^\d{4}(?:[./-]\d{1,2})*$/.test(cell)) ?? '';
  const linkCells = cells.filter((cell) => cell !== titleCell);
  const years = linkCells.filter((cell) => /^\d{4}(?:[./-]\d{1,2})*$/.test(cell)).map((cell) => `[${cell.slice(0, 4)}]`);
  const links = linkCells.filter((cell) => /\]\(/.test(cell));
  // A plain venue cell ("CVPR 2023") becomes the label of the first bare link.
  return [titleCell, ...links, ...years].join(' ');
}

export function parseAwesomeList(markdown: string): ParsedList {
  const lines = markdown.replace(/^\uFEFF/, '').split(/\r?\n/);
  const headings: Heading[] = [];
  const listings: Listing[] = [];
  const others: OtherLine[] = [];
  let stack: Heading[] = [];
  let fence = false;
  let inComment = false;
  let tableHeader: string[] | undefined;

  lines.forEach((raw, index) => {
    const line = index + 1;
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
      tableHeader = undefined;
      return;
    }
    if (TABLE_ROW.test(visible) || (tableHeader && TABLE_RULE.test(visible))) {
      if (TABLE_RULE.test(visible)) return other('table-header');
      const cells = tableCells(visible);
      if (!tableHeader) {
        tableHeader = cells;
        return other('table-header');
      }
      listings.push({ line, headings: stack, ...parseItemText(tableRowText(cells)), fromTable: true });
      return;
    }
    tableHeader = undefined;
    if (IMAGE_ONLY.test(visible)) return other('image');
    const item = ITEM.exec(visible);
    if (item) {
      if (IMAGE_ONLY.test(item[1])) return other('image');
      if (TOC_ITEM.test(item[1])) return other('table of contents');
      listings.push({ line, headings: stack, ...parseItemText(item[1]), fromTable: false });
      return;
    }
    other('prose', visible);
  });
  return { headings, listings, others };
}
