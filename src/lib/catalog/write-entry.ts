/**
 * Serialises an entry to the YAML a person would write: fields in schema
 * order, block style, a schema line for editor completion. The importer and
 * `npm run new` both write files through this, so files look the same
 * whoever made them.
 */
import yaml from 'js-yaml';
import { ENTRY_KINDS, type EntryKind } from './schema.ts';
import type { ZodTypeAny } from 'zod';
import { arrayItem, objectShape } from './zod-shape.ts';

export const SCHEMA_COMMENT: Record<EntryKind, string> = {
  papers: '# yaml-language-server: $schema=../schema/paper.schema.json',
  datasets: '# yaml-language-server: $schema=../schema/dataset.schema.json',
  categories: '# yaml-language-server: $schema=../schema/category.schema.json',
};

/** Orders keys as the schema declares them, recursively; unknown keys keep their place at the end. */
function ordered(value: unknown, schema: ZodTypeAny | undefined): unknown {
  if (Array.isArray(value)) {
    const item = schema && arrayItem(schema);
    return value.map((v) => ordered(v, item));
  }
  if (value === null || typeof value !== 'object') return value;
  const shape = schema ? objectShape(schema) : undefined;
  const entries = Object.entries(value as Record<string, unknown>).filter(([, v]) => v !== undefined);
  const rank = (key: string) => (shape ? Object.keys(shape).indexOf(key) : -1);
  entries.sort(([a], [b]) => (rank(a) === -1 ? 1e9 : rank(a)) - (rank(b) === -1 ? 1e9 : rank(b)));
  return Object.fromEntries(entries.map(([k, v]) => [k, ordered(v, shape?.[k])]));
}

/** Any entry in its schema's field order, below its editor-schema line. */
export function serializeWith(schema: ZodTypeAny, schemaComment: string, entry: Record<string, unknown>): string {
  const body = yaml.dump(ordered(entry, schema), {
    schema: yaml.CORE_SCHEMA,
    lineWidth: -1,
    noRefs: true,
    quotingType: '"',
  });
  return `${schemaComment}\n${body}`;
}

export function serializeEntry(kind: EntryKind, entry: Record<string, unknown>): string {
  return serializeWith(ENTRY_KINDS[kind], SCHEMA_COMMENT[kind], entry);
}
