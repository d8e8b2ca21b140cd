/**
 * A topic tag and the heading of its section in the generated list, in both
 * directions: the renderer writes one and the importer reads it back, so they
 * must never disagree.
 */
import { normalizeTitle } from '../catalog/normalize.ts';

/** `segment-anything` → "Segment Anything". */
export const tagHeading = (tag: string) => tag.split('-').map((w) => w.charAt(0).toUpperCase() + w.slice(1)).join(' ');

/** "Segment Anything" → `segment-anything`; undefined when the heading holds no letters or digits. */
export const headingTag = (heading: string): string | undefined => normalizeTitle(heading).replace(/ /g, '-') || undefined;
