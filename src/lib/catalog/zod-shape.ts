/**
 * Walking a zod schema alongside raw YAML values: the fields a schema allows
 * at a path, and what can still be read from an entry that failed validation
 * (so cross-file checks run on it too and every problem shows in one run).
 */
import type { ZodTypeAny } from 'zod';

type Def = { typeName?: string; schema?: ZodTypeAny; innerType?: ZodTypeAny; type?: ZodTypeAny; shape?: () => Record<string, ZodTypeAny> };
const defOf = (schema: ZodTypeAny) => schema._def as Def;

/** The schema under refinements, optional, default and nullable wrappers. */
export function unwrap(schema: ZodTypeAny): ZodTypeAny {
  const def = defOf(schema);
  if (def.typeName === 'ZodEffects' && def.schema) return unwrap(def.schema);
  if ((def.typeName === 'ZodOptional' || def.typeName === 'ZodDefault' || def.typeName === 'ZodNullable') && def.innerType) return unwrap(def.innerType);
  return schema;
}

export function objectShape(schema: ZodTypeAny): Record<string, ZodTypeAny> | undefined {
  const def = defOf(unwrap(schema));
  return def.typeName === 'ZodObject' && def.shape ? def.shape() : undefined;
}

export function arrayItem(schema: ZodTypeAny): ZodTypeAny | undefined {
  const def = defOf(unwrap(schema));
  return def.typeName === 'ZodArray' ? def.type : undefined;
}

/** The schema of the value at a field path, e.g. ['links'] or ['also_published', 0]. */
export function schemaAt(schema: ZodTypeAny, path: ReadonlyArray<string | number>): ZodTypeAny | undefined {
  let node: ZodTypeAny | undefined = schema;
  for (const part of path) {
    if (!node) return undefined;
    node = typeof part === 'number' ? arrayItem(node) : objectShape(node)?.[part];
  }
  return node;
}

/** Field names the schema allows at a path, for unknown-key hints. */
export function knownKeys(schema: ZodTypeAny, path: ReadonlyArray<string | number>): string[] {
  const node = schemaAt(schema, path);
  return node ? Object.keys(objectShape(node) ?? {}) : [];
}

export function valueAt(value: unknown, path: ReadonlyArray<string | number>): unknown {
  let node = value;
  for (const part of path) {
    if (node === null || typeof node !== 'object') return undefined;
    node = (node as Record<string | number, unknown>)[part];
  }
  return node;
}

/**
 * An entry as far as it could be read: fields that failed validation are
 * absent, and list items that failed are undefined (so indexes still match
 * the file).
 */
export type Salvaged<T> = T extends ReadonlyArray<infer U>
  ? Array<Salvaged<U> | undefined>
  : T extends object
    ? { [K in keyof T]?: Salvaged<T[K]> }
    : T;

/** Keeps every part of `value` that is valid on its own; undefined if nothing is. */
export function salvage<T>(schema: ZodTypeAny, value: unknown): Salvaged<T> | undefined {
  const whole = schema.safeParse(value);
  if (whole.success) return whole.data as Salvaged<T>;
  const shape = objectShape(schema);
  if (shape && value !== null && typeof value === 'object' && !Array.isArray(value)) {
    const out: Record<string, unknown> = {};
    for (const [key, field] of Object.entries(shape)) {
      const raw = (value as Record<string, unknown>)[key];
      if (raw === undefined) continue;
      const kept = salvage(field, raw);
      if (kept !== undefined) out[key] = kept;
    }
    return out as Salvaged<T>;
  }
  const item = arrayItem(schema);
  if (item && Array.isArray(value)) return value.map((v) => salvage(item, v)) as Salvaged<T>;
  return undefined;
}
