/**
 * What the bracketed label of a link says: `[[CVPR 2022 oral]]` is where the
 * paper was published, `[[code]]` its code, `[[data 2019]]` a dataset link
 * with a year, `[[(Memory bank)CVPR 2022]]` a venue with a cross-reference to
 * another section. Venue spellings are resolved against data/venues.yaml by
 * the caller; this module only splits the label.
 */

export type LinkRole = 'venue' | 'code' | 'unofficial_code' | 'data' | 'project';

export interface LabelMeaning {
  role: LinkRole;
  /** The venue as written, with year, notes and cross-reference removed ("" when only a year was given). */
  venue?: string;
  year?: number;
  notes: string[];
  /** `(Memory bank)` in `[[(Memory bank)CVPR 2022]]`: the other section the paper is listed in. */
  crossRef?: string;
}

const YEAR = /\b(19[5-9]\d|20\d\d)\b/;

/** Words that qualify a listing rather than name its venue. */
const NOTE_WORDS: Array<[RegExp, string]> = [
  [/\boral\b/i, 'oral'],
  [/\bspotlight\b/i, 'spotlight'],
  [/\bbest paper\b/i, 'best paper'],
  [/\btech(?:nical)? report\b/i, 'tech report'],
  [/\bpaper list\b/i, ''],
];

const ROLE_LABELS: Array<[RegExp, LinkRole, string?]> = [
  [/^unofficial\s+(?:code|implementation)$/i, 'unofficial_code'],
  [/^code\s+is\s+coming\s+soon$/i, 'code', 'code coming soon'],
  [/^(?:official\s+)?(?:code|github|implementation)$/i, 'code'],
  [/^data(?:set)?\s+is\s+coming\s+soon$/i, 'data', 'dataset coming soon'],
  [/^data(?:set)?(?:\s+link)?(?:\s+(?:19|20)\d\d)?$/i, 'data'],
  [/^(?:homepage|home page|project(?:\s+page)?|website)$/i, 'project'],
];

export function readLabel(label: string): LabelMeaning {
  let text = label.replace(/\s+/g, ' ').trim();
  for (const [pattern, role, note] of ROLE_LABELS) {
    if (pattern.test(text)) {
      const year = YEAR.exec(text);
      return { role, year: year ? Number(year[1]) : undefined, notes: note ? [note] : [] };
    }
  }
  let crossRef: string | undefined;
  const ref = /^\(([^()]*)\)\s*/.exec(text);
  if (ref) {
    crossRef = ref[1].trim() || undefined;
    text = text.slice(ref[0].length);
  }
  const notes: string[] = [];
  let report = false;
  for (const [pattern, note] of NOTE_WORDS) {
    if (pattern.test(text)) {
      if (note === 'tech report') report = true;
      else if (note) notes.push(note);
      text = text.replace(pattern, ' ');
    }
  }
  const year = YEAR.exec(text);
  if (year) text = text.replace(year[0], ' ');
  let venue = text.replace(/\s+/g, ' ').trim();
  // "2023 SAM tech report": the words before "tech report" name its subject, not a venue.
  if (report) {
    notes.push(`${venue} tech report`.trim());
    venue = '';
  }
  return { role: 'venue', venue, year: year ? Number(year[1]) : undefined, notes, crossRef };
}
