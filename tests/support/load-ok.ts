/** Loads a data folder that must be valid; a test fixture that is not fails with its problems listed. */
import { loadCatalog } from '../../src/lib/catalog/load.ts';
import { formatProblem } from '../../src/lib/catalog/problems.ts';
import type { Catalog } from '../../src/lib/catalog/catalog.ts';

export function loadOk(dataDir: string, root?: string): Catalog {
  const result = loadCatalog({ dataDir, root });
  if (!result.ok) throw new Error(`${dataDir} does not load:\n${result.problems.map(formatProblem).join('\n')}`);
  return result.catalog;
}
