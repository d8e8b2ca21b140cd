/**
 * npm run generate [-- schema|docs|list …] [--check] [--data <dir>]
 * (npm run schema / docs / list are shortcuts.) Rewrites the committed files
 * derived from data/ and src/lib/catalog/schema.ts; with --check, writes nothing and
 * exits 1 naming the stale files.
 */
import path from 'node:path';
import { parseArgs } from 'node:util';
import { printProblems } from '../src/lib/catalog/problem-report.ts';
import { ARTIFACTS, renderGenerated, staleFiles, writeGenerated, type Artifact } from '../src/lib/contrib/generated.ts';
import { loadDataOrReport, runCli } from './cli.ts';

runCli(() => {
  const { values, positionals } = parseArgs({
    allowPositionals: true,
    options: { data: { type: 'string', default: 'data' }, check: { type: 'boolean', default: false } },
  });
  const unknown = positionals.filter((p) => !(ARTIFACTS as readonly string[]).includes(p));
  if (unknown.length) throw new Error(`unknown target ${unknown.join(', ')}; choose from ${ARTIFACTS.join(', ')}`);
  const which = (positionals.length ? positionals : ARTIFACTS) as Artifact[];
  const loaded = loadDataOrReport(values.data!);
  if (!loaded) return 1;
  const { root } = loaded;
  const files = renderGenerated({ ...loaded, which });
  const rel = (file: string) => path.relative(root, file);
  if (values.check) {
    const stale = staleFiles(files);
    if (!stale.length) {
      console.log(`✓ ${files.length} generated file(s) are up to date`);
      return 0;
    }
    console.error(`✗ out of date: ${stale.map(rel).join(', ')}\n  run: npm run generate, then commit the result`);
    printProblems(stale.map((file) => ({ file: rel(file), field: '', message: 'generated from data/ and out of date; run npm run generate and commit the result' })), { summary: false });
    return 1;
  }
  const written = writeGenerated(files);
  console.log(written.length ? `✓ wrote ${written.map(rel).join(', ')}` : `✓ ${files.length} generated file(s) were already up to date`);
  return 0;
});
