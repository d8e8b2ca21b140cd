/** The results importer's report as plain text: counts first, then every line that needs a look. */
import type { ImportResultsReport } from './index.ts';

const lines = (list: number[]) => (list.length === 1 ? `line ${list[0]}` : `lines ${list.slice(0, 6).join(', ')}${list.length > 6 ? `, … (${list.length})` : ''}`);

export function formatResultsReport(report: ImportResultsReport, source = 'source'): string {
  const byLink = report.methods.filter((m) => m.by === 'link');
  const byName = report.methods.filter((m) => m.by === 'name');
  const variants = report.methods.filter((m) => m.by === 'variant');
  const unmapped = report.methods.filter((m) => m.by === 'unmapped' || m.by === 'ambiguous');
  const out: string[] = [
    `${source} → benchmark ${report.benchmark}: ${report.tablesRead} tables read, ${report.values} values`,
    `created ${report.created.length}, updated ${report.updated.length}, unchanged ${report.unchanged.length}; ` +
      `${report.benchmarkFile.file} ${report.benchmarkFile.status}${report.settingsCreated.length ? ` (new settings: ${report.settingsCreated.join(', ')})` : ''}`,
    `methods: ${report.methods.length} (${byLink.length} by link, ${byName.length} by name, ${variants.length} variants, ${unmapped.length} unmapped); ` +
      `datasets left out ${report.datasetsLeftOut.length}; inconsistent averages ${report.inconsistentAverages.length}; unparsed lines ${report.unparsed.length}`,
  ];
  const section = (title: string, items: string[]) => {
    if (items.length) out.push('', `${title} (${items.length}):`, ...items.map((item) => `  ${item}`));
  };
  section('created', report.created);
  section('updated', report.updated);
  section('mapped by name (no link in the cell matched a paper)', byName.map((m) => `${m.name} → ${m.method}`));
  section('variants (a known method with a suffix; check each)', variants.map((m) => `${m.name} → ${m.method}, variant "${m.variant}"`));
  section(
    'unmapped methods, written as named baselines (give the paper a method name or alias, then re-import)',
    unmapped.map((m) => `${m.name}: ${m.by === 'ambiguous' ? `could be ${m.candidates!.join(' or ')}; ` : ''}${m.rows} values, ${lines(m.lines)}`),
  );
  section('datasets not in the catalog, tables left out', report.datasetsLeftOut.map((d) => `${d.name}: table at ${lines(d.lines)}`));
  section('inconsistent averages (kept as printed; the validator warns too)', report.inconsistentAverages.map((a) => `line ${a.line} ${a.row} ${a.metric}: ${a.message} (${a.file})`));
  section('values outside their metric\'s range, left out (the row\'s notes say so)', report.outOfRange.map((o) => `line ${o.line} ${o.text}`));
  section('rows of zeros only, read as not reported (check each)', report.zeroRows.map((z) => `line ${z.line}: ${z.text}`));
  section('unparsed lines', report.unparsed.map((u) => `line ${u.line}: ${u.reason}: ${u.text}`));
  section('files of this benchmark the source no longer gives (left alone)', report.notInSource);
  section('problems after writing', report.problemsAfter);
  out.push('', `not reported ("-"): ${report.notReported} rows; skipped: ${report.skipped.prose} lines of prose, ${report.skipped.headings} headings with no table`);
  return out.join('\n');
}
