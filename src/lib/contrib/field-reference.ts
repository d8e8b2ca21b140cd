/**
 * The field reference in CONTRIBUTING.md, generated from the same zod schema
 * the validator uses (through its JSON Schema form), plus the current
 * category ids and venue names, so the docs cannot drift from the rules.
 */
import type { Catalog } from '../catalog/catalog.ts';
import { ancestors } from '../catalog/queries.ts';
import { categorySchema, datasetSchema, ID_PATTERN, paperSchema } from '../catalog/schema.ts';
import { toJsonSchema, type JsonSchema } from './json-schema.ts';

/** Table cells hold untrusted-looking text from descriptions; keep the table intact. */
const cell = (text: string) => text.replace(/\|/g, '\\|').replace(/\s+/g, ' ').trim();

function describeType(node: JsonSchema): string {
  if (node.type === 'array') {
    const items = node.items as JsonSchema;
    const item = items.type === 'object' ? 'entries (fields below)' : describeType(items);
    return `list of ${item}${node.minItems ? `, at least ${node.minItems}` : ''}${node.uniqueItems ? ', no repeats' : ''}`;
  }
  if (node.enum) return `one of ${(node.enum as string[]).map((v) => `\`${v}\``).join(', ')}`;
  if (node.format === 'uri') return 'URL (http:// or https://)';
  if (node.type === 'integer') {
    return node.minimum !== undefined && node.maximum !== undefined ? `whole number ${node.minimum}–${node.maximum}` : node.minimum === 0 ? 'whole number ≥ 0' : 'whole number';
  }
  if (node.type === 'boolean') return '`true` or `false`';
  if (node.type === 'object') return 'fields below';
  if (node.pattern === ID_PATTERN.source) return 'kebab-case id';
  if (node.pattern === '^\\d{4}-\\d{2}-\\d{2}$') return 'date `YYYY-MM-DD`';
  if (node.pattern === '^\\d{4}\\.\\d{4,5}$') return 'arXiv number, quoted (`"2106.08265"`)';
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

export function renderFieldReference(catalog: Pick<Catalog, 'categories' | 'venues' | 'categoryById' | 'childrenOf'>): string {
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
  ].join('\n');
}
