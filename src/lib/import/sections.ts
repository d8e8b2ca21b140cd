/**
 * What each heading of the list means for the entries under it. Headings are
 * matched by their normalised text, never by their number, so a newer README
 * with renumbered or extra sections still maps; anything not understood is
 * reported as an unmapped heading.
 */
import type { Category } from '../catalog/schema.ts';
import { normalizeTitle } from '../catalog/normalize.ts';
import type { Heading } from './markdown.ts';
import { headingTag } from '../export/tag-heading.ts';
import { DATASETS_HEADING, FEATURED_HEADING, TOPICS_HEADING } from '../export/awesome-list.ts';

export type SectionRole =
  /** `under`: the heading names this category only inside that one ("Others" under reconstruction, not under "Recent research"). */
  | { kind: 'category'; id: string; under?: string }
  /** "SOTA methods with code": marks entries as featured. */
  | { kind: 'featured' }
  /** "Recent research" and its venue sub-sections: another view of entries filed elsewhere. */
  | { kind: 'view' }
  /** The generated list's "Topics": each sub-section is the tag whose heading it is. */
  | { kind: 'topics' }
  /** A topic cutting across the taxonomy ("SAM segment anything"). */
  | { kind: 'tag'; tag: string }
  | { kind: 'datasets' }
  /** A heading that only groups sub-sections ("Paper list for …"). */
  | { kind: 'group' }
  /** Prose, figures or citation blocks: no list items expected. */
  | { kind: 'not-a-list' };

/**
 * Seed headings (normalised, numbering removed) whose wording differs from our
 * category names, and the headings LIST.md is rendered with, so it imports back.
 */
const HEADING_ROLES: Record<string, SectionRole> = {
  [normalizeTitle(FEATURED_HEADING)]: { kind: 'featured' },
  'recent research': { kind: 'view' },
  // A README rendered from the catalog groups its topic-tag sections under "Topics".
  [normalizeTitle(TOPICS_HEADING)]: { kind: 'topics' },
  'sam segment anything': { kind: 'tag', tag: 'segment-anything' },
  'segment anything': { kind: 'tag', tag: 'segment-anything' },
  'paper tree': { kind: 'not-a-list' },
  'paper tree classification of representative methods': { kind: 'not-a-list' },
  timeline: { kind: 'not-a-list' },
  'table of contents': { kind: 'not-a-list' },
  'star history': { kind: 'not-a-list' },
  'bibtex citation': { kind: 'not-a-list' },
  citation: { kind: 'not-a-list' },
  'paper list for industrial image anomaly detection': { kind: 'group' },
  'related survey benchmark and framework': { kind: 'category', id: 'surveys' },
  'unsupervised ad': { kind: 'category', id: 'unsupervised' },
  'feature embedding based methods': { kind: 'category', id: 'feature-embedding' },
  'teacher student': { kind: 'category', id: 'teacher-student' },
  'one class classification': { kind: 'category', id: 'one-class-classification' },
  'distribution map': { kind: 'category', id: 'distribution-map' },
  'memory bank': { kind: 'category', id: 'memory-bank' },
  'reconstruction based methods': { kind: 'category', id: 'reconstruction' },
  autoencoder: { kind: 'category', id: 'autoencoder' },
  'generative adversarial networks': { kind: 'category', id: 'gan' },
  transformer: { kind: 'category', id: 'transformer' },
  'diffusion model': { kind: 'category', id: 'diffusion' },
  'supervised ad': { kind: 'category', id: 'supervised' },
  'more normal samples with less abnormal samples or weak labels': { kind: 'category', id: 'semi-supervised' },
  'more abnormal samples': { kind: 'category', id: 'fully-supervised' },
  'other research direction': { kind: 'category', id: 'other-settings' },
  'other research directions': { kind: 'category', id: 'other-settings' },
  'few shot ad': { kind: 'category', id: 'few-shot' },
  'zero shot ad': { kind: 'category', id: 'zero-shot' },
  'noisy ad': { kind: 'category', id: 'noisy' },
  'anomaly synthetic': { kind: 'category', id: 'anomaly-synthesis' },
  '3d ad': { kind: 'category', id: '3d' },
  'continual ad': { kind: 'category', id: 'continual' },
  'uniform ad': { kind: 'category', id: 'multi-class' },
  'logical ad': { kind: 'category', id: 'logical' },
  // Headings of the 2026 list.
  'recommended benchmarks': { kind: 'category', id: 'surveys' },
  benchmark: { kind: 'tag', tag: 'benchmark' },
  'vison language ad': { kind: 'category', id: 'vision-language' },
  'vision language ad': { kind: 'category', id: 'vision-language' },
  others: { kind: 'category', id: 'reconstruction-other', under: 'reconstruction' },
  'zero few shot ad': { kind: 'category', id: 'few-shot' },
  'rgbd ad': { kind: 'category', id: 'rgbd' },
  'uniform multi class ad': { kind: 'category', id: 'multi-class' },
  'mllm based ad': { kind: 'category', id: 'mllm' },
  'mllm related': { kind: 'category', id: 'mllm' },
  'video iad': { kind: 'category', id: 'video' },
  'other settings': { kind: 'category', id: 'further-settings', under: 'other-settings' },
  // Sub-headings of one or two papers each are merged into one category (see CONTRIBUTING.md).
  'ttt binary segmentation': { kind: 'category', id: 'test-time-adaptation' },
  'moe with tta': { kind: 'category', id: 'test-time-adaptation' },
  'adversary attack': { kind: 'category', id: 'adversarial-robustness' },
  rubustness: { kind: 'category', id: 'adversarial-robustness' },
  robustness: { kind: 'category', id: 'adversarial-robustness' },
  'defect classification': { kind: 'category', id: 'defect-classification' },
  'universal task': { kind: 'category', id: 'universal-models' },
  dataset: { kind: 'datasets' },
  [normalizeTitle(DATASETS_HEADING)]: { kind: 'datasets' },
  // The section cross-references inside labels, e.g. [[(Memory bank)CVPR 2022]].
  distribution: { kind: 'category', id: 'distribution-map' },
  occ: { kind: 'category', id: 'one-class-classification' },
  'reconstruction ae': { kind: 'category', id: 'autoencoder' },
};

/** "2.1.4 Memory Bank" → "memory bank"; "Autoencoder (AE)" also → "autoencoder". */
export function headingKeys(text: string): string[] {
  const plain = text
    // A link after the heading's words points elsewhere ("Anomaly Synthesis [[awesome-anomaly-synthesis]](…)").
    .replace(/\s*\[\[[^\]]*\]\]\([^)]*\)/g, '')
    .replace(/!?\[([^\]]*)\]\([^)]*\)/g, '$1')
    .replace(/^\s*\d+(?:\.\d+)*\.?\s+/, '')
    .trim();
  const keys = [normalizeTitle(plain), normalizeTitle(plain.replace(/\s*\([^)]*\)\s*/g, ' '))];
  return [...new Set(keys.filter(Boolean))];
}

export type HeadingResolver = (text: string) => SectionRole | undefined;

/** Seed wording first, then our own category ids, names and aliases, so a README rendered from the catalog maps too. */
export function headingResolver(categories: Category[]): HeadingResolver {
  const fromCategories = new Map<string, SectionRole>();
  for (const category of categories) {
    for (const name of [category.name, category.id, ...(category.aliases ?? [])]) {
      const key = normalizeTitle(name);
      if (!fromCategories.has(key)) fromCategories.set(key, { kind: 'category', id: category.id });
    }
  }
  const known = new Set(categories.map((c) => c.id));
  return (text) => {
    const keys = headingKeys(text);
    if (/^awesome\b/.test(keys[0] ?? '')) return { kind: 'not-a-list' };
    for (const key of keys) {
      const role = HEADING_ROLES[key];
      if (role && (role.kind !== 'category' || known.has(role.id))) return role;
    }
    for (const key of keys) {
      const role = fromCategories.get(key);
      if (role) return role;
    }
    return undefined;
  };
}

export interface Placement {
  /** The category of the innermost categorised heading. */
  category?: string;
  featured: boolean;
  view: boolean;
  datasets: boolean;
  notAList: boolean;
  tags: string[];
  /** Headings on the path that mean nothing to us. */
  unmapped: Heading[];
}

export function placeListing(path: Heading[], resolve: HeadingResolver): Placement {
  const placement: Placement = { featured: false, view: false, datasets: false, notAList: false, tags: [], unmapped: [] };
  let last: SectionRole | undefined;
  let underTopics = false;
  for (const heading of path) {
    // Under "Topics" every heading names a tag, even one spelled like a category ("Transformer").
    const tag = underTopics ? headingTag(heading.text) : undefined;
    const role: SectionRole | undefined = tag ? { kind: 'tag', tag } : resolve(heading.text);
    if (!role) {
      // Under "Recent research", venue groups such as "CVPR 2023" or "Others" are expected and mean nothing more.
      if (!placement.view) placement.unmapped.push(heading);
      continue;
    }
    if (role.kind === 'category' && role.under !== undefined && placement.category !== role.under) {
      if (!placement.view) placement.unmapped.push(heading);
      continue;
    }
    last = role;
    if (role.kind === 'category') placement.category = role.id;
    else if (role.kind === 'featured') placement.featured = true;
    else if (role.kind === 'view') placement.view = true;
    else if (role.kind === 'topics') underTopics = placement.view = true;
    else if (role.kind === 'tag') placement.tags.push(role.tag);
    else if (role.kind === 'datasets') placement.datasets = true;
  }
  placement.notAList = last?.kind === 'not-a-list';
  return placement;
}
