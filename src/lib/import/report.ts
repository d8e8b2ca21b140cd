/** The importer's report as plain text: counts first, then every line that needs a look. */
import type { ImportReport } from './index.ts';
import type { Notice } from './listing.ts';

const show = (value: unknown) => (value === undefined ? '(absent)' : JSON.stringify(value));

export function formatReport(report: ImportReport, source = 'README'): string {
  const out: string[] = [report.policy, ''];
  out.push(
    `${source}: ${report.listings} list items → ${report.papers} papers, ${report.datasets} datasets`,
    `created ${report.created.length}, updated ${report.updated.length}, unchanged ${report.unchanged.length}, ` +
      `kept hand edits ${report.keptHandEdits.length}, conflicts ${report.conflicts.length}, unparsed lines ${report.unparsed.length}, ` +
      `needs a person ${report.needsPerson.length}, warnings ${report.warnings.length}, commented-out items ${report.commentedOut.length}, ` +
      `in data but not in the README ${report.notInReadme.length}`,
  );
  const section = (title: string, lines: string[]) => {
    if (!lines.length) return;
    out.push('', `${title} (${lines.length}):`, ...lines.map((line) => `  ${line}`));
  };
  const notices = (list: Notice[]) => list.map((n) => `line ${n.line}: ${n.message}`);
  section('created', report.created);
  section('updated', report.updated.map((u) => `${u.ref}: ${u.fields.join(', ')}`));
  section('kept hand edits', report.keptHandEdits.map((e) => `${e.ref} ${e.field}: kept ${show(e.kept)}; README says ${show(e.readme)}`));
  section('conflicts', notices(report.conflicts));
  section('unparsed lines', notices(report.unparsed));
  section('needs a person', notices(report.needsPerson));
  section('warnings', notices(report.warnings));
  section('commented-out items (skipped)', report.commentedOut.map((o) => `line ${o.line}: ${o.text}`));
  section('in data but not in the README (left alone)', report.notInReadme);
  section('unreadable data files (left alone)', report.unreadable);
  const ignored = Object.entries(report.ignored).map(([reason, n]) => `${n} ${reason}`);
  if (ignored.length) out.push('', `not list items, skipped: ${ignored.join(', ')}`);
  return out.join('\n');
}
