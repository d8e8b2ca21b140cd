/**
 * RSS 2.0 of recently added entries. Everything derives from the data (dates
 * from `added`), so two builds of the same catalog give the same bytes.
 */
import type { Catalog } from '../catalog/catalog.ts';
import type { Dataset, Paper } from '../catalog/schema.ts';
import { routes } from './routes.ts';
import { escapeXml } from './xml.ts';
import { paperLabel, venueYear } from './format.ts';

/** Entries the feed carries. */
export const FEED_LENGTH = 50;

export interface FeedOptions {
  /** Absolute URL of the site root including the base path, ending in '/'. */
  siteUrl: string;
  title: string;
  description: string;
  limit?: number;
}

interface FeedItem {
  title: string;
  route: string;
  added: string | undefined;
  id: string;
  description: string;
}

function paperItem(catalog: Catalog, paper: Paper): FeedItem {
  const where = paper.categories.map((id) => catalog.categoryById.get(id)?.name ?? id).join(', ');
  return {
    title: paperLabel(paper),
    route: routes.paper(paper.id),
    added: paper.added,
    id: `paper:${paper.id}`,
    description: `Paper (${venueYear(paper)}) in ${where}.`,
  };
}

function datasetItem(dataset: Dataset): FeedItem {
  return {
    title: `Dataset: ${dataset.name}`,
    route: routes.dataset(dataset.id),
    added: dataset.added,
    id: `dataset:${dataset.id}`,
    description: `Dataset published in ${dataset.year}${dataset.domain ? `; ${dataset.domain}` : ''}.`,
  };
}

/** Newest `added` first; entries without a date after all dated ones; ties by id. */
export function recentEntries(catalog: Catalog, limit = FEED_LENGTH): FeedItem[] {
  const items = [...catalog.papers.map((p) => paperItem(catalog, p)), ...catalog.datasets.map(datasetItem)];
  items.sort((a, b) => (b.added ?? '').localeCompare(a.added ?? '') || a.id.localeCompare(b.id));
  return items.slice(0, limit);
}

/** RFC 822 date at midnight UTC, as RSS wants. */
export function rfc822(isoDate: string): string {
  return new Date(`${isoDate}T00:00:00Z`).toUTCString().replace('GMT', '+0000');
}

export function rssFeed(catalog: Catalog, { siteUrl, title, description, limit = FEED_LENGTH }: FeedOptions): string {
  const items = recentEntries(catalog, limit);
  const absolute = (route: string) => new URL(route, siteUrl).href;
  const newest = items.find((item) => item.added)?.added;
  const lines = [
    '<?xml version="1.0" encoding="UTF-8"?>',
    '<rss version="2.0" xmlns:atom="http://www.w3.org/2005/Atom">',
    '<channel>',
    `<title>${escapeXml(title)}</title>`,
    `<link>${escapeXml(siteUrl)}</link>`,
    `<description>${escapeXml(description)}</description>`,
    '<language>en</language>',
    `<atom:link href="${escapeXml(absolute('feed.xml'))}" rel="self" type="application/rss+xml"/>`,
    ...(newest ? [`<lastBuildDate>${rfc822(newest)}</lastBuildDate>`] : []),
    ...items.map((item) =>
      [
        '<item>',
        `<title>${escapeXml(item.title)}</title>`,
        `<link>${escapeXml(absolute(item.route))}</link>`,
        `<guid isPermaLink="true">${escapeXml(absolute(item.route))}</guid>`,
        `<description>${escapeXml(item.description)}</description>`,
        ...(item.added ? [`<pubDate>${rfc822(item.added)}</pubDate>`] : []),
        '</item>',
      ].join('\n'),
    ),
    '</channel>',
    '</rss>',
    '',
  ];
  return lines.join('\n');
}
