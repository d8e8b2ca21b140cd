/**
 * What the datasets table and the dataset pages show: one row of facts per
 * dataset (unknowns kept as undefined so the page can say "unknown" rather
 * than guess), and the papers that use or introduce each dataset.
 */
import type { Catalog } from '../catalog/catalog.ts';
import type { Dataset, Paper } from '../catalog/schema.ts';
import { routes, withBase } from '../site/routes.ts';
import { safeHref } from '../site/safe-url.ts';
import { pushTo } from '../catalog/group.ts';
import { perCatalog } from '../catalog/per-catalog.ts';
import { MODALITY_LABELS } from './insights.ts';

export const SOURCE_LABELS: Record<NonNullable<Dataset['source']>, string> = { real: 'Real', synthetic: 'Synthetic', mixed: 'Real + synthetic' };
export const ANNOTATION_LABELS: Record<NonNullable<Dataset['annotation']>[number], string> = { image: 'Image label', bbox: 'Bounding box', pixel: 'Pixel mask', point: 'Point mask' };

export interface ExternalLink {
  label: string;
  url: string;
}

export interface IntroducingPaper {
  title: string;
  venue?: string;
  year: number;
  /** The paper's page when it is in the catalog, else its external URL. */
  href: string;
  internal: boolean;
}

export interface DatasetRow {
  id: string;
  name: string;
  href: string;
  year: number;
  venue?: string;
  modality: string[];
  source?: string;
  domain?: string;
  classes?: number;
  normal?: number;
  abnormal?: number;
  total?: number;
  annotation: string[];
  /** Absent for a dataset released only as a download, with no paper. */
  introducedBy?: IntroducingPaper;
  links: ExternalLink[];
}

function introducingPaper(catalog: Catalog, dataset: Dataset, base: string): IntroducingPaper | undefined {
  const paper = dataset.introduced_by === undefined ? undefined : catalog.paperById.get(dataset.introduced_by);
  if (paper) return { title: paper.title, venue: paper.venue, year: paper.year, href: withBase(base, routes.paper(paper.id)), internal: true };
  // check.ts makes sure introduced_by resolves; without either, the schema asked for a data link instead.
  const source = dataset.paper;
  return source && { title: source.title, venue: source.venue, year: source.year, href: safeHref(source.url), internal: false };
}

export function datasetRow(catalog: Catalog, dataset: Dataset, base: string): DatasetRow {
  const introducedBy = introducingPaper(catalog, dataset, base);
  const links: ExternalLink[] = [];
  if (dataset.links?.data) links.push({ label: 'Data', url: safeHref(dataset.links.data) });
  if (dataset.links?.project) links.push({ label: 'Project', url: safeHref(dataset.links.project) });
  if (introducedBy && !introducedBy.internal) links.push({ label: 'Paper', url: introducedBy.href });
  return {
    id: dataset.id,
    name: dataset.name,
    href: withBase(base, routes.dataset(dataset.id)),
    year: dataset.year,
    venue: introducedBy?.venue,
    modality: (dataset.modality ?? []).map((m) => MODALITY_LABELS[m]),
    source: dataset.source && SOURCE_LABELS[dataset.source],
    domain: dataset.domain,
    classes: dataset.classes,
    normal: dataset.normal_images,
    abnormal: dataset.abnormal_images,
    total: dataset.total_images,
    annotation: (dataset.annotation ?? []).map((a) => ANNOTATION_LABELS[a]),
    introducedBy,
    links,
  };
}

/** All datasets in catalog order (by name). */
export function datasetRows(catalog: Catalog, base: string): DatasetRow[] {
  return catalog.datasets.map((dataset) => datasetRow(catalog, dataset, base));
}

export interface DatasetUse {
  paper: Paper;
  introduces: boolean;
}

/** Papers listing each dataset id, built once per catalog: every dataset page asks, and a scan each is datasets × papers. */
const usersIndex = perCatalog((catalog): ReadonlyMap<string, Paper[]> => {
  const index = new Map<string, Paper[]>();
  for (const paper of catalog.papers) for (const id of paper.datasets ?? []) pushTo(index, id, paper);
  return index;
});

const usersOf = (catalog: Catalog, datasetId: string): Paper[] => usersIndex(catalog).get(datasetId) ?? [];

/**
 * Papers that introduce the dataset or list it in `datasets`: the introducing
 * paper first, then the catalog's order (newest first).
 */
export function papersUsingDataset(catalog: Catalog, datasetId: string): DatasetUse[] {
  const introducer = catalog.paperById.get(catalog.datasetById.get(datasetId)?.introduced_by ?? '');
  const users = usersOf(catalog, datasetId).filter((paper) => paper !== introducer);
  return [...(introducer ? [{ paper: introducer, introduces: true }] : []), ...users.map((paper) => ({ paper, introduces: false }))];
}
