/** The small hand-written catalog the viz tests reason about (tests/fixtures/viz). */
import path from 'node:path';
import { loadCatalog } from '../../src/lib/load.ts';
import { formatProblem } from '../../src/lib/problems.ts';
import type { Catalog } from '../../src/lib/catalog.ts';

export const VIZ_FIXTURE = path.resolve(import.meta.dirname, '../fixtures/viz');

export function vizFixture(): Catalog {
  const result = loadCatalog({ dataDir: VIZ_FIXTURE });
  if (!result.ok) throw new Error(result.problems.map(formatProblem).join('\n'));
  return result.catalog;
}
