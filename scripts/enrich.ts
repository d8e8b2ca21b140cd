/**
 * npm run enrich -- <file.bib> [more.bib ...] [--data data] [--dry-run]
 *
 * Fills missing `authors` (with `authors_source`) and `doi` of catalog papers
 * from BibTeX entries, matched by arXiv id, DOI or title, and prints what it
 * matched, filled, skipped and found in conflict. Never overwrites a value a
 * file already holds; writes nothing if any entry cannot be read.
 */
import { existsSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { enrich } from '../src/lib/enrich/index.ts';
import { formatEnrichReport } from '../src/lib/enrich/report.ts';
import { runCli } from './cli.ts';

runCli(() => {
  const { values, positionals } = parseArgs({
    allowPositionals: true,
    options: { data: { type: 'string', default: 'data' }, 'dry-run': { type: 'boolean', default: false } },
  });
  if (!positionals.length) throw new Error('usage: npm run enrich -- <file.bib> [more.bib ...] [--data data] [--dry-run]');
  const files = positionals.map((file) => {
    if (!existsSync(file) || !statSync(file).isFile()) throw new Error(`${file}: no such file`);
    return { file, text: readFileSync(file, 'utf8') };
  });
  const report = enrich({ dataDir: path.resolve(values.data!), files, dryRun: values['dry-run'] });
  console.log(formatEnrichReport(report));
  if (values['dry-run']) console.log('\n(dry run: nothing written)');
  else if (report.unreadable.length) console.log('\nNothing written: fix the entries above and run again.');
  else console.log(`\n${report.written.length} files written.`);
  return report.unreadable.length ? 1 : 0;
});
