/**
 * `npm run enrich`: fills `authors`, `authors_source` and `doi` of catalog
 * papers from BibTeX entries. It only fills what is missing: a value already
 * in a file (an earlier run's or a person's) is never replaced; where the
 * entry disagrees with it, the difference is reported as a conflict.
 * Nothing is written when any input entry cannot be read.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import yaml from 'js-yaml';
import { loadCatalog } from '../catalog/load.ts';
import { formatProblem, type Problem } from '../catalog/problems.ts';
import { authorName, doi as doiSchema, httpUrl } from '../catalog/schema.ts';
import { serializeEntry } from '../catalog/write-entry.ts';
import { readBibtex, type BibRecord } from './bibtex.ts';
import { matcher, type MatchKey } from './match.ts';

export interface EnrichInput {
  dataDir: string;
  files: { file: string; text: string }[];
  dryRun?: boolean;
}

type Where = { file: string; line: number; key: string };

export interface EnrichReport {
  entries: number;
  /** Entries that could not be read; when any, nothing was written. */
  unreadable: Problem[];
  matched: { where: Where; paper: string; by: MatchKey; titleDiffers?: { entry: string; catalog: string } }[];
  unmatched: { where: Where; title?: string; reason: string }[];
  filled: { paper: string; fields: string[]; authors: number; source: string }[];
  /** The paper already had these authors (or DOI): nothing to do. */
  unchanged: string[];
  conflicts: { where: Where; paper: string; field: string; catalog: string; entry: string }[];
  /** Matched, but not usable: no author list, a truncated one, no source, a name the schema refuses. */
  skipped: { where: Where; paper: string; reason: string }[];
  written: string[];
}

const where = (r: BibRecord): Where => ({ file: r.file, line: r.line, key: r.key });

/** Why a record's names cannot be taken, if they cannot. */
function unusable(record: BibRecord): string | undefined {
  if (record.namesUnreadable) return `the author field does not read as a list of names joined by "and" (${record.namesUnreadable})`;
  if (!record.authors.length) return 'the entry has no author field';
  if (record.truncated) return 'the author list ends in "and others": find a source that lists everyone';
  if (!record.source) return 'no source: add a `% source: <URL>` line above the entry (or a `url` field) saying where the names were read';
  if (!httpUrl.safeParse(record.source).success) return `the source "${record.source}" is not an http(s) URL`;
  for (const name of record.authors) {
    const result = authorName.safeParse(name);
    if (!result.success) return `author "${name}": ${result.error.issues[0].message}`;
  }
  if (new Set(record.authors).size !== record.authors.length) return 'the author list names someone twice';
  return undefined;
}

export function enrich({ dataDir, files, dryRun = false }: EnrichInput): EnrichReport {
  const report: EnrichReport = { entries: 0, unreadable: [], matched: [], unmatched: [], filled: [], unchanged: [], conflicts: [], skipped: [], written: [] };
  const loaded = loadCatalog({ dataDir });
  if (!loaded.ok) throw new Error(`the catalog has problems; fix them first:\n${loaded.problems.map(formatProblem).join('\n')}`);
  const match = matcher(loaded.catalog);

  const records = files.flatMap(({ file, text }) => {
    const read = readBibtex(text, file);
    report.unreadable.push(...read.problems);
    return read.records;
  });
  report.entries = records.length;

  // What each paper will hold: its file's values, then what this run fills.
  const next = new Map<string, { authors?: string[]; doi?: string; authors_source?: string; fields: Set<string> }>();
  for (const record of records) {
    const found = match(record);
    if (!found.paper) {
      report.unmatched.push({ where: where(record), title: record.title, reason: found.reason });
      continue;
    }
    const { paper } = found;
    report.matched.push({ where: where(record), paper: paper.id, by: found.by, ...(found.titleDiffers ? { titleDiffers: { entry: record.title ?? '', catalog: paper.title } } : {}) });
    if (!next.has(paper.id)) next.set(paper.id, { authors: paper.authors, doi: paper.doi, authors_source: paper.authors_source, fields: new Set() });
    const state = next.get(paper.id)!;

    // A match by id alone may be another version (arXiv ids move to the journal
    // extension, which adds authors and has its own DOI): only a `% paper:` line vouches for it.
    if (found.titleDiffers && record.paperHint !== paper.id) {
      report.skipped.push({ where: where(record), paper: paper.id, reason: `matched by ${found.by}, but the titles differ, so it may be another version; add a \`% paper: ${paper.id}\` line above it if it is this one` });
      continue;
    }
    const why = unusable(record);
    if (why) report.skipped.push({ where: where(record), paper: paper.id, reason: why });
    else if (!state.authors) {
      state.authors = record.authors;
      state.authors_source = record.source;
      state.fields.add('authors').add('authors_source');
    } else if (state.authors.join('\u0000') !== record.authors.join('\u0000')) {
      report.conflicts.push({ where: where(record), paper: paper.id, field: 'authors', catalog: state.authors.join('; '), entry: record.authors.join('; ') });
    }
    if (record.doi && !doiSchema.safeParse(record.doi).success) {
      report.skipped.push({ where: where(record), paper: paper.id, reason: `its DOI "${record.doi}" is not one the schema accepts (a bare 10.xxxx/… without quotes or angle brackets); the DOI was left out` });
    } else if (record.doi) {
      if (!state.doi) {
        state.doi = record.doi;
        state.fields.add('doi');
      } else if (state.doi.toLowerCase() !== record.doi.toLowerCase()) {
        report.conflicts.push({ where: where(record), paper: paper.id, field: 'doi', catalog: state.doi, entry: record.doi });
      }
    }
  }

  for (const [id, state] of next) {
    if (!state.fields.size) {
      // Nothing to fill: the file already holds the values (a skipped entry for an authorless paper is not "unchanged").
      if (state.authors) report.unchanged.push(id);
      continue;
    }
    report.filled.push({ paper: id, fields: [...state.fields], authors: state.fields.has('authors') ? state.authors!.length : 0, source: state.authors_source ?? '' });
  }
  if (dryRun || report.unreadable.length) return report;

  for (const { paper: id } of report.filled) {
    const state = next.get(id)!;
    const file = path.join(dataDir, 'papers', `${id}.yaml`);
    const entry = yaml.load(readFileSync(file, 'utf8'), { schema: yaml.CORE_SCHEMA }) as Record<string, unknown>;
    for (const field of state.fields) entry[field] = state[field as 'authors' | 'doi' | 'authors_source'];
    writeFileSync(file, serializeEntry('papers', entry));
    report.written.push(path.relative(process.cwd(), file));
  }
  return report;
}
