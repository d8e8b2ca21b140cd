import path from 'node:path';
import { loadCatalog } from '../src/lib/catalog/load.ts';
import type { Catalog } from '../src/lib/catalog/catalog.ts';
import { printProblems } from '../src/lib/catalog/problem-report.ts';
import type { Problem } from '../src/lib/catalog/problems.ts';

/**
 * Runs a CLI body so that an unexpected failure prints one readable line
 * instead of a stack trace (set DEBUG=1 to see the trace).
 */
export function runCli(main: () => number | Promise<number>): void {
  Promise.resolve()
    .then(main)
    .then(
      (code) => {
        process.exitCode = code;
      },
      (error: unknown) => {
        const message = error instanceof Error ? error.message : String(error);
        console.error(`error: ${message}`);
        if (process.env.DEBUG) console.error(error);
        process.exitCode = 2;
      },
    );
}

/**
 * The catalog in `data` for a CLI that needs valid data, or undefined after
 * printing every problem the way `npm run validate` does.
 */
export function loadDataOrReport(data: string): { root: string; dataDir: string; catalog: Catalog; warnings: Problem[] } | undefined {
  const root = process.cwd();
  const dataDir = path.resolve(data);
  const result = loadCatalog({ dataDir, root });
  if (result.ok) return { root, dataDir, catalog: result.catalog, warnings: result.warnings };
  printProblems(result.problems);
  return undefined;
}
