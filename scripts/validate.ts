/**
 * npm run validate [-- --data <dir>]
 * Exit 0 with a one-line summary, or 1 with every problem listed. Under
 * GitHub Actions each problem is also printed as an ::error annotation.
 * Warnings (sources whose averages do not add up) are listed on stderr after
 * the summary and never change the exit code.
 */
import { parseArgs } from 'node:util';
import { summarize } from '../src/lib/site/summary.ts';
import { printWarnings } from '../src/lib/catalog/problem-report.ts';
import { loadDataOrReport, runCli } from './cli.ts';

runCli(() => {
  const { values } = parseArgs({ options: { data: { type: 'string', default: 'data' } } });
  const loaded = loadDataOrReport(values.data!);
  if (!loaded) return 1;
  console.log(`✓ ${summarize(loaded.catalog)} — all valid`);
  printWarnings(loaded.warnings);
  return 0;
});
