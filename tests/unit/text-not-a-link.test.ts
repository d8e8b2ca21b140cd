import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { loadCatalog } from '../../src/lib/catalog/load.ts';
import { formatProblem } from '../../src/lib/catalog/problems.ts';
import { tempProject, type TempProject } from '../support/temp-data.ts';

// Astro leaves "&" and quotes unescaped in an attribute value that parses as
// an http(s) URL, so any text that can land in an attribute must not be one.
const HOSTILE = `"https://evil.example/?a&x=\\" onmouseover=alert(document.cookie) x=\\""`;

let project: TempProject;
beforeEach(() => {
  project = tempProject();
});
afterEach(() => project.cleanup());

const problems = () => {
  const result = loadCatalog({ dataDir: project.dataDir, root: project.root });
  return result.ok ? [] : result.problems.map(formatProblem);
};

describe('text that starts like a link', () => {
  it('is refused in a dataset name, with file, line and field', () => {
    writeFileSync(path.join(project.dataDir, 'datasets', 'fixture-ad.yaml'), ['id: fixture-ad', `name: ${HOSTILE}`, 'year: 2019', 'links:', '  data: https://example.org/d', ''].join('\n'));
    expect(problems()).toEqual(['data/datasets/fixture-ad.yaml:2  name: found "https://evil.example/?a&x=\\" onmouseover=alert(document.cookie) x=\\""; text does not start with a link: put links in a link field (`links`, `url`)']);
  });

  it('is refused in a category description and a paper note', () => {
    writeFileSync(path.join(project.dataDir, 'categories', 'memory-bank.yaml'), ['id: memory-bank', 'name: Memory Bank', 'parent: feature-embedding', 'order: 1', `description: ${HOSTILE}`, ''].join('\n'));
    project.write('papers', { id: 'noted', title: 'A Noted Paper', year: 2024, links: { paper: 'https://example.org/n' }, categories: ['gan'], notes: ['https://evil.example/?a&b'] });
    expect(problems()).toEqual([
      expect.stringMatching(/^data\/categories\/memory-bank\.yaml:5 {2}description: found .*; text does not start with a link/),
      expect.stringMatching(/^data\/papers\/noted\.yaml:\d+ {2}notes\[0\]: found .*; text does not start with a link/),
    ]);
  });

  it('is fine anywhere but at the start', () => {
    project.write('papers', { id: 'noted', title: 'A Noted Paper', year: 2024, links: { paper: 'https://example.org/n' }, categories: ['gan'], notes: ['code at https://example.org/?a&b'] });
    expect(problems()).toEqual([]);
  });
});
