/** The enrich report as a person reads it: counts first, then each case with its file and line. */
import { formatProblem } from '../catalog/problems.ts';
import type { EnrichReport } from './index.ts';

const at = (w: { file: string; line: number; key: string }) => `${w.file}:${w.line} @${w.key}`;

export function formatEnrichReport(report: EnrichReport): string {
  const by = (key: string) => report.matched.filter((m) => m.by === key).length;
  const lines = [
    `${report.entries} BibTeX entries read`,
    `  matched     ${report.matched.length} (arXiv id ${by('arxiv')}, DOI ${by('doi')}, title ${by('title')}, % paper line ${by('paper line')})`,
    `  unmatched   ${report.unmatched.length}`,
    `  filled      ${report.filled.length} papers`,
    `  unchanged   ${report.unchanged.length} papers (already hold these values)`,
    `  conflicts   ${report.conflicts.length} (never overwritten)`,
    `  skipped     ${report.skipped.length}`,
  ];
  const section = (title: string, items: string[]) => {
    if (items.length) lines.push('', `${title}:`, ...items.map((item) => `  ${item}`));
  };
  section('Cannot read (nothing was written; fix these first)', report.unreadable.map(formatProblem));
  section('Conflicts: the entry disagrees with the catalog, which keeps its value', report.conflicts.map((c) => `${at(c.where)} → ${c.paper} ${c.field}\n      catalog: ${c.catalog}\n      entry:   ${c.entry}`));
  section('Matched by id, but the titles differ: check it is the same paper', report.matched.filter((m) => m.titleDiffers).map((m) => `${at(m.where)} → ${m.paper}\n      entry:   ${m.titleDiffers!.entry}\n      catalog: ${m.titleDiffers!.catalog}`));
  section('Unmatched', report.unmatched.map((u) => `${at(u.where)} "${u.title ?? '(no title)'}": ${u.reason}`));
  section('Skipped', report.skipped.map((s) => `${at(s.where)} → ${s.paper}: ${s.reason}`));
  section('Filled', report.filled.map((f) => `${f.paper}: ${f.fields.join(', ')}${f.authors ? ` (${f.authors} authors)` : ''}${f.source ? ` from ${f.source}` : ''}`));
  return lines.join('\n');
}
