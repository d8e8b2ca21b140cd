/**
 * Turns match ranges into text segments for highlighting. Returns data, never
 * markup: the client renders marked segments as <mark> elements whose text is
 * set with textContent, so a title containing "<img …>" stays text.
 */
export interface Segment {
  text: string;
  marked: boolean;
}

/** Inclusive [start, end] ranges, as fuse.js reports them. */
export type Range = readonly [number, number];

/**
 * Overlapping and touching ranges merge; ranges shorter than `minLength`
 * (fuzzy matching scatters single letters) and out-of-bounds parts are dropped.
 */
export function highlightSegments(text: string, ranges: readonly Range[], minLength = 2): Segment[] {
  const clean = ranges
    .map(([start, end]) => [Math.max(0, start), Math.min(text.length - 1, end)] as const)
    .filter(([start, end]) => end - start + 1 >= minLength)
    .sort((a, b) => a[0] - b[0]);
  const merged: [number, number][] = [];
  for (const [start, end] of clean) {
    const last = merged[merged.length - 1];
    if (last && start <= last[1] + 1) last[1] = Math.max(last[1], end);
    else merged.push([start, end]);
  }
  const segments: Segment[] = [];
  let at = 0;
  for (const [start, end] of merged) {
    if (start > at) segments.push({ text: text.slice(at, start), marked: false });
    segments.push({ text: text.slice(start, end + 1), marked: true });
    at = end + 1;
  }
  if (at < text.length || segments.length === 0) segments.push({ text: text.slice(at), marked: false });
  return segments;
}
