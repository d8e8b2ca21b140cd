/**
 * npm run import -- <README.md> [--data data] [--dry-run] [--added YYYY-MM-DD] [--first-listed FILE.tsv]
 *
 * Imports an awesome-list README into data/papers and data/datasets and
 * prints a report: created, updated, unchanged, kept hand edits, conflicts,
 * and every line it could not parse, with its line number.
 *
 * Merge policy — three-way, per field (each link separately):
 * data/.import-baseline.json records what the importer last computed for each
 * entry. On a re-run, a field whose file value still equals the baseline
 * follows the README (so README fixes flow in); a field that differs from the
 * baseline was edited by a person and is kept, and the report says so when
 * the README disagrees with it. Entries are found by normalised title or
 * paper link, never by id, so ids stay stable and hand-renamed files are
 * still found. Entries that left the README are reported, never deleted; a
 * file deleted by hand is not re-created. Re-running on the same README
 * changes no byte.
 */
import { existsSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { importAwesomeList } from '../src/lib/import/index.ts';
import { parseFirstListed } from '../src/lib/import/first-listed.ts';
import { formatReport } from '../src/lib/import/report.ts';
import { runCli } from './cli.ts';

runCli(() => {
  const { values, positionals } = parseArgs({
    allowPositionals: true,
    options: { data: { type: 'string', default: 'data' }, 'dry-run': { type: 'boolean', default: false }, added: { type: 'string' }, 'first-listed': { type: 'string' } },
  });
  if (positionals.length !== 1) throw new Error('usage: npm run import -- <README.md> [--data data] [--dry-run] [--added YYYY-MM-DD] [--first-listed FILE.tsv]');
  const readme = positionals[0];
  if (!existsSync(readme) || !statSync(readme).isFile()) throw new Error(`${readme}: no such file`);
  if (values.added !== undefined && !/^\d{4}-\d{2}-\d{2}$/.test(values.added)) throw new Error(`--added ${values.added}: expected a date YYYY-MM-DD`);
  const dataDir = path.resolve(values.data!);
  const datesFile = values['first-listed'];
  if (datesFile !== undefined && !(existsSync(datesFile) && statSync(datesFile).isFile())) throw new Error(`--first-listed ${datesFile}: no such file`);
  const firstListed = datesFile === undefined ? undefined : parseFirstListed(readFileSync(datesFile, 'utf8'), datesFile);
  const report = importAwesomeList({ markdown: readFileSync(readme, 'utf8'), dataDir, dryRun: values['dry-run'], added: values.added, firstListed });
  console.log(formatReport(report, path.basename(readme)));
  if (values['dry-run']) console.log('\n(dry run: nothing written)');
  return 0;
});
