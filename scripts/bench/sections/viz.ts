/**
 * The build-time visualisations on synthetic 1k and 5k-paper catalogs:
 * taxonomy diagram layout, timeline grouping, insights aggregation and dataset
 * rows. They run once per build, so they must stay roughly linear in papers.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { loadCatalog } from '../../../src/lib/catalog/load.ts';
import { formatProblem } from '../../../src/lib/catalog/problems.ts';
import { taxonomyDiagram } from '../../../src/lib/viz/taxonomy-diagram.ts';
import { timeline } from '../../../src/lib/viz/timeline.ts';
import { codeShareByYear, datasetsByModality, papersPerYear, topVenues } from '../../../src/lib/viz/insights.ts';
import { datasetRows, papersUsingDataset } from '../../../src/lib/viz/datasets.ts';
import type { BenchSection } from '../section.ts';
import { writeSyntheticCatalog } from '../synthetic.ts';
import { measure, report } from '../timing.ts';

const SIZES = [1_000, 5_000];

const section: BenchSection = {
  name: 'viz',
  description: 'taxonomy diagram, timeline, insights and dataset pages data on synthetic 1k and 5k-paper catalogs',
  async run() {
    const tmp = mkdtempSync(path.join(tmpdir(), 'atlas-bench-viz-'));
    try {
      for (const papers of SIZES) {
        const synthetic = writeSyntheticCatalog(path.join(tmp, String(papers), 'data'), { papers });
        const result = loadCatalog({ dataDir: synthetic.dataDir });
        if (!result.ok) throw new Error(`the synthetic catalog is invalid:\n${result.problems.slice(0, 5).map(formatProblem).join('\n')}`);
        const { catalog } = result;
        console.log(`  ${papers} papers, ${catalog.datasets.length} datasets, ${catalog.categories.length} categories`);
        const diagram = taxonomyDiagram(catalog, { base: '/' });
        report('taxonomy diagram', await measure(() => taxonomyDiagram(catalog, { base: '/' })), `${diagram.nodes.length} nodes, ${diagram.width}×${diagram.height} px`);
        report('timeline', await measure(() => timeline(catalog, { base: '/' })));
        report('insights (4 charts)', await measure(() => [papersPerYear(catalog), codeShareByYear(catalog), topVenues(catalog), datasetsByModality(catalog)]));
        // Every dataset page asks for its papers: datasets × papers.
        report('dataset rows + pages', await measure(() => [datasetRows(catalog, '/'), ...catalog.datasets.map((d) => papersUsingDataset(catalog, d.id))]));
      }
    } finally {
      rmSync(tmp, { recursive: true, force: true });
    }
  },
};

export default section;
