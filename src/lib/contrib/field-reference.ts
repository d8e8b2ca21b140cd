/**
 * The field reference in CONTRIBUTING.md, generated from the same zod schema
 * the validator uses (through its JSON Schema form), plus the current
 * category ids and venue names, so the docs cannot drift from the rules.
 */
import type { Catalog } from '../catalog/catalog.ts';
import { ancestors } from '../catalog/queries.ts';
import { categorySchema, datasetSchema, ID_PATTERN, NOT_A_LINK, paperSchema } from '../catalog/schema.ts';
import { benchmarkSchema, metricSchema, resultTableSchema } from '../catalog/results-schema.ts';
import { toJsonSchema, type JsonSchema } from './json-schema.ts';

/** Table cells hold untrusted-looking text from descriptions; keep the table intact. */
const cell = (text: string) => text.replace(/\|/g, '\\|').replace(/\s+/g, ' ').trim();

function describeType(node: JsonSchema): string {
  if (Array.isArray(node.anyOf)) return (node.anyOf as JsonSchema[]).map((option) => (option.type === 'null' ? 'null' : describeType(option))).join(' or ');
  if (node.type === 'object' && node.additionalProperties && typeof node.additionalProperties === 'object') {
    return `mapping of metric id → ${describeType(node.additionalProperties as JsonSchema)}`;
  }
  if (node.type === 'array') {
    const items = node.items as JsonSchema;
    const item = items.type === 'object' ? 'entries (fields below)' : describeType(items);
    return `list of ${item}${node.minItems ? `, at least ${node.minItems}` : ''}${node.uniqueItems ? ', no repeats' : ''}`;
  }
  if (node.enum) return `one of ${(node.enum as string[]).map((v) => `\`${v}\``).join(', ')}`;
  if (node.format === 'uri') return 'URL (http:// or https://)';
  if (node.type === 'integer') {
    if (node.minimum !== undefined && node.maximum !== undefined) return `whole number ${node.minimum}–${node.maximum}`;
    return node.minimum === 0 || node.minimum === 1 ? `whole number ≥ ${node.minimum}` : 'whole number';
  }
  if (node.type === 'number') {
    const low = node.minimum ?? node.exclusiveMinimum;
    const high = node.maximum ?? node.exclusiveMaximum;
    return low !== undefined && high !== undefined ? `number ${node.exclusiveMinimum !== undefined ? 'above' : 'from'} ${low} ${node.exclusiveMaximum !== undefined ? 'and below' : 'to'} ${high}` : 'number';
  }
  if (node.type === 'boolean') return '`true` or `false`';
  if (node.type === 'object') return 'fields below';
  if (node.pattern === ID_PATTERN.source) return 'kebab-case id';
  if (node.pattern === '^\\d{4}-\\d{2}-\\d{2}$') return 'date `YYYY-MM-DD`';
  if (node.pattern === '^\\d{4}\\.\\d{4,5}$') return 'arXiv number, quoted (`"2106.08265"`)';
  // Plain text: not blank, and not starting like a link (schema.ts says why).
  if (node.pattern === NOT_A_LINK.source) return 'text';
  if (typeof node.pattern === 'string' && node.pattern !== '\\S') return `text matching \`${node.pattern}\``;
  return 'text';
}

function rows(node: JsonSchema, prefix = ''): string[] {
  const properties = (node.properties ?? {}) as Record<string, JsonSchema>;
  const required = new Set((node.required ?? []) as string[]);
  return Object.entries(properties).flatMap(([key, field]) => {
    const name = `${prefix}${key}`;
    const line = `| \`${name}\` | ${required.has(key) ? 'yes' : ''} | ${cell(describeType(field))} | ${cell((field.description as string | undefined) ?? '')} |`;
    const nested = field.type === 'object' ? field : field.type === 'array' && (field.items as JsonSchema).type === 'object' ? (field.items as JsonSchema) : undefined;
    return [line, ...(nested ? rows(nested, field.type === 'array' ? `${name}[].` : `${name}.`) : [])];
  });
}

function table(title: string, file: string, node: JsonSchema, note = ''): string[] {
  return [`### ${title} — \`${file}\``, '', ...(note ? [note, ''] : []), '| Field | Required | Value | Meaning |', '| --- | --- | --- | --- |', ...rows(node), ''];
}

export function renderFieldReference(catalog: Pick<Catalog, 'categories' | 'venues' | 'categoryById' | 'childrenOf' | 'metrics'>): string {
  const categoryLines = catalog.categories.map((c) => {
    const depth = ancestors(catalog as Catalog, c.id).length - 1;
    return `${'  '.repeat(depth)}- \`${c.id}\` — ${cell(c.name)}`;
  });
  const venueLines = catalog.venues.map((v) => `| \`${v.name}\` | ${v.full ? cell(v.full) : '—'} | ${v.kind} | ${(v.aliases ?? []).map((a) => `\`${cell(a)}\``).join(', ')} |`);
  return [
    ...table('Paper', 'data/papers/<id>.yaml', toJsonSchema(paperSchema)),
    ...table(
      'Dataset',
      'data/datasets/<id>.yaml',
      toJsonSchema(datasetSchema),
      'Give exactly one of `introduced_by` (the id of a paper that has its own file) or `paper` (title, venue, year, url of the introducing paper).',
    ),
    ...table('Category', 'data/categories/<id>.yaml', toJsonSchema(categorySchema)),
    ...table('Benchmark', 'data/benchmarks/<id>.yaml', toJsonSchema(benchmarkSchema)),
    ...table(
      'Results table',
      'data/results/<benchmark>/<setting>-<dataset>.yaml',
      toJsonSchema(resultTableSchema),
      'Give either `benchmark` and `setting` (the table comes from a benchmark) or `reported_by` and `protocol` (a paper reports its own results). Each row gives either `method` or `baseline`.',
    ),
    ...table('Metric', 'data/metrics.yaml', toJsonSchema(metricSchema), 'One entry of the `metrics:` list; a metric is a definition, so it is added by hand with a pull request.'),
    '### Category ids',
    '',
    'Use the most specific category that fits; a paper may list several.',
    '',
    ...categoryLines,
    '',
    '### Venues',
    '',
    'Write the canonical name (first column). The validator rejects an alias and tells you the canonical name; `npm run new` maps aliases for you.',
    '',
    '| Name | Full name | Kind | Aliases |',
    '| --- | --- | --- | --- |',
    ...venueLines,
    '',
    '### Metrics',
    '',
    'Every metric is a fraction of 1 at most; a results table prints it as a fraction (`scale: 1`) or a percentage (`scale: 100`). Aliases are the column labels the importer recognises.',
    '',
    '| Id | Name | Level | Better | Aliases |',
    '| --- | --- | --- | --- | --- |',
    ...catalog.metrics.map((m) => `| \`${m.id}\` | ${cell(m.name)} | ${m.level} | ${m.higher_is_better ? 'higher' : 'lower'} | ${(m.aliases ?? []).map((a) => `\`${cell(a)}\``).join(', ')} |`),
  ].join('\n');
}
