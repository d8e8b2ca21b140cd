import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadCatalog } from '../../src/lib/catalog/load.ts';
import { formatProblem } from '../../src/lib/catalog/problems.ts';

describe('the committed data/', () => {
  it('validates with no problems', () => {
    const result = loadCatalog({ dataDir: path.resolve('data'), root: process.cwd() });
    expect(result.ok ? [] : result.problems.map(formatProblem)).toEqual([]);
  });
});
