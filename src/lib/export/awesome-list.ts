/**
 * The catalog as the awesome-list markdown it grew from, so maintainers can
 * publish the README without editing it by hand. Deterministic (same data,
 * same bytes) because LIST.md is committed and a test compares it.
 *
 * Link style is the seed list's, which the importer reads back:
 *   + Title [[CVPR 2023]](paper)[[TII 2022]](also published)[[code]](…)[[unofficial code]](…)[[project]](…)[[data]](…)
 *     [[video]](…)[[write-up]](…)[[demo]](…)[[model]](…)
 *   + (Dataset name)Introducing paper title [[CVPR 2019]](paper) [[data]](…)
 * A paper filed under several categories appears in each of their sections,
 * as in the seed; tags get a section each under "Topics".
 *
 * What `npm run import` reads back (tests/unit/contrib-list-roundtrip.test.ts):
 * title, year, venue, every link, also_published, categories (as a set),
 * featured, topic tags (each "Topics" sub-section is the tag whose heading
 * it is, src/lib/export/tag-heading.ts), which paper introduced which dataset, and
 * the label notes below.
 * Not carried: ids, method names, aliases, free-text notes, dataset facts
 * (modality, counts …), added;
 * arXiv numbers come back only from arXiv links.
 */
import type { Catalog } from '../catalog/catalog.ts';
import { MODALITIES, type Dataset, type Paper, type PaperLinks, type Publication } from '../catalog/schema.ts';
import { ancestors } from '../catalog/queries.ts';
import { tagHeading } from './tag-heading.ts';

/** The seed's title: this file is the README the catalog grew from, regenerated. */
export const LIST_TITLE = 'Awesome Industrial Anomaly Detection';
export const FEATURED_HEADING = 'SOTA methods with code';
export const TOPICS_HEADING = 'Topics';
export const DATASETS_HEADING = 'Datasets';


/** GitHub's heading anchors: lowercase, punctuation dropped, spaces to hyphens, repeats numbered. */
export function headingSlugger(): (heading: string) => string {
  const seen = new Map<string, number>();
  return (heading) => {
    const base = heading
      .toLowerCase()
      .replace(/[^\p{L}\p{N}\p{M} _-]/gu, '')
      .replace(/ /g, '-');
    const count = seen.get(base) ?? 0;
    seen.set(base, count + 1);
    return count ? `${base}-${count}` : base;
  };
}

/** One line of text: data may hold newlines or runs of spaces that would break a list item. */
const inline = (text: string) => text.replace(/\s+/g, ' ').trim();

/**
 * Markdown link targets end at an unbalanced ")" or whitespace, so such URLs
 * go in CommonMark's <angle brackets>, which the importer reads back verbatim.
 * Percent-encoding them instead would not round-trip: a URL may really hold %28.
 * Only a URL that also holds angle brackets or line breaks is encoded.
 */
const target = (url: string) => {
  if (!/[()\s]/.test(url)) return url;
  if (!/[<>\r\n]/.test(url)) return `<${url}>`;
  return url.replace(/[()\s<>]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase().padStart(2, '0')}`);
};

const link = (label: string, url: string) => `[[${label}]](${target(url)})`;

const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? '' : 's'}`;

/**
 * Notes the list can say in its labels, as the seed does: `[[ECCV 2022 oral]]`,
 * `[[code is coming soon]](…)`, `[[2023 SAM tech report]](…)`, and as the 2026
 * list does: `[[CVPRW 2025 (VAND 3.0 workshop)]]`, `[[unofficial code in SAA]]`,
 * `[[中文]]`, `[[data split]]`. The importer (import/labels.ts) reads each back
 * into the same note. Other notes live only in the YAML files.
 */
const VENUE_NOTES = ['oral', 'spotlight', 'best paper', 'challenge'];
const TECH_REPORT = / tech report$/;
/** "VAND 3.0 workshop": which workshop of a conference; written in parentheses after the venue. */
const WORKSHOP_NOTE = /^[\p{L}\p{N} .-]+ workshop$/u;

/** "v1 (NeurIPS 2022)": the version a publication link is, written as a tag after its venue and year. */
const VERSION_NOTE = /^(v\d+(?:\.\d+)*) \((.+) (\d{4})\)$/;

function versionOf(venue: string | undefined, year: number, notes: string[]): string | undefined {
  return notes.map((n) => VERSION_NOTE.exec(n)).find((m) => m && m[2] === (venue ?? 'arXiv') && Number(m[3]) === year)?.[1];
}

function venueLabel(venue: string | undefined, year: number, notes: string[] = []): string {
  const report = notes.find((n) => TECH_REPORT.test(n));
  const qualifiers = notes.filter((n) => VENUE_NOTES.includes(n));
  const workshops = notes.filter((n) => WORKSHOP_NOTE.test(n)).map((n) => `(${n})`);
  return [venue, year, versionOf(venue, year, notes), report && !venue ? report : undefined, ...qualifiers, ...workshops].filter((part) => part !== undefined).join(' ');
}

function publicationLinks(main: { venue?: string; year: number; url: string }, also: Publication[] | undefined, notes?: string[]): string {
  const versions = (notes ?? []).filter((n) => VERSION_NOTE.test(n));
  return [link(venueLabel(main.venue, main.year, notes), main.url), ...(also ?? []).map((p) => link(venueLabel(p.venue, p.year, versions), p.url))].join('');
}

type ExtraLink = Exclude<keyof PaperLinks, 'paper'>;

/** How the list labels each kind of link, and the notes that say something about one and so become its label instead. */
const LIST_LABELS: Record<ExtraLink, { label: string; fromNote?: (note: string) => string | undefined }> = {
  code: { label: 'code', fromNote: (n) => (n === 'code coming soon' ? 'code is coming soon' : undefined) },
  unofficial_code: { label: 'unofficial code', fromNote: (n) => (/^unofficial code in ./.test(n) ? n : undefined) },
  project: { label: 'project' },
  data: { label: 'data', fromNote: (n) => (n === 'dataset coming soon' ? 'dataset is coming soon' : /^data(?::| )./.test(n) ? n : undefined) },
  video: { label: 'video' },
  writeup: { label: 'write-up', fromNote: (n) => (n === 'write-up in Chinese' ? '中文' : undefined) },
  demo: { label: 'demo' },
  model: { label: 'model' },
};

function extraLinks(links: Partial<PaperLinks>, notes: string[]): string[] {
  return (Object.keys(LIST_LABELS) as ExtraLink[]).flatMap((kind) => {
    const url = links[kind];
    if (!url) return [];
    const { label, fromNote } = LIST_LABELS[kind];
    return [link((fromNote && notes.map(fromNote).find(Boolean)) || label, url)];
  });
}

export function paperLine(paper: Paper): string {
  const notes = paper.notes ?? [];
  // Other addresses of the same version read back as `[[paper]]` links after the venue link; a second
  // link of a kind as another link with that kind's label; promised code as an empty `[[code coming soon]]()`.
  const elsewhere = (paper.also_at ?? []).map((url) => link('paper', url));
  const more = (paper.more_links ?? []).map(({ kind, url }) => link(LIST_LABELS[kind as ExtraLink].label, url));
  const promised = !paper.links.code && notes.includes('code coming soon') ? ['[[code coming soon]]()'] : [];
  const venueLinks = publicationLinks({ venue: paper.venue, year: paper.year, url: paper.links.paper }, paper.also_published, notes);
  return `+ ${inline(paper.title)} ${venueLinks}${[...elsewhere, ...extraLinks(paper.links, notes), ...more, ...promised].join('')}`;
}

export function datasetLine(dataset: Dataset, catalog: Pick<Catalog, 'paperById'>): string {
  const introducer = dataset.introduced_by ? catalog.paperById.get(dataset.introduced_by) : undefined;
  const source = introducer ? { title: introducer.title, venue: introducer.venue, year: introducer.year, url: introducer.links.paper } : dataset.paper;
  // A dataset released only as a download: its name stands as the title, its data link carries the year.
  if (!source) return `+ (${inline(dataset.name)})${inline(dataset.name)} ${link(`data ${dataset.year}`, dataset.links!.data!)}`;
  const extras = extraLinks(dataset.links ?? {}, dataset.notes ?? []);
  return `+ (${inline(dataset.name)})${inline(source.title)} ${publicationLinks(source, dataset.also_published)}${extras.length ? ` ${extras.join('')}` : ''}`;
}

const ANNOTATION_WORDS: Record<NonNullable<Dataset['annotation']>[number], string> = { pixel: 'Segmentation mask', point: 'Point-level mask', bbox: 'Bounding box', image: 'Image' };
const MODALITY_WORDS: Record<NonNullable<Dataset['modality']>[number], string> = {
  rgb: 'RGB',
  grayscale: 'Grayscale',
  'rgb-d': 'RGBD',
  'point-cloud': 'Point-cloud',
  'x-ray': 'X-ray',
  sem: 'SEM',
  tactile: 'Tactile',
  video: 'Video',
};
const SOURCE_WORDS: Record<NonNullable<Dataset['source']>, string> = { real: 'real', synthetic: 'synthetic', mixed: 'real&synthetic' };
const hasFacts = (d: Dataset) => [d.classes, d.normal_images, d.abnormal_images, d.total_images, d.annotation, d.modality, d.source].some((v) => v !== undefined);

/** The statistics table the list keeps under its dataset section, for the datasets whose facts are known; `-` is unknown. */
function datasetTable(catalog: Pick<Catalog, 'datasets' | 'paperById'>): string[] {
  const rows = catalog.datasets.filter(hasFacts).map((d) => {
    const cell = (n: number | undefined) => (n === undefined ? '-' : String(n));
    const linked = d.links?.data ? `[${inline(d.name)}](${target(d.links.data)})` : inline(d.name);
    const name = d.aliases?.length ? `${linked} (${d.aliases.map(inline).join('; ')})` : linked;
    const modality = MODALITIES.filter((m) => d.modality?.includes(m)).map((m) => MODALITY_WORDS[m]);
    const source = [modality.join(' + '), d.source && SOURCE_WORDS[d.source]].filter(Boolean).join(' ') || '-';
    const venue = d.introduced_by ? catalog.paperById.get(d.introduced_by)?.venue : d.paper?.venue;
    const cells = [name, cell(d.classes), cell(d.normal_images), cell(d.abnormal_images), cell(d.total_images), d.annotation?.map((a) => ANNOTATION_WORDS[a]).join(', ') || '-', source, venue ? `${venue},${d.year}` : String(d.year)];
    return `| ${cells.map((c) => c.replace(/\|/g, '\\|')).join(' | ')} |`;
  });
  if (!rows.length) return [];
  return ['| Dataset | Class | Normal | Abnormal | Total | Annotation level | Source | Time |', '|---|---|---|---|---|---|---|---|', ...rows];
}

export function renderAwesomeList(catalog: Catalog): string {
  const slug = headingSlugger();
  const toc: string[] = [];
  const body: string[] = [];
  const section = (depth: number, heading: string, lines: string[]) => {
    toc.push(`${'  '.repeat(depth - 1)}- [${heading}](#${slug(heading)})`);
    body.push(`${'#'.repeat(depth)} ${heading}`, '', ...lines, ...(lines.length ? [''] : []));
  };

  const featured = catalog.papers.filter((p) => p.featured);
  if (featured.length) section(1, FEATURED_HEADING, featured.map(paperLine));
  for (const category of catalog.categories) {
    const depth = Math.min(ancestors(catalog, category.id).length, 6);
    section(depth, inline(category.name), catalog.papers.filter((p) => p.categories.includes(category.id)).map(paperLine));
  }
  // Tags cut across the taxonomy, like the seed's "SAM segment anything" section.
  const tags = [...new Set(catalog.papers.flatMap((p) => p.tags ?? []))].sort();
  if (tags.length) {
    section(1, TOPICS_HEADING, []);
    for (const tag of tags) section(2, tagHeading(tag), catalog.papers.filter((p) => p.tags?.includes(tag)).map(paperLine));
  }
  if (catalog.datasets.length) {
    const table = datasetTable(catalog);
    section(1, DATASETS_HEADING, [...table, ...(table.length ? [''] : []), ...catalog.datasets.map((d) => datasetLine(d, catalog))]);
  }

  const withCode = catalog.papers.filter((p) => p.links.code || p.links.unofficial_code).length;
  return [
    `# ${LIST_TITLE}`,
    '',
    '<!-- Generated by `npm run list` from the YAML files in data/. Do not edit by hand: change the data and regenerate. -->',
    '',
    `${plural(catalog.papers.length, 'paper')} (${withCode} with code) and ${plural(catalog.datasets.length, 'dataset')} on industrial image anomaly detection, filed under the taxonomy below. A paper that fits several categories is listed under each.`,
    '',
    '**Contents**',
    '',
    ...toc,
    '',
    ...body,
  ].join('\n').replace(/\n+$/, '\n');
}
