/**
 * What the importer needs to know about a data folder: the venue list and
 * taxonomy it maps onto, the entries already there (read leniently — a file
 * a person is half-way through editing must not stop an import), and the
 * baseline of what the importer last wrote.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { categorySchema, venuesFileSchema, type Category, type Venue } from '../catalog/schema.ts';
import { parseYamlFile } from '../catalog/yaml-file.ts';
import { formatProblem } from '../catalog/problems.ts';
import type { Fields } from './merge.ts';

export const BASELINE_FILE = '.import-baseline.json';

export type Kind = 'papers' | 'datasets';

export interface ExistingEntry {
  kind: Kind;
  id: string;
  file: string;
  value: Fields;
}

export interface Baseline {
  /** `papers/patchcore` → the fields the importer last computed for it. */
  entries: Record<string, Fields>;
}

function readYaml(file: string): { ok: true; value: Fields } | { ok: false; message: string } {
  const parsed = parseYamlFile(file, readFileSync(file, 'utf8'));
  return parsed.ok ? { ok: true, value: parsed.value as Fields } : { ok: false, message: formatProblem(parsed.problem) };
}

export function readVenues(dataDir: string): Venue[] {
  const file = path.join(dataDir, 'venues.yaml');
  if (!existsSync(file)) throw new Error(`${file} not found; the importer maps venue spellings through it`);
  const read = readYaml(file);
  if (!read.ok) throw new Error(read.message);
  const result = venuesFileSchema.safeParse(read.value);
  if (!result.success) throw new Error(`${file} is invalid; run npm run validate`);
  return result.data.venues;
}

export function readCategories(dataDir: string): Category[] {
  const dir = path.join(dataDir, 'categories');
  if (!existsSync(dir)) throw new Error(`${dir} not found; the importer files entries into its categories`);
  return readdirSync(dir)
    .filter((name) => name.endsWith('.yaml'))
    .sort()
    .flatMap((name) => {
      const read = readYaml(path.join(dir, name));
      const result = read.ok ? categorySchema.safeParse(read.value) : undefined;
      if (!result?.success) throw new Error(`${path.join(dir, name)} is invalid; run npm run validate`);
      return [result.data];
    });
}

/** Reads every entry file; one that does not parse is recorded in `unreadable` (ref → problem) and never overwritten. */
export function readExisting(dataDir: string, kind: Kind, unreadable: Map<string, string>): ExistingEntry[] {
  const dir = path.join(dataDir, kind);
  if (!existsSync(dir)) return [];
  return readdirSync(dir)
    .filter((name) => name.endsWith('.yaml') && !name.startsWith('.'))
    .sort()
    .flatMap((name) => {
      const file = path.join(dir, name);
      const read = readYaml(file);
      if (!read.ok) {
        unreadable.set(`${kind}/${name.slice(0, -'.yaml'.length)}`, read.message);
        return [];
      }
      return [{ kind, id: name.slice(0, -'.yaml'.length), file, value: read.value }];
    });
}

export function readBaseline(dataDir: string): Baseline {
  const file = path.join(dataDir, BASELINE_FILE);
  if (!existsSync(file)) return { entries: {} };
  try {
    const value = JSON.parse(readFileSync(file, 'utf8')) as Baseline;
    return { entries: value.entries ?? {} };
  } catch (error) {
    throw new Error(`${file} is not valid JSON (${(error as Error).message}); restore it from git or delete it to treat every field as hand-edited`);
  }
}

/** Sorted keys at every level, so the file is byte-identical when nothing changed. */
function sortedJson(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(sortedJson);
  if (value && typeof value === 'object') {
    return Object.fromEntries(Object.keys(value).sort().map((k) => [k, sortedJson((value as Fields)[k])]));
  }
  return value;
}

export function serializeBaseline(baseline: Baseline): string {
  const note = 'What scripts/import-awesome.ts last wrote for each entry. It tells a hand edit (file differs from this) from a README update. Do not edit by hand.';
  return `${JSON.stringify(sortedJson({ _about: note, entries: baseline.entries }), null, 2)}\n`;
}
