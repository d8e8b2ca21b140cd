/**
 * A venue label split into the venue as written, its year and the remarks
 * around them. The list writes one venue many ways — `ECCV2024`,
 * `KDD 25`, `2024,TIM`, `NeurIPS2022v1`, `ICCVW 2025 oral`,
 * `CVPR 2025 VAND 3.0 Workshop`, `CVPR 2025 W (VAND)`, `CVPR2025W Challenge`,
 * `CVPR 2026 Findings` — and this reduces each to a spelling venues.yaml
 * can resolve ("ECCV", "KDD", "CVPR Workshop") plus notes ("oral",
 * "VAND 3.0 workshop", "challenge") and a version ("v1").
 *
 * A workshop paper keeps its workshop: `<conference> … Workshop` becomes the
 * venue "<conference> Workshop" (an alias of CVPRW, ECCVW, …) and the words
 * between name the workshop in a note. CVPR's "Findings" is a workshop too —
 * CVPR 2026 introduced it as the Findings Workshop, its papers in the
 * workshop proceedings — so `CVPR 2026 Findings` is CVPRW with the note
 * "Findings workshop".
 */

/** A four-digit year, even glued to a venue or version ("ECCV2024", "2024v1.5"). */
export const YEAR = /(?<!\d)(19[5-9]\d|20\d\d)(?!\d)/;
/** "KDD 25", "CVPR 24 …": a two-digit year standing alone, read only when no four-digit year is given. */
const SHORT_YEAR = /(?:^|\s)'?(\d\d)(?=\s|$)/;
const VERSION = /(?:^|\s)(v\d+(?:\.\d+)*)(?=\s|$)/i;
/** "W" (`CVPR 2025W`, `CVPR W (VAND)`) or "Workshop(s)" in any case, after the conference's name. */
const WORKSHOP = /^(?:W|workshops?)$/i;
/** Findings is a workshop at the CVF conferences only; elsewhere (ACL's "Findings of …") it is not. */
const FINDINGS_HOST = /^(?:CVPR|ICCV)$/i;

/** Words that qualify a listing rather than name its venue; '' drops them, '$&' keeps them as written. */
const NOTE_WORDS: Array<[RegExp, string]> = [
  [/\boral\b/i, 'oral'],
  [/\bspotlight\b/i, 'spotlight'],
  [/\bbest paper\b/i, 'best paper'],
  [/\bchallenge\b/i, 'challenge'],
  [/\btech(?:nical)? report\b/i, 'tech report'],
  [/\bpaper list\b/i, ''],
  // "[[2023 Section 9.2]]": the part of a larger report that is about anomaly detection.
  [/\bsection\s+\d+(?:\.\d+)*/i, '$&'],
];

export interface VenueLabel {
  venue: string;
  year?: number;
  notes: string[];
  version?: string;
  crossRef?: string;
}

export function readVenueLabel(label: string): VenueLabel {
  let text = label;
  /** Removes the first match of `pattern` from the label and returns its group. */
  const take = (pattern: RegExp): string | undefined => {
    const match = pattern.exec(text);
    if (!match) return undefined;
    text = text.replace(match[0], ' ');
    return match[1];
  };
  let crossRef: string | undefined;
  const ref = /^\(([^()]*)\)\s*/.exec(text);
  if (ref) {
    crossRef = ref[1].trim() || undefined;
    text = text.slice(ref[0].length);
  }
  // "(mainly on video anomaly detection)" after the venue: a remark, or, after a workshop marker, the workshop's name.
  const paren = /\(([^()]*)\)/.exec(text);
  if (paren) text = text.replace(paren[0], ' ');
  const aside = paren?.[1].trim() || undefined;

  const notes: string[] = [];
  let report = false;
  for (const [pattern, note] of NOTE_WORDS) {
    const match = pattern.exec(text);
    if (!match) continue;
    if (note === 'tech report') report = true;
    else if (note) notes.push(note === '$&' ? match[0] : note);
    text = text.replace(match[0], ' ');
  }
  text = text.replace(/,/g, ' '); // "2024,TIM"
  const year = take(YEAR);
  const shortYear = year === undefined ? take(SHORT_YEAR) : undefined;
  const version = take(VERSION);

  const words = text.split(/\s+/).filter(Boolean);
  const workshop = readWorkshop(words, aside);
  let venue = workshop?.venue ?? words.join(' ');
  notes.push(...(workshop?.notes ?? (aside ? [aside] : [])));
  // "2023 SAM tech report": the words before "tech report" name its subject, not a venue.
  if (report) {
    notes.push(`${venue} tech report`.trim());
    venue = '';
  }
  const yearValue = year !== undefined ? Number(year) : shortYear !== undefined ? 2000 + Number(shortYear) : undefined;
  return { venue, year: yearValue, notes, version, crossRef };
}

/**
 * `CVPR VAND 3.0 Workshop` → venue "CVPR Workshop" and the note
 * "VAND 3.0 workshop"; `CVPR W (VAND)` → the same from the parenthesis;
 * `CVPR Findings` → "CVPR Workshop", "Findings workshop". Undefined when the
 * words name no workshop. The conference is the first word.
 */
function readWorkshop(words: string[], aside: string | undefined): { venue: string; notes: string[] } | undefined {
  const findings = (w: string) => /^findings$/i.test(w) && FINDINGS_HOST.test(words[0]);
  const marker = words.findIndex((w, i) => i > 0 && (WORKSHOP.test(w) || findings(w)));
  if (marker < 1) return undefined;
  const named = [...words.slice(1, marker), ...words.slice(marker + 1)].join(' ');
  // A one-word parenthesis after the marker names the workshop; a longer one is a remark.
  const name = findings(words[marker]) ? 'Findings' : named || (aside && !/\s/.test(aside) ? aside : '');
  const notes = name ? [`${name} workshop`] : [];
  if (aside && aside !== name) notes.push(aside);
  return { venue: `${words[0]} Workshop`, notes };
}
