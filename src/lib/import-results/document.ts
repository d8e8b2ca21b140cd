/**
 * A benchmark's results page (markdown) as blocks in reading order:
 * headings, tables and everything else, each with its line. Read with mdast,
 * as the list importer reads its tables: a cell is inline markdown, and the
 * parser already knows which part of `**98.8**`, `<u>59.9</u>`,
 * `m*F*1-max<sub>I</sub>` or `[DRAEM, ICCV'21](…)` is text and which is
 * presentation. Bold, underline (how sources mark the best) and colour are
 * dropped; a subscript is kept as `_I`, since it says what a column measures.
 * Cells and links are the list importer's (import/tables.ts); only the text
 * differs, for that subscript.
 */
import { fromMarkdown } from 'mdast-util-from-markdown';
import { gfmTable } from 'micromark-extension-gfm-table';
import { gfmTableFromMarkdown } from 'mdast-util-gfm-table';
import { fold, linksOf, type Cell, type CellLink, type Node, type TableRow } from '../import/tables.ts';

export type { Cell, CellLink, TableRow };

export type Block =
  | { kind: 'heading'; line: number; depth: number; text: string; links: CellLink[] }
  | { kind: 'table'; line: number; header: Cell[]; rows: TableRow[] }
  | { kind: 'other'; line: number; lines: number; text: string; links: CellLink[] };

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
    const lines = (node.position?.end?.line ?? lineOf(node)) - lineOf(node) + 1;
    return { kind: 'other', line: lineOf(node), lines, text: fold(textOf(node)), links: linksOf(node) };
  });
}
