/**
 * The taxonomy as a left-to-right mind map, laid out at build time: the root
 * on the left, children to the right of their parent, leaves one row apart and
 * every parent centred on its children (a tidy tree). Labels sit on a line in their
 * branch's colour and curved links join the end of a parent's line to the
 * start of its children's, like the awesome list's hand-drawn paper tree.
 *
 * A mind map of 30-odd categories is about 1,100 px wide, which a phone can
 * only show as a sideways scroll of cut-off branch names; the `outline`
 * layout draws the same tree top to bottom, one node per row, each indented
 * under its parent and joined to it by an elbow, with labels wrapped to fit
 * a given width.
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
import { textWidth, truncate, wrapText } from './text-width.ts';

export type DiagramNodeKind = 'root' | 'branch' | 'category' | 'paper';

export interface DiagramNode {
  kind: DiagramNodeKind;
  /** Category or paper id; '' for the root. */
  id: string;
  label: string;
  /** The label as drawn, one entry per line (the outline wraps long labels); the count follows the last. */
  lines: string[];
  /** Papers filed here or below (root and categories only). */
  count?: number;
  /** Full wording for the tooltip and the accessible name. */
  title: string;
  href: string;
  depth: number;
  /** Left end of the label's base line. */
  x: number;
  /** The base line; the label's last line sits just above it, earlier lines above that. */
  y: number;
  /** Length of the base line: the estimated width of the widest line. */
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
  /** 'mind-map' (default): left to right; 'outline': top to bottom, indented. */
  layout?: 'mind-map' | 'outline';
  /** Outline only: wrap labels so the drawing is at most this wide (a phone's column). */
  fitWidth?: number;
}

export const ROW = 26;
const PAD = 16;
const GAP = 44;
const COUNT_GAP = 6;
const PAPER_LABEL_MAX = 44;
/** Outline: how far a child sits right of its parent, where the elbow leaves the parent's line, its radius. */
const INDENT = 18;
const TRUNK = 5;
const ELBOW = 6;

/** Distance between the base lines of two lines of one label. */
export const lineHeight = (fontSize: number) => Math.round(fontSize * 1.3);

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

const countWidth = (count: number | undefined, fontSize: number) => (count === undefined ? 0 : COUNT_GAP + textWidth(String(count), fontSize, { bold: true }));

/** Width of a label plus its count, as rendered by the component. */
export function labelWidth(label: string, count: number | undefined, fontSize: number, bold: boolean): number {
  return textWidth(label, fontSize, { bold }) + countWidth(count, fontSize);
}

function draft(kind: DiagramNodeKind, fields: Omit<DiagramNode, 'kind' | 'lines' | 'x' | 'y' | 'width' | 'fontSize' | 'bold' | 'weight'>): Draft {
  const { fontSize, bold } = STYLE[kind];
  return {
    node: { kind, ...fields, lines: [fields.label], fontSize, bold, x: 0, y: 0, width: labelWidth(fields.label, fields.count, fontSize, bold), weight: 1 },
    children: [],
  };
}

/** Breaks a node's label into lines no wider than `max`, its count kept on the last one. */
function wrapNode(node: DiagramNode, max: number): void {
  const reserve = countWidth(node.count, node.fontSize);
  node.lines = wrapText(node.label, max - reserve, node.fontSize, { bold: node.bold });
  const widths = node.lines.map((line) => textWidth(line, node.fontSize, { bold: node.bold }));
  widths[widths.length - 1] += reserve;
  node.width = Math.max(...widths);
}

export function taxonomyDiagram(catalog: Catalog, { base, paperLeaves = 'featured', leavesPerCategory = 3, rootLabel = 'Anomaly detection', layout = 'mind-map', fitWidth }: DiagramOptions): Diagram {
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
  const bottom = layout === 'outline' ? placeOutline(root, fitWidth) : placeMindMap(root);
  const weigh = (d: Draft) => {
    d.node.weight = d.node.kind === 'paper' ? 1 : Math.round((1 + 5 * Math.sqrt((d.node.count ?? 0) / Math.max(total, 1))) * 10) / 10;
    d.children.forEach(weigh);
  };
  weigh(root);

  const nodes: DiagramNode[] = [];
  const links: DiagramLink[] = [];
  const collect = (d: Draft) => {
    nodes.push(d.node);
    d.children.forEach((child, i) => {
      // Outline siblings share their parent's trunk: each link runs on from the sibling above, so no two overlap.
      const path = layout === 'outline' ? elbow(d.node.x, i ? d.children[i - 1].node.y : d.node.y, child.node) : curve(d.node, child.node);
      links.push({ d: path, branch: child.node.branch, weight: child.node.weight });
      collect(child);
    });
  };
  collect(root);

  const width = Math.ceil(Math.max(...nodes.map((n) => n.x + n.width)) + PAD);
  return { width, height: Math.ceil(bottom + PAD), nodes, links };
}

/**
 * Mind map: each family of children starts just after its parent's label, so
 * one long label widens only its own subtree; leaves are one row apart in
 * depth-first order and every parent is centred on its children. Returns the
 * lowest point drawn.
 */
function placeMindMap(root: Draft): number {
  let row = 0;
  const place = (d: Draft, x: number) => {
    d.node.x = x;
    if (d.children.length === 0) {
      d.node.y = PAD + ROW * (row++ + 1);
    } else {
      for (const child of d.children) place(child, x + d.node.width + GAP);
      d.node.y = (d.children[0].node.y + d.children[d.children.length - 1].node.y) / 2;
    }
  };
  place(root, PAD);
  return PAD + ROW * (row + 1) - ROW / 2;
}

/** Outline: one node per row in depth-first order, each INDENT right of its parent, labels wrapped to fit. */
function placeOutline(root: Draft, fitWidth: number | undefined): number {
  let bottom = PAD;
  const place = (d: Draft, depth: number) => {
    d.node.x = PAD + depth * INDENT;
    if (fitWidth !== undefined) wrapNode(d.node, fitWidth - PAD - d.node.x);
    d.node.y = bottom + ROW + (d.node.lines.length - 1) * lineHeight(d.node.fontSize);
    bottom = d.node.y;
    for (const child of d.children) place(child, depth + 1);
  };
  place(root, 0);
  return bottom + ROW / 2;
}

const r = (n: number) => Math.round(n * 10) / 10;

/** A horizontal S-curve from the end of one base line to the start of the next. */
function curve(from: DiagramNode, to: DiagramNode): string {
  const x1 = from.x + from.width;
  const mid = (x1 + to.x) / 2;
  return `M${r(x1)} ${r(from.y)}C${r(mid)} ${r(from.y)} ${r(mid)} ${r(to.y)} ${r(to.x)} ${r(to.y)}`;
}

/** Down the trunk just inside the start of the parent's base line (at `parentX`) from `fromY`, round the corner, along to the child's line. */
function elbow(parentX: number, fromY: number, to: DiagramNode): string {
  const x = parentX + TRUNK;
  return `M${r(x)} ${r(fromY)}V${r(to.y - ELBOW)}Q${r(x)} ${r(to.y)} ${r(x + ELBOW)} ${r(to.y)}H${r(to.x)}`;
}
