/**
 * npm run import-results -- <results.md> [--data data] [--dry-run] [--benchmark <id>]
 *
 * Imports a benchmark's published results tables (markdown) into
 * data/benchmarks/<id>.yaml and data/results/<id>/, and prints a report:
 * files created, updated and unchanged, how each method was mapped to a
 * paper, datasets left out, printed averages that do not add up, and every
 * line it could not read. Re-running on the same file changes no byte.
 */
import { existsSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { importResults } from '../src/lib/import-results/index.ts';
import { formatResultsReport } from '../src/lib/import-results/report.ts';
import { runCli } from './cli.ts';

runCli(() => {
  const { values, positionals } = parseArgs({
    allowPositionals: true,
    options: { data: { type: 'string', default: 'data' }, 'dry-run': { type: 'boolean', default: false }, benchmark: { type: 'string' } },
  });
  if (positionals.length !== 1) throw new Error('usage: npm run import-results -- <results.md> [--data data] [--dry-run] [--benchmark <id>]');
  const source = positionals[0];
  if (!existsSync(source) || !statSync(source).isFile()) throw new Error(`${source}: no such file`);
  const report = importResults({ markdown: readFileSync(source, 'utf8'), dataDir: path.resolve(values.data!), dryRun: values['dry-run'], benchmark: values.benchmark });
  console.log(formatResultsReport(report, path.basename(source)));
  if (values['dry-run']) console.log('\n(dry run: nothing written)');
  return report.problemsAfter.length ? 1 : 0;
});
