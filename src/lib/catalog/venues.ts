/**
 * The one venue lookup, shared by the checker, the importer and the
 * scaffolder, so that "cvpr", " CVPR " and the alias "CVPR Workshop" mean the
 * same thing everywhere: a written venue matches a canonical name or an alias
 * regardless of case and runs of white space.
 */
import type { Venue } from './schema.ts';
import { closest } from './suggest.ts';

/** The name to print where a venue's full name goes: its short name when no full name is known. */
export const venueTitle = (venue: Pick<Venue, 'name' | 'full'>): string => venue.full ?? venue.name;

/** What two spellings of one venue have in common: case and spacing folded. */
export const venueKey = (written: string) => written.replace(/\s+/g, ' ').trim().toLowerCase();

/** A venues.yaml entry as the checker sees it: possibly half-valid. */
type VenueIn = { name?: string; aliases?: ReadonlyArray<string | undefined> };

/** A venues.yaml rule the lookup could not honour; `alias` is the alias index when an alias is at fault. */
export interface VenueConflict {
  index: number;
  alias?: number;
  message: string;
}

export interface VenueLookup {
  /** Canonical names, exactly as venues.yaml writes them. */
  readonly canonical: ReadonlySet<string>;
  /** The canonical venue a written name or alias stands for, or undefined. */
  resolve(written: string): string | undefined;
  /** The canonical venue whose name or alias is closest to a typo, for a did-you-mean hint. */
  suggest(written: string): string | undefined;
  /** Names listed twice and aliases that already name another venue. */
  readonly conflicts: readonly VenueConflict[];
}

export function venueLookup(venues: ReadonlyArray<VenueIn | Venue>): VenueLookup {
  const canonical = new Set<string>();
  const byKey = new Map<string, string>();
  const conflicts: VenueConflict[] = [];
  venues.forEach((venue, index) => {
    if (venue.name === undefined) return;
    if (canonical.has(venue.name)) conflicts.push({ index, message: `venue "${venue.name}" is listed twice` });
    canonical.add(venue.name);
    byKey.set(venueKey(venue.name), venue.name);
  });
  // Aliases after all names: an alias must never hide another venue's own name,
  // and must map to exactly one venue, or the importer could not tell which is meant.
  venues.forEach((venue, index) => {
    venue.aliases?.forEach((alias, j) => {
      if (alias === undefined || venue.name === undefined) return;
      const other = byKey.get(venueKey(alias));
      if (other !== undefined && other !== venue.name) conflicts.push({ index, alias: j, message: `alias "${alias}" of "${venue.name}" already names venue "${other}"` });
      else byKey.set(venueKey(alias), venue.name);
    });
  });
  return {
    canonical,
    conflicts,
    resolve: (written) => byKey.get(venueKey(written)),
    suggest(written) {
      const hint = closest(written, byKey.keys());
      return hint === undefined ? undefined : byKey.get(hint);
    },
  };
}
