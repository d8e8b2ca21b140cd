import { describe, expect, it } from 'vitest';
import { taxonomyDiagram, type DiagramNode } from '../../src/lib/viz/taxonomy-diagram.ts';
import { vizFixture } from '../support/viz-fixture.ts';

const catalog = vizFixture();
const diagram = taxonomyDiagram(catalog, { base: '/atlas/' });
const node = (id: string) => diagram.nodes.find((n) => n.id === id && n.kind !== 'paper')!;

/** The box a label occupies: its text above the base line. */
const box = (n: DiagramNode) => ({ left: n.x, right: n.x + n.width, top: n.y - n.fontSize - 4, bottom: n.y + n.weight });
const overlaps = (a: DiagramNode, b: DiagramNode) => {
  const p = box(a);
  const q = box(b);
  return p.left < q.right && q.left < p.right && p.top < q.bottom && q.top < p.bottom;
};

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
    const { nodes } = diagram;
    for (let i = 0; i < nodes.length; i++) {
      for (let j = i + 1; j < nodes.length; j++) {
        expect(overlaps(nodes[i], nodes[j]), `${nodes[i].label} overlaps ${nodes[j].label}`).toBe(false);
      }
      const b = box(nodes[i]);
      expect(b.left).toBeGreaterThanOrEqual(0);
      expect(b.top).toBeGreaterThanOrEqual(0);
      expect(b.right).toBeLessThanOrEqual(diagram.width);
      expect(b.bottom).toBeLessThanOrEqual(diagram.height);
    }
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
