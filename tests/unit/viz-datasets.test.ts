import { describe, expect, it } from 'vitest';
import { datasetRows, papersUsingDataset } from '../../src/lib/viz/datasets.ts';
import { vizFixture } from '../support/viz-fixture.ts';

const catalog = vizFixture();
const rows = datasetRows(catalog, '/atlas/');
const row = (id: string) => rows.find((r) => r.id === id)!;

describe('dataset facts', () => {
  it('lists every dataset by name', () => {
    expect(rows.map((r) => r.name)).toEqual(['<script>alert(3)</script>Evil "Set"', 'MVTec 3D-AD', 'MVTec AD', 'VisA']);
  });

  it('takes venue and introducing paper from the catalogued paper when there is one', () => {
    expect(row('mvtec-ad')).toMatchObject({ venue: 'CVPR', href: '/atlas/datasets/mvtec-ad/', introducedBy: { internal: true, href: '/atlas/papers/mvtec-paper/' } });
    expect(row('mvtec-ad').links).toEqual([{ label: 'Data', url: 'https://www.mvtec.com/company/research/datasets/mvtec-ad' }]);
    expect(row('visa')).toMatchObject({ venue: 'CVPR', introducedBy: { internal: false, href: 'https://arxiv.org/abs/2207.14315' } });
    expect(row('visa').links.map((l) => l.label)).toEqual(['Data', 'Paper']);
  });

  it('keeps unknown facts unknown instead of guessing', () => {
    const r = row('mvtec-3d');
    expect(r).toMatchObject({ venue: undefined, source: undefined, normal: undefined, abnormal: undefined, classes: 10 });
    expect(r.modality).toEqual(['RGB-D', 'Point cloud']);
    expect(row('xss-set')).toMatchObject({ normal: 0, classes: undefined, modality: [], annotation: [], source: 'Synthetic' });
  });

  it('finds the papers that introduce or use a dataset, introducer first', () => {
    const uses = papersUsingDataset(catalog, 'mvtec-ad');
    expect(uses[0]).toMatchObject({ paper: { id: 'mvtec-paper' }, introduces: true });
    expect(uses.map((u) => u.paper.id).sort()).toEqual(['cflow', 'draem', 'mvtec-paper', 'padim', 'patchcore', 'student', 'uniad', 'winclip']);
    expect(papersUsingDataset(catalog, 'visa').map((u) => u.paper.id).sort()).toEqual(['cflow', 'winclip', 'xss-one']);
    expect(papersUsingDataset(catalog, 'xss-set')).toEqual([]);
  });
});
