import { describe, expect, it } from 'vitest';
import { lineHeight, taxonomyDiagram, type Diagram, type DiagramNode } from '../../src/lib/viz/taxonomy-diagram.ts';
import { textWidth, wrapText } from '../../src/lib/viz/text-width.ts';
import { vizFixture } from '../support/viz-fixture.ts';
import { loadOk } from '../support/load-ok.ts';
import { grownCatalogDir } from '../support/synthetic-data.ts';

const catalog = vizFixture();
const diagram = taxonomyDiagram(catalog, { base: '/atlas/' });
const node = (id: string) => diagram.nodes.find((n) => n.id === id && n.kind !== 'paper')!;

/** The box a label occupies: its lines of text above the base line. */
const box = (n: DiagramNode) => ({ left: n.x, right: n.x + n.width, top: n.y - n.fontSize - 4 - (n.lines.length - 1) * lineHeight(n.fontSize), bottom: n.y + n.weight });
const overlaps = (a: DiagramNode, b: DiagramNode) => {
  const p = box(a);
  const q = box(b);
  return p.left < q.right && q.left < p.right && p.top < q.bottom && q.top < p.bottom;
};

/** Labels that collide, and labels that stick out of the canvas. */
function collisions({ nodes, width, height }: Diagram): string[] {
  const found: string[] = [];
  for (let i = 0; i < nodes.length; i++) {
    for (let j = i + 1; j < nodes.length; j++) if (overlaps(nodes[i], nodes[j])) found.push(`${nodes[i].label} overlaps ${nodes[j].label}`);
    const b = box(nodes[i]);
    if (b.left < 0 || b.top < 0 || b.right > width || b.bottom > height) found.push(`${nodes[i].label} leaves the canvas`);
  }
  return found;
}

describe('taxonomy diagram', () => {
  it('shows every category once with its paper count including descendants', () => {
    const categories = diagram.nodes.filter((n) => n.kind === 'branch' || n.kind === 'category');
    expect(categories.map((n) => n.id).sort()).toEqual(catalog.categories.map((c) => c.id).sort());
    const counts = Object.fromEntries(categories.map((n) => [n.id, n.count]));
    // Worked out by hand from tests/fixtures/viz/papers.
    expect(counts).toEqual({
      unsupervised: 8, embedding: 5, 'memory-bank': 2, flows: 1, reconstruction: 2,
      supervised: 3, settings: 5, 'few-shot': 4, 'zero-shot': 2, '3d': 1, 'empty-branch': 0,
    });
    expect(diagram.nodes[0]).toMatchObject({ kind: 'root', count: 14 });
  });

  it('hangs featured papers under their first category as leaves', () => {
    const papers = diagram.nodes.filter((n) => n.kind === 'paper');
    expect(papers.map((n) => n.id).sort()).toEqual(['draem', 'padim', 'patchcore', 'student', 'sup-b', 'winclip']);
    const patchcore = papers.find((n) => n.id === 'patchcore')!;
    expect(patchcore.depth).toBe(node('memory-bank').depth + 1);
    // No method name in the fixture: a shortened title, then venue and year.
    expect(patchcore.label).toBe('Towards Total Recall in Industrial Anomaly… · CVPR 2022');
    expect(taxonomyDiagram(catalog, { base: '/', paperLeaves: 'none' }).nodes.some((n) => n.kind === 'paper')).toBe(false);
    // Memory Bank holds two featured papers (padim 2021, patchcore 2022): a cap of one keeps the newer.
    const capped = taxonomyDiagram(catalog, { base: '/', leavesPerCategory: 1 }).nodes.filter((n) => n.kind === 'paper');
    expect(capped.map((n) => n.id).sort()).toEqual(['draem', 'patchcore', 'student', 'sup-b', 'winclip']);
  });

  it('links every node to its page through the route contract and base path', () => {
    for (const n of diagram.nodes) {
      const expected = n.kind === 'root' ? '/atlas/taxonomy/' : n.kind === 'paper' ? `/atlas/papers/${n.id}/` : `/atlas/categories/${n.id}/`;
      expect(n.href).toBe(expected);
    }
  });

  it('lays labels out without overlaps, inside the canvas', () => {
    expect(collisions(diagram)).toEqual([]);
    expect(diagram.nodes.every((n) => n.lines.length === 1 && n.lines[0] === n.label)).toBe(true);
  });

  it('draws a tidy tree: children to the right of their parent, parent centred on them', () => {
    expect(diagram.links).toHaveLength(diagram.nodes.length - 1);
    const memory = node('memory-bank');
    const embedding = node('embedding');
    expect(memory.x).toBeGreaterThan(embedding.x + embedding.width);
    // Children of embedding: memory-bank, flows, then its featured paper.
    const student = diagram.nodes.find((n) => n.id === 'student')!;
    expect(embedding.y).toBe((memory.y + student.y) / 2);
    expect(memory.y).toBeLessThan(node('flows').y);
    expect(node('flows').y).toBeLessThan(student.y);
    // Each link runs from the end of a parent's line to the start of a child's.
    expect(diagram.links.some((l) => l.d.startsWith(`M${embedding.x + embedding.width} ${embedding.y}C`) && l.d.endsWith(`${memory.x} ${memory.y}`))).toBe(true);
  });

  it('colours whole branches alike and weights lines by count', () => {
    const branchOfNode = Object.fromEntries(diagram.nodes.map((n) => [n.id, n.branch]));
    expect(new Set([branchOfNode.unsupervised, branchOfNode.embedding, branchOfNode['memory-bank'], branchOfNode.reconstruction]).size).toBe(1);
    expect(branchOfNode.unsupervised).not.toBe(branchOfNode.settings);
    expect(node('unsupervised').weight).toBeGreaterThan(node('flows').weight);
    expect(node('empty-branch').weight).toBe(1);
  });

  it('is deterministic', () => {
    expect(taxonomyDiagram(catalog, { base: '/atlas/' })).toEqual(diagram);
  });
});

describe('taxonomy outline (the phone layout)', () => {
  const outline = taxonomyDiagram(catalog, { base: '/atlas/', paperLeaves: 'none', layout: 'outline', fitWidth: 200 });
  const at = (id: string) => outline.nodes.find((n) => n.id === id)!;

  it('draws the root, then every category once, one per row top to bottom in taxonomy order', () => {
    expect(outline.nodes.map((n) => n.id)).toEqual(['', ...catalog.categories.map((c) => c.id)]);
    for (let i = 1; i < outline.nodes.length; i++) expect(outline.nodes[i].y).toBeGreaterThan(outline.nodes[i - 1].y);
    expect(outline.links).toHaveLength(outline.nodes.length - 1);
  });

  it('indents each category one step right of its parent', () => {
    const step = at('unsupervised').x - at('').x;
    expect(step).toBeGreaterThan(0);
    for (const category of catalog.categories) {
      const parent = at(category.parent ?? '');
      expect(at(category.id).x - parent.x, category.id).toBe(step);
    }
  });

  it('wraps labels to the width asked for, count on the last line, without overlaps', () => {
    expect(outline.width).toBeLessThanOrEqual(200);
    expect(collisions(outline)).toEqual([]);
    const wrapped = outline.nodes.filter((n) => n.lines.length > 1);
    expect(wrapped.length).toBeGreaterThan(0);
    for (const n of outline.nodes) expect(n.lines.join(' ')).toBe(n.label);
    // Without a width the outline never wraps.
    expect(taxonomyDiagram(catalog, { base: '/', layout: 'outline' }).nodes.every((n) => n.lines.length === 1)).toBe(true);
  });

  it('joins siblings along one trunk from the parent down, with no two links overlapping', () => {
    // Each link starts where the one before it in the family ended: the parent's line, then each sibling's row.
    const starts = outline.links.map((l) => /^M[\d.]+ ([\d.]+)V/.exec(l.d)![1]).map(Number);
    const unsupervised = catalog.childrenOf.get('unsupervised')!.map((c) => at(c.id));
    const index = outline.nodes.indexOf(unsupervised[1]) - 1;
    expect(starts[index]).toBe(unsupervised[0].y);
  });
});

describe('text wrapping', () => {
  it('keeps every word, in order, and lines within the width unless a word alone is wider', () => {
    const text = 'Multimodal Large Language Model (MLLM)-Based Anomaly Detection and Reasoning';
    for (const width of [60, 120, 200, 1000]) {
      const lines = wrapText(text, width, 13);
      expect(lines.join(' ')).toBe(text);
      for (const line of lines) if (line.includes(' ')) expect(textWidth(line, 13), line).toBeLessThanOrEqual(width);
    }
    expect(wrapText(text, 1000, 13)).toEqual([text]);
    expect(wrapText('', 100, 13)).toEqual(['']);
  });
});

describe('the diagrams at the size the catalog is growing to (750 papers, 34 categories)', () => {
  const grown = loadOk(grownCatalogDir());
  const widest = Math.max(...[...grown.childrenOf.values()].map((children) => children.length));

  it('has a branch of ten or more children to test on', () => {
    expect(grown.categories.length).toBeGreaterThanOrEqual(34);
    expect(widest).toBeGreaterThanOrEqual(10);
  });

  it('lays out the mind map with featured leaves without overlaps', () => {
    const map = taxonomyDiagram(grown, { base: '/' });
    expect(collisions(map)).toEqual([]);
    expect(map.nodes.filter((n) => n.kind === 'paper').length).toBeGreaterThan(0);
  });

  it('fits the outline to a phone column without overlaps or cut labels', () => {
    const outline = taxonomyDiagram(grown, { base: '/', paperLeaves: 'none', layout: 'outline', fitWidth: 328 });
    expect(outline.width).toBeLessThanOrEqual(328);
    expect(collisions(outline)).toEqual([]);
    for (const n of outline.nodes) expect(n.lines.join(' ')).toBe(n.label);
  });
});
