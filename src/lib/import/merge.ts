/**
 * Three-way merge of one entry, field by field (links.* count as separate
 * fields, and so do a dataset's paper.*): `base` is what the importer wrote last time, `file` what is in the
 * data now, `next` what the README says today.
 *   file == base  → nobody touched it: take the README's value.
 *   file != base  → a person edited it: keep the file's value.
 * A kept edit is reported when it overrides something the README says.
 * Lists of ids (categories, tags, datasets) compare as sets: their order
 * carries no meaning, so a reordered list is neither a hand edit nor a
 * change, and the file keeps its order.
 */

export type Fields = Record<string, unknown>;

export interface FieldEdit {
  field: string;
  kept: unknown;
  readme: unknown;
}

export interface MergeResult {
  merged: Fields;
  changed: string[];
  keptHandEdits: FieldEdit[];
}

const NESTED = ['links', 'paper'];

/** { links: { paper, code } } → { 'links.paper', 'links.code' } so each link merges on its own. */
export function flatten(entry: Fields | undefined): Fields {
  const out: Fields = {};
  for (const [key, value] of Object.entries(entry ?? {})) {
    if (value === undefined) continue;
    if (NESTED.includes(key) && value && typeof value === 'object' && !Array.isArray(value)) {
      for (const [sub, v] of Object.entries(value as Fields)) if (v !== undefined) out[`${key}.${sub}`] = v;
    } else out[key] = value;
  }
  return out;
}

export function unflatten(fields: Fields): Fields {
  const out: Fields = {};
  for (const [key, value] of Object.entries(fields)) {
    if (value === undefined) continue;
    const dot = key.indexOf('.');
    if (dot === -1) out[key] = value;
    else {
      const head = key.slice(0, dot);
      out[head] = { ...((out[head] as Fields | undefined) ?? {}), [key.slice(dot + 1)]: value };
    }
  }
  return out;
}

/** Structural equality for the plain JSON-like values of a data file. */
export function same(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  if (Array.isArray(a) && Array.isArray(b)) return a.length === b.length && a.every((v, i) => same(v, b[i]));
  if (a && b && typeof a === 'object' && typeof b === 'object' && !Array.isArray(a) && !Array.isArray(b)) {
    const ka = Object.keys(a).filter((k) => (a as Fields)[k] !== undefined);
    const kb = Object.keys(b).filter((k) => (b as Fields)[k] !== undefined);
    return ka.length === kb.length && ka.every((k) => same((a as Fields)[k], (b as Fields)[k]));
  }
  return false;
}

const SET_FIELDS = new Set(['categories', 'tags', 'datasets']);

function sameField(key: string, a: unknown, b: unknown): boolean {
  if (SET_FIELDS.has(key) && Array.isArray(a) && Array.isArray(b)) {
    return a.length === b.length && a.every((v) => b.some((w) => same(v, w)));
  }
  return same(a, b);
}

export function mergeEntry(base: Fields | undefined, file: Fields | undefined, next: Fields): MergeResult {
  if (!file) return { merged: next, changed: Object.keys(flatten(next)), keptHandEdits: [] };
  const b = flatten(base);
  const f = flatten(file);
  const n = flatten(next);
  const merged: Fields = {};
  const changed: string[] = [];
  const keptHandEdits: FieldEdit[] = [];
  const keys = [...new Set([...Object.keys(f), ...Object.keys(n), ...Object.keys(b)])];
  for (const key of keys) {
    if (sameField(key, f[key], b[key])) {
      const unchanged = sameField(key, n[key], f[key]);
      merged[key] = unchanged ? f[key] : n[key];
      if (!unchanged) changed.push(key);
    } else {
      merged[key] = f[key];
      const readmeSaysNothing = b[key] === undefined && n[key] === undefined;
      if (!readmeSaysNothing && !sameField(key, f[key], n[key])) keptHandEdits.push({ field: key, kept: f[key], readme: n[key] });
    }
  }
  return { merged: unflatten(merged), changed, keptHandEdits };
}
