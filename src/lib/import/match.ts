/**
 * Finding the entry a draft belongs to. Entries are found by normalised
 * title, paper link, project link or dataset name — never by id — first among
 * the files in data/, then in the baseline (an entry the importer wrote whose
 * file is gone was deleted by a person). So a retitled or renamed file is
 * still found, and ids never have to be recomputed.
 */
import { normalizeTitle, normalizeUrl } from '../catalog/normalize.ts';
import type { Draft } from './group.ts';
import type { Fields } from './merge.ts';
import type { Baseline, ExistingEntry, Kind } from './data-dir.ts';

export const refOf = (kind: Kind, id: string) => `${kind}/${id}`;

export const keysOfDraft = (draft: Draft): string[] => {
  const keys = draft.listings.map((l) => `t:${normalizeTitle(l.title)}`);
  if (draft.kind === 'papers') {
    keys.push(`t:${normalizeTitle(draft.title)}`);
    for (const l of draft.listings) if (l.venueLinks[0]) keys.push(`u:${normalizeUrl(l.venueLinks[0].url)}`);
    if (draft.links.paper) keys.push(`u:${normalizeUrl(draft.links.paper)}`);
  } else {
    keys.push(`n:${normalizeTitle(draft.name)}`);
    if (draft.paper?.url) keys.push(`u:${normalizeUrl(draft.paper.url)}`);
    if (draft.links.data) keys.push(`d:${normalizeUrl(draft.links.data)}`);
  }
  return keys;
};

export const keysOfFields = (kind: Kind, value: Fields): string[] => {
  const keys: string[] = [];
  const str = (v: unknown) => (typeof v === 'string' ? v : undefined);
  if (kind === 'papers') {
    const title = str(value.title);
    if (title) keys.push(`t:${normalizeTitle(title)}`);
    const links = (value.links ?? {}) as Fields;
    const elsewhere = (value.also_at as unknown[] | undefined) ?? [];
    for (const url of [links.paper, links.project, ...((value.also_published as Fields[] | undefined) ?? []).map((p) => p.url), ...elsewhere]) {
      if (str(url)) keys.push(`u:${normalizeUrl(url as string)}`);
    }
  } else {
    for (const name of [value.name, ...((value.aliases as unknown[] | undefined) ?? [])]) if (str(name)) keys.push(`n:${normalizeTitle(name as string)}`);
    const paper = (value.paper ?? {}) as Fields;
    if (str(paper.url)) keys.push(`u:${normalizeUrl(paper.url as string)}`);
    const data = ((value.links ?? {}) as Fields).data;
    if (str(data)) keys.push(`d:${normalizeUrl(data as string)}`);
  }
  return keys;
};

function indexByKeys<T>(items: T[], keysOf: (item: T) => string[]): Map<string, T> {
  const map = new Map<string, T>();
  for (const item of items) for (const key of keysOf(item)) if (!map.has(key)) map.set(key, item);
  return map;
}

export interface Match {
  entry?: ExistingEntry;
  /** In the baseline, but its file is gone. */
  baselineId?: string;
}

export function createMatcher(existing: Record<Kind, ExistingEntry[]>, baseline: Baseline) {
  const baselineIds = (kind: Kind) =>
    Object.keys(baseline.entries)
      .filter((ref) => ref.startsWith(`${kind}/`))
      .map((ref) => ref.slice(kind.length + 1));
  const byKind = (kind: Kind) => ({
    byKey: indexByKeys(existing[kind], (e) => keysOfFields(kind, e.value)),
    byId: new Map(existing[kind].map((e) => [e.id, e])),
    baselineByKey: indexByKeys(baselineIds(kind), (id) => keysOfFields(kind, baseline.entries[refOf(kind, id)])),
  });
  const indexes = { papers: byKind('papers'), datasets: byKind('datasets') };
  const matchOf = (draft: Draft): Match => {
    const { byKey, byId, baselineByKey } = indexes[draft.kind];
    const keys = keysOfDraft(draft);
    for (const key of keys) {
      const entry = byKey.get(key);
      if (entry) return { entry };
    }
    for (const key of keys) {
      const id = baselineByKey.get(key);
      if (id) return byId.has(id) ? { entry: byId.get(id) } : { baselineId: id };
    }
    return {};
  };
  /** Ids a new entry must not take: files present (readable or not) and entries the baseline remembers. */
  const takenIds = (kind: Kind, unreadable: Iterable<string>) =>
    new Set([...indexes[kind].byId.keys(), ...baselineIds(kind), ...[...unreadable].filter((ref) => ref.startsWith(`${kind}/`)).map((ref) => ref.slice(kind.length + 1))]);
  return { matchOf, takenIds };
}
