/**
 * JSON Schemas for editors, generated from the zod schema so the two cannot
 * disagree. VS Code's YAML extension reads them through the
 * `# yaml-language-server: $schema=…` line at the top of every data file and
 * then completes field names, shows the `.describe()` texts on hover and
 * flags mistakes while the contributor types.
 *
 * A focused converter rather than a dependency: the data schema uses a small
 * set of zod types, and two things only we know matter for good output —
 * `httpUrl` is a refinement (a generic converter drops it) and the lists of
 * valid category ids, dataset ids and venue names live in data/, not in zod.
 */
import type { ZodTypeAny } from 'zod';
import type { Catalog } from '../catalog/catalog.ts';
import { categorySchema, datasetSchema, httpUrl, paperSchema, venuesFileSchema } from '../catalog/schema.ts';
import { benchmarkSchema, metricsFileSchema, resultTableSchema } from '../catalog/results-schema.ts';
import { venueTitle } from '../catalog/venues.ts';

export type JsonSchema = { [key: string]: unknown };

interface ZodDef {
  typeName: string;
  description?: string;
  innerType?: ZodTypeAny;
  schema?: ZodTypeAny;
  type?: ZodTypeAny;
  effect?: unknown;
  shape?: () => Record<string, ZodTypeAny>;
  unknownKeys?: string;
  values?: readonly string[];
  value?: unknown;
  options?: ZodTypeAny[];
  valueType?: ZodTypeAny;
  checks?: Array<{ kind: string; value?: number; inclusive?: boolean; regex?: RegExp }>;
  minLength?: { value: number } | null;
}

const defOf = (schema: ZodTypeAny) => schema._def as ZodDef;

/** Extra constraints for a field, keyed by its dotted path (e.g. `links.paper`, `categories[]`). */
export type FieldOverrides = Record<string, JsonSchema>;

function isOptional(schema: ZodTypeAny): boolean {
  const def = defOf(schema);
  if (def.typeName === 'ZodOptional' || def.typeName === 'ZodDefault') return true;
  return def.typeName === 'ZodEffects' && def.schema ? isOptional(def.schema) : false;
}

/** Converts one zod node; `at` is the dotted path used to look up overrides. */
export function toJsonSchema(schema: ZodTypeAny, overrides: FieldOverrides = {}, at = ''): JsonSchema {
  const def = defOf(schema);
  const out = convert(schema, overrides, at);
  const description = def.description ?? (out.description as string | undefined);
  const extra = overrides[at];
  return { ...(description ? { description } : {}), ...out, ...(extra ?? {}) };
}

function convert(schema: ZodTypeAny, overrides: FieldOverrides, at: string): JsonSchema {
  const def = defOf(schema);
  switch (def.typeName) {
    case 'ZodOptional':
    case 'ZodDefault':
      return toJsonSchema(def.innerType!, overrides, at);
    case 'ZodNullable':
      return { anyOf: [toJsonSchema(def.innerType!, overrides, at), { type: 'null' }] };
    case 'ZodLiteral':
      return { type: typeof def.value, const: def.value };
    case 'ZodUnion': {
      // The schema unions only literals (a table's scale: 1 or 100), which an editor offers as a list.
      const options = def.options!.map((o) => defOf(o));
      if (options.every((o) => o.typeName === 'ZodLiteral')) return { type: typeof options[0].value, enum: options.map((o) => o.value) };
      return { anyOf: def.options!.map((o) => toJsonSchema(o, overrides, at)) };
    }
    case 'ZodRecord':
      // A mapping from ids (metric ids) to values; the override for this path lists the ids as propertyNames.
      return { type: 'object', additionalProperties: toJsonSchema(def.valueType!, overrides, `${at}{}`) };
    case 'ZodEffects': {
      // httpUrl's refinement is what keeps javascript: links out; say so to the editor too.
      if (def.effect === defOf(httpUrl).effect) return { type: 'string', format: 'uri', pattern: '^https?://[^\\s/$.?#][^\\s"\'<>`\\\\]*$' };
      const inner = toJsonSchema(def.schema!, overrides, at);
      // The only refinement schema.ts puts on a list is uniqueList.
      return inner.type === 'array' ? { ...inner, uniqueItems: true } : inner;
    }
    case 'ZodString': {
      const out: JsonSchema = { type: 'string' };
      for (const check of def.checks ?? []) {
        if (check.kind === 'regex' && check.regex) out.pattern = check.regex.source;
        if (check.kind === 'min' && check.value) out.minLength = check.value;
      }
      if (def.checks?.some((c) => c.kind === 'trim') && out.minLength && !out.pattern) out.pattern = '\\S';
      return out;
    }
    case 'ZodNumber': {
      const out: JsonSchema = { type: def.checks?.some((c) => c.kind === 'int') ? 'integer' : 'number' };
      for (const check of def.checks ?? []) {
        if (check.kind === 'min') out[check.inclusive ? 'minimum' : 'exclusiveMinimum'] = check.value;
        if (check.kind === 'max') out[check.inclusive ? 'maximum' : 'exclusiveMaximum'] = check.value;
      }
      return out;
    }
    case 'ZodBoolean':
      return { type: 'boolean' };
    case 'ZodEnum':
      return { type: 'string', enum: [...def.values!] };
    case 'ZodArray': {
      const out: JsonSchema = { type: 'array', items: toJsonSchema(def.type!, overrides, `${at}[]`) };
      if (def.minLength) out.minItems = def.minLength.value;
      return out;
    }
    case 'ZodObject': {
      const shape = def.shape!();
      const properties: Record<string, JsonSchema> = {};
      const required: string[] = [];
      for (const [key, field] of Object.entries(shape)) {
        properties[key] = toJsonSchema(field, overrides, at ? `${at}.${key}` : key);
        if (!isOptional(field)) required.push(key);
      }
      return {
        type: 'object',
        properties,
        ...(required.length ? { required } : {}),
        ...(def.unknownKeys === 'strict' ? { additionalProperties: false } : {}),
      };
    }
    default:
      throw new Error(`json-schema: no conversion for ${def.typeName} at "${at || '(root)'}"; extend src/lib/contrib/json-schema.ts`);
  }
}

export const SCHEMA_FILES = {
  paper: 'paper.schema.json',
  dataset: 'dataset.schema.json',
  category: 'category.schema.json',
  venues: 'venues.schema.json',
  metrics: 'metrics.schema.json',
  benchmark: 'benchmark.schema.json',
  results: 'results.schema.json',
} as const;

/** A list of the values the catalog accepts, with a hover text per value. */
function oneOf(values: Array<{ value: string; label: string }>): JsonSchema {
  return { enum: values.map((v) => v.value), enumDescriptions: values.map((v) => v.label) };
}

/**
 * The four schemas, keyed by file name. Category ids, dataset ids and venue
 * names are written in as enums: they change rarely, an unknown value is an
 * error in the validator anyway, and an enum is what makes VS Code offer them
 * as completions. `npm run new` regenerates the schemas after adding a
 * category or dataset; the staleness test catches a hand-added one.
 */
export function buildJsonSchemas(catalog: Pick<Catalog, 'categories' | 'datasets' | 'venues' | 'metrics' | 'benchmarks'>): Record<string, JsonSchema> {
  const venues = oneOf(catalog.venues.map((v) => ({ value: v.name, label: venueTitle(v) })));
  const categories = oneOf(catalog.categories.map((c) => ({ value: c.id, label: c.name })));
  const datasets = oneOf(catalog.datasets.map((d) => ({ value: d.id, label: d.name })));
  const metricIds = { propertyNames: oneOf(catalog.metrics.map((m) => ({ value: m.id, label: m.name }))) };
  const benchmarks = oneOf(catalog.benchmarks.map((b) => ({ value: b.id, label: b.name })));
  const document = (title: string, schema: ZodTypeAny, overrides: FieldOverrides, extra: JsonSchema = {}): JsonSchema => ({
    $schema: 'http://json-schema.org/draft-07/schema#',
    title,
    ...toJsonSchema(schema, overrides),
    ...extra,
  });
  return {
    [SCHEMA_FILES.paper]: document('IAD Atlas paper (data/papers/<id>.yaml)', paperSchema, {
      venue: venues,
      'also_published[].venue': venues,
      'categories[]': categories,
      'datasets[]': datasets,
    }),
    [SCHEMA_FILES.dataset]: document(
      'IAD Atlas dataset (data/datasets/<id>.yaml)',
      datasetSchema,
      { 'paper.venue': venues, 'also_published[].venue': venues },
      // datasetSchema's superRefine: exactly one of the two says where the data comes from.
      { oneOf: [{ required: ['introduced_by'] }, { required: ['paper'] }] },
    ),
    [SCHEMA_FILES.category]: document('IAD Atlas taxonomy category (data/categories/<id>.yaml)', categorySchema, { parent: categories }),
    [SCHEMA_FILES.venues]: document('IAD Atlas venue list (data/venues.yaml)', venuesFileSchema, {}),
    [SCHEMA_FILES.metrics]: document('IAD Atlas metric list (data/metrics.yaml)', metricsFileSchema, {}),
    [SCHEMA_FILES.benchmark]: document('IAD Atlas benchmark (data/benchmarks/<id>.yaml)', benchmarkSchema, {}),
    [SCHEMA_FILES.results]: document('IAD Atlas results table (data/results/<benchmark>/<setting>-<dataset>.yaml)', resultTableSchema, {
      benchmark: benchmarks,
      dataset: datasets,
      'rows[].values': metricIds,
      'rows[].per_class': metricIds,
    }),
  };
}
