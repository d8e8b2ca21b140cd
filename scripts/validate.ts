/**
 * npm run validate [-- --data <dir>]
 * Exit 0 with a one-line summary, or 1 with every problem listed. Under
 * GitHub Actions each problem is also printed as an ::error annotation.
 */
import path from 'node:path';
import { parseArgs } from 'node:util';
import { loadCatalog } from '../src/lib/load.ts';
import { printProblems } from '../src/lib/problem-report.ts';
import { summarize } from '../src/lib/summary.ts';
import { runCli } from './cli.ts';

runCli(() => {
  const { values } = parseArgs({ options: { data: { type: 'string', default: 'data' } } });
  const dataDir = path.resolve(values.data!);
  const result = loadCatalog({ dataDir, root: process.cwd() });
  if (result.ok) {
    console.log(`✓ ${summarize(result.catalog)} — all valid`);
    return 0;
  }
  printProblems(result.problems);
  return 1;
});
