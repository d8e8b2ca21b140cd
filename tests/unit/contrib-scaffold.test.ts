import { existsSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { buildEntry, loadForScaffold, missingFlags, promptForMissing, scaffold, ScaffoldError, type Answers, type ScaffoldKind } from '../../src/lib/contrib/scaffold.ts';
import { tempProject, type TempProject } from '../support/temp-data.ts';
import { loadOk } from '../support/load-ok.ts';
import { runScript } from '../support/run-script.ts';

const TODAY = '2026-11-29';
let project: TempProject;
beforeEach(() => {
  project = tempProject();
});
afterEach(() => project.cleanup());

const make = (kind: ScaffoldKind, answers: Answers) => scaffold({ kind, answers, dataDir: project.dataDir, root: project.root, today: TODAY });
const load = () => loadOk(project.dataDir, project.root);
/** The ScaffoldError's messages, or a failure if it did not throw one. */
const refusal = (fn: () => unknown): string => {
  try {
    fn();
  } catch (error) {
    if (error instanceof ScaffoldError) return error.message;
    throw error;
  }
  throw new Error('expected a ScaffoldError');
};
const files = (kind: string) => readdirSync(path.join(project.dataDir, kind)).sort();

describe('npm run new → validator round trip', () => {
  it('writes a paper the loader accepts, with a derived id, canonical venue, resolved categories and today as added', () => {
    const result = make('paper', {
      title: 'SimpleNet: A Simple Network for Image Anomaly Detection and Localization',
      url: 'https://arxiv.org/pdf/2303.15140.pdf',
      year: '2023',
      venue: 'cvpr',
      category: ['Memory Bank', 'one-class-classification'],
      code: 'https://github.com/DonaldRR/SimpleNet',
    });
    expect(result.file).toBe('data/papers/simplenet.yaml');
    expect(result.validation.ok).toBe(true);
    const text = readFileSync(path.join(project.root, result.file), 'utf8');
    expect(text.split('\n')[0]).toBe('# yaml-language-server: $schema=../schema/paper.schema.json');
    expect(load().paperById.get('simplenet')).toEqual({
      id: 'simplenet',
      title: 'SimpleNet: A Simple Network for Image Anomaly Detection and Localization',
      method: 'SimpleNet',
      year: 2023,
      venue: 'CVPR',
      arxiv: '2303.15140',
      links: { paper: 'https://arxiv.org/pdf/2303.15140.pdf', code: 'https://github.com/DonaldRR/SimpleNet' },
      categories: ['memory-bank', 'one-class-classification'],
      added: TODAY,
    });
  });

  it('writes the authors in order, with the paper link as their source unless another is given', () => {
    make('paper', { title: 'Authored Paper', url: 'https://example.org/authored', year: '2024', category: 'gan', author: ['Karsten Roth', 'Bernhard Schölkopf'], doi: 'https://doi.org/10.1109/TII.2023.3241578' });
    expect(load().paperById.get('authored-paper')).toMatchObject({ authors: ['Karsten Roth', 'Bernhard Schölkopf'], authors_source: 'https://example.org/authored', doi: '10.1109/TII.2023.3241578' });
    make('paper', { title: 'Second Authored Paper', url: 'https://example.org/second', year: '2024', category: 'gan', author: 'Ann Smith; Bob Jones', 'authors-source': 'https://github.com/example/second' });
    expect(load().paperById.get('second-authored-paper')).toMatchObject({ authors: ['Ann Smith', 'Bob Jones'], authors_source: 'https://github.com/example/second' });
  });

  it('refuses author names the schema refuses, each by name', () => {
    const message = refusal(() => make('paper', { title: 'Bad Authors', url: 'https://example.org/bad', year: '2024', category: 'gan', author: 'Ann Smith; et al.; Zilei Wang1' }));
    expect(message).toContain('--author "et al.": "et al." is not a name');
    expect(message).toContain('--author "Zilei Wang1": drop affiliation numbers');
    expect(files('papers')).not.toContain('bad-authors.yaml');
  });

  it('maps a venue alias to the canonical name', () => {
    make('paper', { title: 'A Unified Model for Multi-class Anomaly Detection', url: 'https://arxiv.org/abs/2206.03687', year: '2022', venue: 'NIPS', category: 'multi-class', tag: 'uniad,multi-class-setting' });
    expect(load().paperById.get('unified-model-multi-class-anomaly')).toMatchObject({ venue: 'NeurIPS', tags: ['uniad', 'multi-class-setting'] });
  });

  it('writes a dataset introduced by a catalogued paper, and one with its own paper', () => {
    make('dataset', { name: 'FixtureNet Bench', year: '2022', 'introduced-by': 'fixture-net', data: 'https://example.org/bench', modality: 'rgb,point-cloud' });
    make('dataset', { name: 'MVTec AD', year: '2019', title: 'MVTec AD: A Comprehensive Real-World Dataset', url: 'https://example.org/mvtec.pdf', venue: 'CVPR' });
    const catalog = load();
    expect(catalog.datasetById.get('fixturenet-bench')).toMatchObject({ introduced_by: 'fixture-net', links: { data: 'https://example.org/bench' }, modality: ['rgb', 'point-cloud'], added: TODAY });
    expect(catalog.datasetById.get('mvtec-ad')).toMatchObject({ paper: { title: 'MVTec AD: A Comprehensive Real-World Dataset', venue: 'CVPR', year: 2019, url: 'https://example.org/mvtec.pdf' } });
  });

  it('writes a category placed last among its siblings, which a new paper can then use', () => {
    const siblings = loadForScaffold(project.dataDir, project.root).childrenOf.get('feature-embedding')!;
    const result = make('category', { name: 'Normalizing Flow', parent: 'feature-embedding', description: 'Model the density of normal features with normalizing flows.' });
    expect(result.file).toBe('data/categories/normalizing-flow.yaml');
    const category = load().categoryById.get('normalizing-flow')!;
    expect(category).toMatchObject({ parent: 'feature-embedding', order: Math.max(...siblings.map((c) => c.order)) + 1 });
    make('paper', { title: 'CFlow-AD: Real-Time Unsupervised Anomaly Detection', url: 'https://arxiv.org/abs/2107.12571', year: '2022', venue: 'WACV', category: 'normalizing-flow' });
    expect(load().paperById.get('cflow-ad')?.categories).toEqual(['normalizing-flow']);
  });

  it('honours --id and refuses an id that is taken', () => {
    make('paper', { title: 'Some Method', url: 'https://example.org/1', year: '2021', category: 'gan', id: 'my-id' });
    expect(files('papers')).toContain('my-id.yaml');
    expect(refusal(() => make('paper', { title: 'Other Method', url: 'https://example.org/2', year: '2021', category: 'gan', id: 'my-id' }))).toContain('data/papers/my-id.yaml already exists');
  });

  it('derives ids as the importer does: method name, then repository name, then a short title slug', () => {
    expect(make('paper', { title: 'Alpha: Anomaly Detection One Way', url: 'https://example.org/a1', year: '2021', category: 'gan' }).file).toBe('data/papers/alpha.yaml');
    expect(make('paper', { title: 'Alpha: Another Method With The Same Name', url: 'https://example.org/a2', year: '2024', category: 'gan' }).file).toBe('data/papers/alpha-another-method-same-name.yaml');
    expect(make('paper', { title: 'Learning Things Without a Catchy Name', url: 'https://example.org/a3', year: '2024', category: 'gan', code: 'https://github.com/someone/BetaNet' }).file).toBe('data/papers/betanet.yaml');
    expect(load().paperById.get('alpha-another-method-same-name')?.method).toBe('Alpha');
  });

  it('refreshes the generated files present in the checkout', () => {
    writeFileSync(path.join(project.root, 'LIST.md'), 'old\n');
    const result = make('paper', { title: 'Brand New Idea', url: 'https://example.org/new', year: '2025', category: 'diffusion' });
    expect(result.regenerated).toEqual(['LIST.md']);
    expect(readFileSync(path.join(project.root, 'LIST.md'), 'utf8')).toContain('+ Brand New Idea [[2025]](https://example.org/new)');
  });
});

describe('npm run new refuses duplicates, naming the existing file', () => {
  it('same title under different case and punctuation', () => {
    const message = refusal(() => make('paper', { title: 'fixturenet - total recall for unit tests!', url: 'https://example.org/elsewhere', year: '2022', category: 'memory-bank' }));
    expect(message).toContain('already catalogued: data/papers/fixture-net.yaml');
    expect(files('papers')).toEqual(['fixture-net.yaml']);
  });

  it('same paper URL in another form (arXiv pdf with version vs abs)', () => {
    const message = refusal(() => make('paper', { title: 'A Renamed Title', url: 'http://arxiv.org/pdf/2106.08265v3.pdf', year: '2022', category: 'memory-bank' }));
    expect(message).toContain('already catalogued: data/papers/fixture-net.yaml');
  });

  it("a paper that is already a dataset's introducing paper", () => {
    const message = refusal(() => make('paper', { title: 'Fixture AD: a dataset for tests', url: 'https://example.org/x', year: '2019', category: 'surveys' }));
    expect(message).toContain('already catalogued: data/datasets/fixture-ad.yaml');
  });

  it('a dataset by name', () => {
    expect(refusal(() => make('dataset', { name: 'fixture-AD', year: '2019', 'introduced-by': 'fixture-net' }))).toContain('already catalogued: data/datasets/fixture-ad.yaml');
  });

  it('a category by name', () => {
    expect(refusal(() => make('category', { name: 'memory bank', parent: 'feature-embedding', description: 'x' }))).toContain('a category named "memory bank" already exists');
    expect(refusal(() => make('category', { name: 'Memory Banks', id: 'memory-bank', description: 'x' }))).toContain('--id: data/categories/memory-bank.yaml already exists; choose another id');
  });
});

describe('npm run new suggests from the existing data', () => {
  it('did-you-mean for a mistyped category and venue, every problem at once, nothing written', () => {
    const message = refusal(() => make('paper', { title: 'Typo Paper', url: 'https://example.org/t', year: '2023', venue: 'ICCCV', category: 'memry-bank,zero-shott' }));
    expect(message).toContain('unknown venue "ICCCV" (did you mean "ICCV"?)');
    expect(message).toContain('unknown category "memry-bank" (did you mean "memory-bank"?)');
    expect(message).toContain('unknown category "zero-shott" (did you mean "zero-shot"?)');
    expect(files('papers')).toEqual(['fixture-net.yaml']);
  });

  it('did-you-mean for a parent category and an introducing paper', () => {
    expect(refusal(() => make('category', { name: 'X', parent: 'feature-embeding', description: 'x' }))).toContain('did you mean "feature-embedding"?');
    expect(refusal(() => make('dataset', { name: 'Y', year: '2020', 'introduced-by': 'fixture-nett' }))).toContain('did you mean "fixture-net"?');
  });

  it('rejects a non-http link and an impossible year before writing', () => {
    const message = refusal(() => make('paper', { title: 'Bad', url: 'javascript:alert(1)', year: '20222', category: 'gan' }));
    expect(message).toContain('--url: expected an absolute http:// or https:// URL');
    expect(message).toContain('--year: expected a year such as 2023');
    expect(refusal(() => make('paper', { title: 'Bad', url: 'https://x.org', year: '2020', category: 'gan', tag: 'Segment Anything' }))).toContain('--tag: expected a kebab-case tag');
  });

  it('lists the missing flags', () => {
    expect(missingFlags('paper', { title: 'x' })).toEqual(['--url', '--year', '--category']);
    expect(missingFlags('dataset', { name: 'x', year: '2020' })).toEqual(['--title (or --introduced-by <paper id>)', '--url (or --introduced-by <paper id>)']);
    expect(missingFlags('dataset', { name: 'x', year: '2020', 'introduced-by': 'p' })).toEqual([]);
    expect(() => buildEntry('category', {}, loadForScaffold(project.dataDir, project.root), TODAY)).toThrow('missing --name, --description');
  });

});

describe('interactive prompts', () => {
  it('asks for what is missing, explains a bad answer and asks again', async () => {
    const catalog = loadForScaffold(project.dataDir, project.root);
    const replies = ['Prompted Paper', 'not a url', 'https://example.org/prompted', '2024', 'CVRP', 'CVPR', 'memry-bank', 'memory-bank', '', 'Roth, Karsten', 'Karsten Roth; Bernhard Schölkopf', ''];
    const asked: string[] = [];
    const said: string[] = [];
    const answers: Answers = {};
    await promptForMissing('paper', answers, catalog, async (q) => (asked.push(q), replies.shift()!), (line) => said.push(line));
    expect(replies).toEqual([]);
    expect(answers).toEqual({ title: 'Prompted Paper', url: 'https://example.org/prompted', year: '2024', venue: 'CVPR', category: 'memory-bank', author: 'Karsten Roth;Bernhard Schölkopf' });
    expect(asked.filter((q) => q.startsWith('Authors in the order the paper prints them'))).toHaveLength(2);
    expect(said.join('\n')).toContain('--author: separate names with ";"');
    expect(asked[0]).toMatch(/^Paper title/);
    expect(asked.some((q) => q.startsWith('Venue') && q.includes('(optional)'))).toBe(true);
    expect(said.join('\n')).toContain('--url: expected an absolute http:// or https:// URL, got "not a url"');
    expect(said.join('\n')).toContain('unknown category "memry-bank" (did you mean "memory-bank"?)');
    expect(said.join('\n')).toMatch(/categories: .*memory-bank/);
  });
});

describe('interactive prompts for flags given with bad values', () => {
  it('explains each bad flag and asks for it again, without quizzing for optional fields', async () => {
    const catalog = loadForScaffold(project.dataDir, project.root);
    const replies = ['ICCV', 'memory-bank'];
    const asked: string[] = [];
    const said: string[] = [];
    const answers: Answers = { title: 'Typo Paper', url: 'https://example.org/t', year: '2023', venue: 'ICCCV', category: 'memry-bank' };
    await promptForMissing('paper', answers, catalog, async (q) => (asked.push(q), replies.shift()!), (line) => said.push(line));
    expect(asked.map((q) => q.split(/[,(]/)[0].trim())).toEqual(['Venue', 'Category id']);
    expect(said.join('\n')).toContain('unknown venue "ICCCV" (did you mean "ICCV"?)');
    expect(answers).toMatchObject({ venue: 'ICCV', category: 'memory-bank' });
  });

  it('asks nothing when every flag is given and valid', async () => {
    const answers: Answers = { title: 'Fine Paper', url: 'https://example.org/f', year: '2023', category: 'gan' };
    await promptForMissing('paper', answers, loadForScaffold(project.dataDir, project.root), async () => expect.fail('asked a question'), () => undefined);
    expect(answers).toEqual({ title: 'Fine Paper', url: 'https://example.org/f', year: '2023', category: 'gan' });
  });
});

describe('the npm run new command', () => {
  const cli = (args: string[], env: Record<string, string> = {}) =>
    runScript('new.ts', [...args, '--data', project.dataDir], { cwd: project.root, env: { ...process.env, GITHUB_ACTIONS: '', ...env } });

  it('without a terminal, fails listing the missing flags instead of waiting for input', async () => {
    const result = await cli(['paper', '--title', 'Only A Title']);
    expect(result.code).toBe(1);
    expect(result.stderr).toContain('missing --url, --year, --category (no terminal to ask in)');
    expect(files('papers')).toEqual(['fixture-net.yaml']);
  });

  it('writes the file and reports success', async () => {
    const result = await cli(['paper', '--title', 'CLI Paper', '--url', 'https://example.org/cli', '--year', '2023', '--category', 'gan']);
    expect(result).toMatchObject({ code: 0 });
    expect(result.stdout).toContain('✓ wrote data/papers/cli-paper.yaml');
    expect(existsSync(path.join(project.dataDir, 'papers/cli-paper.yaml'))).toBe(true);
  });

  it('prints validator problems like npm run validate, with ::error annotations under GitHub Actions', async () => {
    writeFileSync(path.join(project.dataDir, 'papers/broken.yaml'), 'id: broken\ntitle: Broken\nyear: "soon"\nlinks:\n  paper: https://example.org/b\ncategories: [gan]\n');
    const result = await cli(['paper', '--title', 'T', '--url', 'https://example.org/t', '--year', '2023', '--category', 'gan'], { GITHUB_ACTIONS: 'true' });
    expect(result.code).toBe(1);
    const message = /^data\/papers\/broken\.yaml:3 {2}year: (.+)$/m.exec(result.stderr)?.[1];
    expect(message).toMatch(/expected a year/);
    expect(result.stdout.trim().split('\n')).toEqual([`::error file=data/papers/broken.yaml,line=3,title=Invalid year::year: ${message}`]);
  });
});
