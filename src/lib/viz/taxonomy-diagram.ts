/**
 * The taxonomy as a left-to-right mind map, laid out at build time: the root
 * on the left, children to the right of their parent, leaves one row apart and
 * every parent centred on its children (a tidy tree). Labels sit on a line in their
 * branch's colour and curved links join the end of a parent's line to the
 * start of its children's, like the awesome list's hand-drawn paper tree.
 *
 * Returns plain data; TaxonomyDiagram.astro renders it as inline SVG with
 * Astro's escaping, so no catalog text is ever concatenated into markup.
 */
import type { Catalog } from '../catalog/catalog.ts';
import type { Paper } from '../catalog/schema.ts';
import { countOf } from '../site/format.ts';
import { deepPaperCounts } from '../site/site-views.ts';
import { routes, withBase } from '../site/routes.ts';
import { pushTo } from '../catalog/group.ts';
import { branches } from './palette.ts';
import { textWidth, truncate } from './text-width.ts';

export type DiagramNodeKind = 'root' | 'branch' | 'category' | 'paper';

export interface DiagramNode {
  kind: DiagramNodeKind;
  /** Category or paper id; '' for the root. */
  id: string;
  label: string;
  /** Papers filed here or below (root and categories only). */
  count?: number;
  /** Full wording for the tooltip and the accessible name. */
  title: string;
  href: string;
  depth: number;
  /** Left end of the label's base line. */
  x: number;
  /** The base line; text sits just above it. */
  y: number;
  /** Length of the base line: the estimated label width. */
  width: number;
  fontSize: number;
  bold: boolean;
  /** Palette index of the top-level branch; -1 for the root. */
  branch: number;
  /** Stroke width for the base line and the link into this node. */
  weight: number;
}

export interface DiagramLink {
  /** SVG path data. */
  d: string;
  branch: number;
  weight: number;
}

export interface Diagram {
  width: number;
  height: number;
  nodes: DiagramNode[];
  links: DiagramLink[];
}

export interface DiagramOptions {
  /** Base path the site is served under, e.g. '/' or '/iad-atlas/'. */
  base: string;
  /** Which papers to hang under their first category as leaves. */
  paperLeaves?: 'featured' | 'none';
  /** At most this many leaves per category (the newest), so the map stays a map as the catalog grows. */
  leavesPerCategory?: number;
  rootLabel?: string;
}

export const ROW = 26;
const PAD = 16;
const GAP = 44;
const COUNT_GAP = 6;
const PAPER_LABEL_MAX = 44;

const STYLE: Record<DiagramNodeKind, { fontSize: number; bold: boolean }> = {
  root: { fontSize: 17, bold: true },
  branch: { fontSize: 15, bold: true },
  category: { fontSize: 13, bold: false },
  paper: { fontSize: 12, bold: false },
};

interface Draft {
  node: DiagramNode;
  children: Draft[];
}

/** What a paper leaf says: the method name if it has one, else a shortened title. */
export function paperLeafLabel(paper: Paper): string {
  const what = paper.method ?? truncate(paper.title, PAPER_LABEL_MAX);
  return `${what} · ${paper.venue ? `${paper.venue} ` : ''}${paper.year}`;
}

/** Width of a label plus its count, as rendered by the component. */
export function labelWidth(label: string, count: number | undefined, fontSize: number, bold: boolean): number {
  const countWidth = count === undefined ? 0 : COUNT_GAP + textWidth(String(count), fontSize, { bold: true });
  return textWidth(label, fontSize, { bold }) + countWidth;
}

function draft(kind: DiagramNodeKind, fields: Omit<DiagramNode, 'kind' | 'x' | 'y' | 'width' | 'fontSize' | 'bold' | 'weight'>): Draft {
  const { fontSize, bold } = STYLE[kind];
  return {
    node: { kind, ...fields, fontSize, bold, x: 0, y: 0, width: labelWidth(fields.label, fields.count, fontSize, bold), weight: 1 },
    children: [],
  };
}

export function taxonomyDiagram(catalog: Catalog, { base, paperLeaves = 'featured', leavesPerCategory = 3, rootLabel = 'Anomaly detection' }: DiagramOptions): Diagram {
  const total = catalog.papers.length;
  const leavesByCategory = new Map<string, Paper[]>();
  if (paperLeaves === 'featured') {
    for (const paper of catalog.papers) {
      if (!paper.featured) continue;
      pushTo(leavesByCategory, paper.categories[0], paper);
    }
  }

  const root = draft('root', { id: '', label: rootLabel, count: total, title: `${rootLabel}: ${countOf(total, 'paper')}`, href: withBase(base, routes.taxonomy()), depth: 0, branch: -1 });
  const grow = (categoryId: string, depth: number, branch: number): Draft => {
    const category = catalog.categoryById.get(categoryId)!;
    const count = deepPaperCounts(catalog).get(category.id) ?? 0;
    const d = draft(depth === 1 ? 'branch' : 'category', {
      id: category.id,
      label: category.name,
      count,
      title: `${category.name}: ${countOf(count, 'paper')}`,
      href: withBase(base, routes.category(category.id)),
      depth,
      branch,
    });
    for (const child of catalog.childrenOf.get(category.id) ?? []) d.children.push(grow(child.id, depth + 1, branch));
    // catalog.papers is newest first, so the slice keeps the newest.
    for (const paper of (leavesByCategory.get(category.id) ?? []).slice(0, leavesPerCategory)) {
      d.children.push(draft('paper', { id: paper.id, label: paperLeafLabel(paper), title: paper.title, href: withBase(base, routes.paper(paper.id)), depth: depth + 1, branch }));
    }
    return d;
  };
  root.children = branches(catalog).map((branch) => grow(branch.id, 1, branch.index));

  // Each family of children starts just after its parent's label, so one long
  // label widens only its own subtree; leaves are one row apart in depth-first
  // order and every parent is centred on its children.
  let row = 0;
  const place = (d: Draft, x: number) => {
    d.node.x = x;
    if (d.children.length === 0) {
      d.node.y = PAD + ROW * (row++ + 1);
    } else {
      for (const child of d.children) place(child, x + d.node.width + GAP);
      d.node.y = (d.children[0].node.y + d.children[d.children.length - 1].node.y) / 2;
    }
    d.node.weight = d.node.kind === 'paper' ? 1 : Math.round((1 + 5 * Math.sqrt((d.node.count ?? 0) / Math.max(total, 1))) * 10) / 10;
  };
  place(root, PAD);

  const nodes: DiagramNode[] = [];
  const links: DiagramLink[] = [];
  const collect = (d: Draft) => {
    nodes.push(d.node);
    for (const child of d.children) {
      links.push({ d: curve(d.node.x + d.node.width, d.node.y, child.node.x, child.node.y), branch: child.node.branch, weight: child.node.weight });
      collect(child);
    }
  };
  collect(root);

  const width = Math.ceil(Math.max(...nodes.map((n) => n.x + n.width)) + PAD);
  const height = Math.ceil(PAD + ROW * (row + 1) - ROW / 2 + PAD);
  return { width, height, nodes, links };
}

/** A horizontal S-curve from the end of one base line to the start of the next. */
function curve(x1: number, y1: number, x2: number, y2: number): string {
  const mid = (x1 + x2) / 2;
  const r = (n: number) => Math.round(n * 10) / 10;
  return `M${r(x1)} ${r(y1)}C${r(mid)} ${r(y1)} ${r(mid)} ${r(y2)} ${r(x2)} ${r(y2)}`;
}
