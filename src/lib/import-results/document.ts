/**
 * A benchmark's results page (markdown) as blocks in reading order:
 * headings, tables and everything else, each with its line. Read with mdast,
 * as the list importer reads its tables: a cell is inline markdown, and the
 * parser already knows which part of `**98.8**`, `<u>59.9</u>`,
 * `m*F*1-max<sub>I</sub>` or `[DRAEM, ICCV'21](…)` is text and which is
 * presentation. Bold, underline (how sources mark the best) and colour are
 * dropped; a subscript is kept as `_I`, since it says what a column measures.
 */
import { fromMarkdown } from 'mdast-util-from-markdown';
import { gfmTable } from 'micromark-extension-gfm-table';
import { gfmTableFromMarkdown } from 'mdast-util-gfm-table';

export interface CellLink {
  text: string;
  url: string;
}

export interface Cell {
  text: string;
  links: CellLink[];
}

export interface TableRow {
  line: number;
  cells: Cell[];
}

export type Block =
  | { kind: 'heading'; line: number; depth: number; text: string; links: CellLink[] }
  | { kind: 'table'; line: number; header: Cell[]; rows: TableRow[] }
  | { kind: 'other'; line: number; lines: number; text: string; links: CellLink[] };

type Node = { type: string; value?: string; url?: string; depth?: number; children?: Node[]; position?: { start: { line: number }; end: { line: number } } };

function textOf(node: Node): string {
  switch (node.type) {
    case 'text':
    case 'inlineCode':
      return node.value ?? '';
    case 'html':
      // <sub>I</sub> → _I; every other tag (<u>, <span style=…>, <br>) is presentation.
      return /^<sub\b/i.test(node.value ?? '') ? '_' : /^<br\b/i.test(node.value ?? '') ? ' ' : '';
    case 'image':
      return '';
    default:
      return (node.children ?? []).map(textOf).join(node.type === 'list' || node.type === 'listItem' ? ' ' : '');
  }
}

function linksOf(node: Node, into: CellLink[] = []): CellLink[] {
  if (node.type === 'link' && node.url) into.push({ text: fold(textOf(node)), url: node.url });
  else for (const child of node.children ?? []) linksOf(child, into);
  return into;
}

const fold = (text: string) => text.replace(/\s+/g, ' ').trim();
const cellOf = (node: Node): Cell => ({ text: fold(textOf(node)), links: linksOf(node) });
const lineOf = (node: Node) => node.position?.start.line ?? 0;

export function readDocument(markdown: string): Block[] {
  const tree = fromMarkdown(markdown.replace(/^\uFEFF/, ''), { extensions: [gfmTable()], mdastExtensions: [gfmTableFromMarkdown()] }) as Node;
  return (tree.children ?? []).map((node): Block => {
    if (node.type === 'heading') return { kind: 'heading', line: lineOf(node), depth: node.depth ?? 1, text: fold(textOf(node)), links: linksOf(node) };
    if (node.type === 'table') {
      const [header, ...rows] = node.children ?? [];
      return { kind: 'table', line: lineOf(node), header: (header?.children ?? []).map(cellOf), rows: rows.map((row) => ({ line: lineOf(row), cells: (row.children ?? []).map(cellOf) })) };
    }
    const lines = (node.position?.end.line ?? lineOf(node)) - lineOf(node) + 1;
    return { kind: 'other', line: lineOf(node), lines, text: fold(textOf(node)), links: linksOf(node) };
  });
}
