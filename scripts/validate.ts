/**
 * npm run validate [-- --data <dir>]
 * Exit 0 with a one-line summary, or 1 with every problem listed. Under
 * GitHub Actions each problem is also printed as an ::error annotation.
 */
import { parseArgs } from 'node:util';
import { summarize } from '../src/lib/site/summary.ts';
import { loadDataOrReport, runCli } from './cli.ts';

runCli(() => {
  const { values } = parseArgs({ options: { data: { type: 'string', default: 'data' } } });
  const loaded = loadDataOrReport(values.data!);
  if (!loaded) return 1;
  console.log(`✓ ${summarize(loaded.catalog)} — all valid`);
  return 0;
});
