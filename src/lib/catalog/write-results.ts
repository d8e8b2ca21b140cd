/**
 * Writes a results table the way a reviewer reads it beside its source: one
 * line of values per method, per-class values one line per metric in the
 * order of `classes`, every number with the decimals the source prints
 * (0.980, not 0.98). js-yaml can only make a whole level flow or block, so
 * the layout is written here; scalars still go through js-yaml's quoting.
 * The same table always gives the same bytes, which keeps imports idempotent.
 */
import yaml from 'js-yaml';
import { benchmarkSchema, type Benchmark, type ResultRow, type ResultTable } from './results-schema.ts';
import { serializeWith } from './write-entry.ts';

export const RESULTS_SCHEMA_COMMENT = '# yaml-language-server: $schema=../../schema/results.schema.json';
export const BENCHMARK_SCHEMA_COMMENT = '# yaml-language-server: $schema=../schema/benchmark.schema.json';

/** A string as YAML writes it on its own line (quoted only when it must be). */
const scalar = (value: string) => yaml.dump(value, { schema: yaml.CORE_SCHEMA, quotingType: '"', lineWidth: -1 }).trimEnd();

/** In [a, b] a plain word stays plain; anything YAML could read as another type, or that holds flow punctuation, is quoted. */
const flowScalar = (value: string) => (/^[A-Za-z_][\w-]*$/.test(value) && !/^(?:true|false|null|yes|no|on|off|y|n)$/i.test(value) ? value : JSON.stringify(value));

export function serializeResultTable(table: ResultTable, header: string[] = []): string {
  const number = (value: number | null) => (value === null ? 'null' : value.toFixed(table.decimals));
  const lines = [RESULTS_SCHEMA_COMMENT, ...header.map((line) => `# ${line}`)];
  const field = (key: keyof ResultTable, value: string | number | undefined) => {
    if (value !== undefined) lines.push(`${key}: ${typeof value === 'number' ? value : scalar(value)}`);
  };
  field('benchmark', table.benchmark);
  field('setting', table.setting);
  field('reported_by', table.reported_by);
  if (table.protocol) lines.push(...yaml.dump({ protocol: table.protocol }, { schema: yaml.CORE_SCHEMA, quotingType: '"' }).trimEnd().split('\n'));
  field('dataset', table.dataset);
  field('subset', table.subset);
  field('table', table.table);
  field('scale', table.scale);
  field('decimals', table.decimals);
  if (table.classes) lines.push(`classes: [${table.classes.map(flowScalar).join(', ')}]`);
  lines.push('rows:');
  for (const row of table.rows) lines.push(...rowLines(row, number));
  return `${lines.join('\n')}\n`;
}

function rowLines(row: ResultRow, number: (value: number | null) => string): string[] {
  const out: string[] = [];
  const field = (key: string, value: string) => out.push(`${out.length ? '    ' : '  - '}${key}: ${value}`);
  if (row.method !== undefined) field('method', scalar(row.method));
  if (row.variant !== undefined) field('variant', scalar(row.variant));
  if (row.baseline !== undefined) field('baseline', scalar(row.baseline));
  field('values', `{${Object.entries(row.values).map(([metric, value]) => `${metric}: ${number(value)}`).join(', ')}}`);
  if (row.per_class) {
    field('per_class', '');
    out[out.length - 1] = out[out.length - 1].trimEnd();
    for (const [metric, values] of Object.entries(row.per_class)) out.push(`      ${metric}: [${values.map(number).join(', ')}]`);
  }
  if (row.link !== undefined) field('link', scalar(row.link));
  if (row.notes?.length) {
    field('notes', '');
    out[out.length - 1] = out[out.length - 1].trimEnd();
    for (const note of row.notes) out.push(`      - ${scalar(note)}`);
  }
  return out;
}

export function serializeBenchmark(benchmark: Benchmark): string {
  return serializeWith(benchmarkSchema, BENCHMARK_SCHEMA_COMMENT, benchmark as unknown as Record<string, unknown>);
}
