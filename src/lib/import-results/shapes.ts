/**
 * The two table shapes benchmark pages use, read into one form: rows of
 * (method cell, metric label, printed value, per-class values).
 *
 * - Wide (ADer): a row per method, a column per metric, a log link last; the
 *   heading names the dataset ("MVTec AD-100epochs").
 * - Per class (IM-IAD): a row per method and metric, a column per class and
 *   an average; the method cell is left empty below its first row, and the
 *   header's first two cells name the setting and the dataset ("Noisy 0.05 |
 *   MVTec AD"). One table may hold two datasets side by side ("Vanilla | BTAD
 *   | 1 | 2 | 3 | average | Vanilla | MTD | average"): a group starts wherever
 *   the first header cell comes again.
 *
 * Numbers stay as printed; "-" is "not reported" (null). Anything else in a
 * value cell is returned as unparsed, with its line.
 */
import type { Block, Cell } from './document.ts';

export type Printed = number | null;

export interface ValueReading {
  label: string;
  value: Printed;
  perClass?: Printed[];
}

export interface RowReading {
  line: number;
  method: Cell;
  values: ValueReading[];
  link?: string;
}

export interface TableReading {
  line: number;
  /** The dataset as the heading or header prints it. */
  dataset: string;
  /** Texts that state the setting: the heading, and the header's setting cell where there is one. */
  settingTexts: string[];
  classes?: string[];
  rows: RowReading[];
  /** Decimal places of the most precise value, as printed. */
  decimals: number;
  /** Cells of this table that could not be read; they matter only if its dataset is imported. */
  unparsed: Unparsed[];
}

export interface Unparsed {
  line: number;
  text: string;
  reason: string;
}

type TableBlock = Extract<Block, { kind: 'table' }>;

const NUMBER = /^-?\d+(?:\.(\d+))?$/;
const NOT_REPORTED = /^(?:-|—|–)$/;
const isAverage = (text: string) => /^(?:average|avg|mean)$/i.test(text);
const isLinkColumn = (text: string) => /^(?:download|logs?)$/i.test(text);

/** Reads one value cell; a reason when it is neither a number nor "-". */
function printed(cell: Cell | undefined, decimals: { max: number }): Printed | { unparsed: string } {
  const text = cell?.text ?? '';
  if (NOT_REPORTED.test(text)) return null;
  const m = NUMBER.exec(text);
  if (!m) return { unparsed: text };
  decimals.max = Math.max(decimals.max, m[1]?.length ?? 0);
  return Number(text);
}

const isUnparsed = (value: Printed | { unparsed: string }): value is { unparsed: string } => value !== null && typeof value === 'object';

function readWide(block: TableBlock, heading: string): TableReading[] {
  const unparsed: Unparsed[] = [];
  const columns = block.header.map((c) => c.text);
  // COCO-AD gives four logs, one per split: the first is the row's link.
  const linkAt = columns.findIndex(isLinkColumn);
  const metricAt = columns.map((_, i) => i).filter((i) => i > 0 && !isLinkColumn(columns[i]));
  const decimals = { max: 0 };
  const rows = block.rows.flatMap((row): RowReading[] => {
    const method = row.cells[0];
    if (!method?.text) {
      unparsed.push({ line: row.line, text: row.cells.map((c) => c.text).join(' | '), reason: 'a row with no method' });
      return [];
    }
    const values: ValueReading[] = [];
    for (const i of metricAt) {
      const value = printed(row.cells[i], decimals);
      if (isUnparsed(value)) unparsed.push({ line: row.line, text: value.unparsed, reason: `not a number in column "${columns[i]}"` });
      else values.push({ label: columns[i], value });
    }
    const link = linkAt === -1 ? undefined : row.cells[linkAt]?.links.find((l) => /^https?:\/\//.test(l.url))?.url;
    return [{ line: row.line, method, values, ...(link ? { link } : {}) }];
  });
  return [{ line: block.line, dataset: heading.replace(/[-\s]*\d+\s*epochs?\s*$/i, '').trim(), settingTexts: [heading], rows, decimals: decimals.max, unparsed }];
}

function readPerClass(block: TableBlock, heading: string, tableUnparsed: Unparsed[]): TableReading[] {
  const columns = block.header.map((c) => c.text);
  const starts = columns.map((text, i) => (text === columns[0] ? i : -1)).filter((i) => i !== -1);
  return starts.flatMap((start, g): TableReading[] => {
    const end = starts[g + 1] ?? columns.length;
    const average = columns.findIndex((text, i) => i >= start + 2 && i < end && isAverage(text));
    if (average === -1) {
      tableUnparsed.push({ line: block.line, text: columns.slice(start, end).join(' | '), reason: 'a column group with no average column' });
      return [];
    }
    const classes = columns.slice(start + 2, average);
    const decimals = { max: 0 };
    const unparsed: Unparsed[] = [];
    let method: Cell | undefined;
    const rows = block.rows.flatMap((row): RowReading[] => {
      const own = row.cells[start];
      if (own?.text) method = own;
      const label = row.cells[start + 1]?.text ?? '';
      if (!method || !label) {
        unparsed.push({ line: row.line, text: row.cells.slice(start, end).map((c) => c.text).join(' | '), reason: method ? 'a row with no metric' : 'a row with no method above it' });
        return [];
      }
      const read = [...classes.map((_, i) => row.cells[start + 2 + i]), row.cells[average]].map((cell) => printed(cell, decimals));
      const bad = read.filter(isUnparsed);
      if (bad.length) {
        unparsed.push({ line: row.line, text: bad.map((b) => b.unparsed || '(empty)').join(', '), reason: `not a number in row "${method.text} / ${label}"` });
        return [];
      }
      const values = read as Printed[];
      const value = values.pop()!;
      return [{ line: row.line, method, values: [{ label, value, ...(classes.length ? { perClass: values } : {}) }] }];
    });
    return [{ line: block.line, dataset: columns[start + 1], settingTexts: [heading, columns[start]], ...(classes.length ? { classes } : {}), rows, decimals: decimals.max, unparsed }];
  });
}

/** A table under a heading, read in whichever shape it has; nothing (and an unparsed line) for a shape it does not know. */
export function readTable(block: TableBlock, heading: string, unparsed: Unparsed[]): TableReading[] {
  const columns = block.header.map((c) => c.text);
  if (columns.some(isAverage)) return readPerClass(block, heading, unparsed);
  if (/^(?:methods?|models?)$/i.test(columns[0] ?? '')) return readWide(block, heading);
  unparsed.push({ line: block.line, text: columns.join(' | '), reason: 'a table in neither known shape (a Method column, or an average column)' });
  return [];
}
