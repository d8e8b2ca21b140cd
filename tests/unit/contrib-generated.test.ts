import { copyFileSync, existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { loadCatalog } from '../../src/lib/catalog/load.ts';
import { FIELD_REFERENCE_END, FIELD_REFERENCE_START, renderGenerated, staleFiles, writeGenerated } from '../../src/lib/contrib/generated.ts';
import { buildJsonSchemas, type JsonSchema } from '../../src/lib/contrib/json-schema.ts';
import { paperSchema } from '../../src/lib/catalog/schema.ts';
import { problemReport } from '../../src/lib/catalog/problem-report.ts';
import { tempProject, type TempProject } from '../support/temp-data.ts';
import { loadOk } from '../support/load-ok.ts';


describe('the committed generated files', () => {
  it('are current: data/schema/*.json, the CONTRIBUTING.md field reference and LIST.md (run npm run generate)', () => {
    const root = process.cwd();
    const dataDir = path.resolve('data');
    const files = renderGenerated({ root, dataDir, catalog: loadOk(dataDir, root) });
    expect(files.map((f) => path.relative(root, f.path)).sort()).toEqual([
      'CONTRIBUTING.md',
      'LIST.md',
      'data/schema/benchmark.schema.json',
      'data/schema/category.schema.json',
      'data/schema/dataset.schema.json',
      'data/schema/metrics.schema.json',
      'data/schema/paper.schema.json',
      'data/schema/results.schema.json',
      'data/schema/venues.schema.json',
    ]);
    expect(staleFiles(files).map((f) => path.relative(root, f)), 'out of date; run npm run generate').toEqual([]);
  });

  it('are where the data files point their editors', () => {
    const files = [
      'data/venues.yaml',
      'data/metrics.yaml',
      ...['papers', 'datasets', 'categories', 'benchmarks'].flatMap((kind) => readdirSync(`data/${kind}`).map((f) => `data/${kind}/${f}`)),
      ...readdirSync('data/results').flatMap((folder) => readdirSync(`data/results/${folder}`).map((f) => `data/results/${folder}/${f}`)),
    ];
    const targets = new Set<string>();
    for (const file of files) {
      const target = /^# yaml-language-server: \$schema=(\S+)/.exec(readFileSync(file, 'utf8'))?.[1];
      if (target) targets.add(path.relative('.', path.resolve(path.dirname(file), target)));
    }
    // Every file that names its schema, benchmarks and results included (category files carry no schema line).
    expect([...targets].sort()).toEqual(['benchmark', 'dataset', 'metrics', 'paper', 'results', 'venues'].map((k) => `data/schema/${k}.schema.json`));
    for (const target of targets) expect(existsSync(target), target).toBe(true);
  });
});

describe('staleness detection', () => {
  let project: TempProject;
  beforeEach(() => {
    project = tempProject();
    copyFileSync('CONTRIBUTING.md', path.join(project.root, 'CONTRIBUTING.md'));
  });
  afterEach(() => project.cleanup());
  const render = () => renderGenerated({ root: project.root, dataDir: project.dataDir, catalog: loadOk(project.dataDir, project.root) });
  const rel = (files: string[]) => files.map((f) => path.relative(project.root, f)).sort();

  it('is clean right after generating, and the loader ignores data/schema/', () => {
    expect(rel(writeGenerated(render()))).toContain('data/schema/paper.schema.json');
    expect(staleFiles(render())).toEqual([]);
    expect(loadCatalog({ dataDir: project.dataDir, root: project.root }).ok).toBe(true);
  });

  it('flags the schemas, the field reference and the list when a category is added', () => {
    writeGenerated(render());
    project.write('categories', { id: 'normalizing-flow', name: 'Normalizing Flow', parent: 'feature-embedding', order: 9, description: 'Flows.' });
    expect(rel(staleFiles(render()))).toEqual(['CONTRIBUTING.md', 'LIST.md', 'data/schema/category.schema.json', 'data/schema/paper.schema.json']);
  });

  it('flags only LIST.md when a paper is added', () => {
    writeGenerated(render());
    project.write('papers', { id: 'new-one', title: 'New One', year: 2024, links: { paper: 'https://example.org/n' }, categories: ['gan'] });
    expect(rel(staleFiles(render()))).toEqual(['LIST.md']);
  });

  it('flags hand edits to any generated file', () => {
    writeGenerated(render());
    const edit = (file: string, change: (text: string) => string) => writeFileSync(path.join(project.root, file), change(readFileSync(path.join(project.root, file), 'utf8')));
    edit('LIST.md', (t) => t.replace('FixtureNet', 'FixtureNet (edited)'));
    edit('data/schema/dataset.schema.json', (t) => t.replace('"additionalProperties": false', '"additionalProperties": true'));
    edit('CONTRIBUTING.md', (t) => t.replace('| `title` |', '| `Title` |'));
    expect(rel(staleFiles(render()))).toEqual(['CONTRIBUTING.md', 'LIST.md', 'data/schema/dataset.schema.json']);
  });

  it('keeps CONTRIBUTING.md outside the markers and says what to restore when they are gone', () => {
    writeGenerated(render());
    const file = path.join(project.root, 'CONTRIBUTING.md');
    writeFileSync(file, readFileSync(file, 'utf8').replace('# Contributing', '# Contributing (hand-written intro)'));
    expect(staleFiles(render())).toEqual([]);
    writeFileSync(file, readFileSync(file, 'utf8').replace(FIELD_REFERENCE_END, ''));
    expect(() => render()).toThrow(`CONTRIBUTING.md lost its generated-region markers; restore the lines\n${FIELD_REFERENCE_START}\n${FIELD_REFERENCE_END}`);
  });
});

describe('JSON Schema for editors', () => {
  let project: TempProject;
  let schemas: Record<string, JsonSchema>;
  beforeEach(() => {
    project = tempProject();
    schemas = buildJsonSchemas(loadOk(project.dataDir, project.root));
  });
  afterEach(() => project.cleanup());
  type Node = JsonSchema & { properties: Record<string, Node>; items: Node; enum?: string[]; required?: string[] };
  const paper = () => schemas['paper.schema.json'] as Node;

  it('mirrors the zod schema: the same fields, the same required ones, no others allowed', () => {
    const shape = paperSchema.shape;
    expect(Object.keys(paper().properties)).toEqual(Object.keys(shape));
    expect(paper().required).toEqual(Object.entries(shape).filter(([, s]) => !s.isOptional()).map(([k]) => k));
    expect(paper().additionalProperties).toBe(false);
    expect(paper().properties.links.additionalProperties).toBe(false);
  });

  it('carries the .describe() texts as hover help', () => {
    expect(paper().properties.title.description).toBe('The paper title as published.');
    expect(paper().properties.links.properties.paper.description).toMatch(/^Where to read the paper/);
  });

  it('knows the constraints an editor can check as you type', () => {
    const p = paper().properties;
    expect(p.year).toMatchObject({ type: 'integer', minimum: 1950, maximum: 2100 });
    expect(p.arxiv).toMatchObject({ type: 'string', pattern: '^\\d{4}\\.\\d{4,5}$' });
    expect(p.id.pattern).toBe('^[a-z0-9]+(?:-[a-z0-9]+)*$');
    expect(p.categories).toMatchObject({ type: 'array', minItems: 1, uniqueItems: true });
    const url = new RegExp(p.links.properties.paper.pattern as string);
    expect(['https://arxiv.org/abs/1', 'http://x.org'].every((u) => url.test(u))).toBe(true);
    expect(['javascript:alert(1)', 'data:text/html,x', 'arxiv.org/abs/1'].some((u) => url.test(u))).toBe(false);
  });

  it('offers the current category ids, dataset ids and canonical venue names (not aliases) as completions', () => {
    const p = paper().properties;
    expect(p.categories.items.enum).toContain('memory-bank');
    expect(p.categories.items.enum).toHaveLength(readdirSync('data/categories').filter((f) => f.endsWith('.yaml')).length);
    expect(p.datasets.items.enum).toEqual(['fixture-ad']);
    expect(p.venue.enum).toContain('NeurIPS');
    expect(p.venue.enum).not.toContain('NIPS');
    expect(p.venue.enumDescriptions).toContain('Conference on Neural Information Processing Systems');
    expect((schemas['category.schema.json'] as Node).properties.parent.enum).toContain('feature-embedding');
    expect((schemas['dataset.schema.json'] as Node).properties.paper.properties.venue.enum).toContain('CVPR');
  });

  it('states the dataset rule zod checks in code: introduced_by or paper, not both', () => {
    expect(schemas['dataset.schema.json'].oneOf).toEqual([{ required: ['introduced_by'] }, { required: ['paper'] }]);
  });
});

describe('problem output', () => {
  const problem = { file: 'data/papers/x,y.yaml', line: 7, field: 'links.paper', message: 'expected an absolute http:// or https:// URL\nsecond line: 100%' };

  it('prints file:line  field: message, and a summary', () => {
    const report = problemReport([problem], {});
    expect(report.lines[0]).toBe('data/papers/x,y.yaml:7  links.paper: expected an absolute http:// or https:// URL\nsecond line: 100%');
    expect(report.lines.at(-1)).toBe('✗ 1 problem in 1 file. Fix them and run npm run validate again.');
    expect(report.annotations).toEqual([]);
  });

  it('adds escaped ::error workflow commands only under GitHub Actions', () => {
    expect(problemReport([problem], { GITHUB_ACTIONS: 'true' }).annotations).toEqual([
      '::error file=data/papers/x%2Cy.yaml,line=7,title=Invalid links.paper::links.paper: expected an absolute http:// or https:// URL%0Asecond line: 100%25',
    ]);
  });
});
