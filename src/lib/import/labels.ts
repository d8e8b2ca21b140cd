/**
 * What the bracketed label of a link says. A label either names a kind of
 * link — `[[code]]`, `[[unofficial code in SAA]]`, `[[github page]]`,
 * `[[中文]]`, `[[code is comming]]` — or says where the paper was published:
 * `[[CVPR 2022 oral]]`, `[[ECCV2024]]`, `[[KDD 25]]`,
 * `[[CVPR 2025 VAND 3.0 Workshop]]`, `[[(Memory bank)CVPR 2022]]`. Venue
 * spellings are only split here (venue-label.ts); the caller resolves them
 * against data/venues.yaml.
 */
import type { PaperLinks } from '../catalog/schema.ts';
import { readVenueLabel, YEAR } from './venue-label.ts';

/** A venue link, a second link to the paper itself, or one of the other kinds of paper link. */
export type LinkRole = 'venue' | 'paper' | Exclude<keyof PaperLinks, 'paper'>;

export interface LabelMeaning {
  role: LinkRole;
  /** The venue as written, with year, notes and cross-reference removed ("" when only a year was given). */
  venue?: string;
  year?: number;
  /** Remarks for the paper's notes: "oral", "code coming soon", "unofficial code in SAA". */
  notes: string[];
  /** `v2` in `[[2025 v2]]`: which version of the work the link is. */
  version?: string;
  /** `(Memory bank)` in `[[(Memory bank)CVPR 2022]]`: the other section the paper is listed in. */
  crossRef?: string;
}

/** "coming soon", "is coming", "is comming soon" (the list's spelling too): the link is a promise. */
const COMING = String.raw`(?:is\s+)?comm?ing(?:\s+soon)?`;

/**
 * Labels that name a kind of link, first match wins; a note is the label's
 * remark, `$1` standing for its first group. The notes a label makes are the
 * ones awesome-list.ts writes back as that label, so the list round-trips.
 */
const ROLE_LABELS: Array<[RegExp, LinkRole, string?]> = [
  // Where a third-party implementation lives: "unofficial code in SAA".
  [/^unofficial\s+(?:code|implementation)\s+in\s+(.+)$/i, 'unofficial_code', 'unofficial code in $1'],
  [/^unofficial\s+(?:code|implementation)$/i, 'unofficial_code'],
  [new RegExp(String.raw`^(?:code|github)\s+${COMING}$`, 'i'), 'code', 'code coming soon'],
  // "repo" of a survey is its companion repository, like "github".
  [/^(?:official\s+)?(?:code|github|implementation|repo|repository)$/i, 'code'],
  [new RegExp(String.raw`^data(?:set)?\s+${COMING}$`, 'i'), 'data', 'dataset coming soon'],
  [/^data(?:set)?(?:\s+link)?(?:\s+(?:19|20)\d\d)?$/i, 'data'],
  // "data / MCBT": the data link is that dataset; "data split": the link holds a split, not the data.
  [/^data(?:set)?\s*[/:]\s*(.+)$/i, 'data', 'data: $1'],
  // Lower case and without a year only: "Data Intelligence 2025" is a journal.
  [/^data(?:set)?\s+([a-z][a-z -]*)$/, 'data', 'data $1'],
  [/^(?:homepage|home page|main page|project(?:\s+page)?|website|github page|challenge and call for papers)$/i, 'project'],
  [/^paper$/i, 'paper'],
  [/^video$/i, 'video'],
  [/^(?:write-?up|blog)$/i, 'writeup'],
  [/^(?:中文|chinese)$/i, 'writeup', 'write-up in Chinese'],
  [/^demo$/i, 'demo'],
  [/^(?:model|models|model weights|weights|checkpoints?)$/i, 'model'],
];

export function readLabel(label: string): LabelMeaning {
  const text = label.replace(/\s+/g, ' ').trim();
  for (const [pattern, role, note] of ROLE_LABELS) {
    const match = pattern.exec(text);
    if (!match) continue;
    const year = YEAR.exec(text);
    return { role, year: year ? Number(year[1]) : undefined, notes: note ? [note.replace('$1', match[1] ?? '')] : [] };
  }
  return { role: 'venue', ...readVenueLabel(text) };
}
