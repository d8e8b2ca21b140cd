/**
 * The list's dataset statistics table ("| Dataset | Class | Normal | Abnormal
 * | Total | Annotation level | Source | Time |") read into dataset facts.
 * `-` means unknown and is left out; what a cell says that fits no field of
 * the schema is reported, never guessed.
 */
import { MODALITIES, type Dataset } from '../catalog/schema.ts';
import { columnsOf, type Cell, type Table, type TableRow } from './tables.ts';
import type { Notice } from './listing.ts';

export type DatasetFacts = Pick<Dataset, 'classes' | 'normal_images' | 'abnormal_images' | 'total_images' | 'annotation' | 'modality' | 'source'>;

export interface DatasetRow {
  line: number;
  name: string;
  /** `(Manufacturing Complex Background Texture)` after the name link; several are separated by `;`. */
  aliases?: string[];
  url?: string;
  facts: DatasetFacts;
  /** The "Time" cell: `CVPR,2019`, `2024,TIM`, `2019`. */
  venue?: string;
  year?: number;
}

const UNKNOWN = /^(?:-|–|—|n\/?a|\?)?$/i;

/** The first rule that matches wins: a "Point-level mask" labels points of a cloud, not pixels. */
const ANNOTATION: Array<[RegExp, NonNullable<DatasetFacts['annotation']>[number]]> = [
  [/point/i, 'point'],
  [/segmentation|pixel|mask/i, 'pixel'],
  [/bounding|box/i, 'bbox'],
  [/^image(?:[- ]level)?$/i, 'image'],
];

const MODALITY: Array<[RegExp, NonNullable<DatasetFacts['modality']>[number]]> = [
  [/\brgb-?d\b/i, 'rgb-d'],
  [/\bpoint[- ]?cloud\b/i, 'point-cloud'],
  [/\bvideo\b/i, 'video'],
  [/\bx-?ray\b/i, 'x-ray'],
  [/\bgr[ae]yscale\b/i, 'grayscale'],
  [/\bsem\b/i, 'sem'],
  [/\btactile\b/i, 'tactile'],
  // "RBG" is the table's typo for RGB (PAD).
  [/\br[gb]{2}\b/i, 'rgb'],
];

function count(cell: Cell | undefined, field: string, warn: (message: string) => void): number | undefined {
  const text = cell?.text.replace(/[,\s]/g, '') ?? '';
  if (UNKNOWN.test(text)) return undefined;
  if (/^\d+$/.test(text)) return Number(text);
  warn(`${field} "${cell?.text}" is not a count; left out`);
  return undefined;
}

function annotationOf(text: string): DatasetFacts['annotation'] {
  const found = UNKNOWN.test(text) ? undefined : ANNOTATION.find(([pattern]) => pattern.test(text))?.[1];
  return found ? [found] : undefined;
}

function sourceOf(text: string): Pick<DatasetFacts, 'modality' | 'source'> {
  // "RGB-D" would also read as RGB: each modality is looked for in what the ones before it left.
  let rest = text;
  const found = new Set<NonNullable<DatasetFacts['modality']>[number]>();
  for (const [pattern, modality] of MODALITY) {
    if (!pattern.test(rest)) continue;
    found.add(modality);
    rest = rest.replace(new RegExp(pattern.source, 'gi'), ' ');
  }
  // Canonical order, so that a table written from the data reads back the same.
  const kinds = MODALITIES.filter((m) => found.has(m));
  const real = /\breal\b/i.test(text);
  const synthetic = /\bsynthetic\b/i.test(text);
  return {
    modality: kinds.length ? kinds : undefined,
    source: real && synthetic ? 'mixed' : real ? 'real' : synthetic ? 'synthetic' : undefined,
  };
}

/** "CVPR,2019", "2024,TIM", "AAAI, 2025", "2019": a year and, when given, the venue as written. */
export function readTime(text: string): { venue?: string; year?: number } {
  const parts = text.split(/\s*,\s*|\s+/).filter(Boolean);
  const yearPart = parts.find((p) => /^(?:19|20)\d\d$/.test(p));
  const venue = parts.filter((p) => p !== yearPart).join(' ') || undefined;
  return { venue, year: yearPart ? Number(yearPart) : undefined };
}

export function datasetRows(table: Table, notices: Notice[]): DatasetRow[] {
  const at = columnsOf(table);
  const get = (row: TableRow, kind: keyof typeof at) => (at[kind] === undefined ? undefined : row.cells[at[kind]!]);
  return table.rows.flatMap((row) => {
    const warn = (message: string) => notices.push({ line: row.line, kind: 'warning', message });
    const nameCell = get(row, 'dataset');
    const link = nameCell?.links[0];
    const name = link?.text ?? nameCell?.text ?? '';
    if (!name || UNKNOWN.test(name)) {
      notices.push({ line: row.line, kind: 'unparsed', message: 'dataset table row without a dataset name; not imported' });
      return [];
    }
    const rest = link ? nameCell!.text.replace(link.text, '').trim() : '';
    const aliases = /^\((.+)\)$/.exec(rest)?.[1].split(/\s*;\s*/).filter(Boolean);
    const facts: DatasetFacts = {
      classes: count(get(row, 'classes'), 'class count', warn),
      normal_images: count(get(row, 'normal'), 'normal image count', warn),
      abnormal_images: count(get(row, 'abnormal'), 'abnormal image count', warn),
      total_images: count(get(row, 'total'), 'total image count', warn),
      annotation: annotationOf(get(row, 'annotation')?.text ?? ''),
      ...sourceOf(get(row, 'source')?.text ?? ''),
    };
    const { normal_images: normal, abnormal_images: abnormal, total_images: total } = facts;
    if (normal !== undefined && abnormal !== undefined && total !== undefined && normal + abnormal !== total) {
      warn(`${name}: normal ${normal} + abnormal ${abnormal} is ${normal + abnormal}, but the table's total is ${total}; all three kept as printed`);
    }
    const time = readTime(get(row, 'date')?.text ?? '');
    return [{ line: row.line, name, aliases, url: link?.url, facts, ...time }];
  });
}
