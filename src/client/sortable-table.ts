/**
 * Tables whose header cells become sort buttons (datasets, leaderboards).
 * Rows sort by their cells' `data-sort`; blank cells go last whichever the
 * direction, and `aria-sort` marks the sorted column. What a column compares
 * and how ties break is the page's choice.
 */
export interface SortableTable {
  table: HTMLTableElement;
  body: HTMLTableSectionElement;
  heads: HTMLTableCellElement[];
  /** The caption's `[data-sort-note]`, where the page says how the table is sorted. */
  note: Element;
}

export function sortableTable(id: string): SortableTable | undefined {
  const table = document.getElementById(id) as HTMLTableElement | null;
  if (!table) return undefined;
  return { table, body: table.tBodies[0], heads: [...table.tHead!.rows[0].cells], note: table.querySelector('[data-sort-note]')! };
}

type Row = HTMLTableRowElement;

/** Sorts by column `col`; `compare` orders two non-blank keys ascending, `tie` orders rows it leaves equal. */
export function sortRows({ body, heads }: SortableTable, col: number, ascending: boolean, compare: (x: string, y: string) => number, tie: (a: Row, b: Row) => number): void {
  const key = (row: Row) => row.cells[col].dataset.sort ?? '';
  const rows = [...body.rows].sort((a, b) => {
    const x = key(a);
    const y = key(b);
    if (!x || !y) return x ? -1 : y ? 1 : tie(a, b);
    const d = compare(x, y);
    return (ascending ? d : -d) || tie(a, b);
  });
  body.append(...rows);
  for (const h of heads) h.removeAttribute('aria-sort');
  heads[col].setAttribute('aria-sort', ascending ? 'ascending' : 'descending');
}

/** Moves the header cell's content into a button that calls `onClick`. */
export function addSortButton(th: HTMLTableCellElement, className: string, onClick: () => void): void {
  const button = document.createElement('button');
  button.type = 'button';
  button.className = className;
  button.append(...th.childNodes);
  th.append(button);
  button.addEventListener('click', onClick);
}
