/**
 * npm run validate [-- --data <dir>]
 * Exit 0 with a one-line summary, or 1 with every problem listed. Under
 * GitHub Actions each problem is also printed as an ::error annotation.
 */
import path from 'node:path';
import { parseArgs } from 'node:util';
import { loadCatalog } from '../src/lib/load.ts';
import { formatAnnotation, formatProblem, sortProblems } from '../src/lib/problems.ts';
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
  const problems = sortProblems(result.problems);
  for (const problem of problems) console.error(formatProblem(problem));
  if (process.env.GITHUB_ACTIONS === 'true') for (const problem of problems) console.log(formatAnnotation(problem));
  console.error(`\n✗ ${problems.length} problem${problems.length === 1 ? '' : 's'} in ${new Set(problems.map((p) => p.file)).size} file(s). Fix them and run npm run validate again.`);
  return 1;
});
