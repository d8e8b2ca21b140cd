/**
 * A paper's external links as its page lists them: one per kind in schema
 * order, each labelled with what it is, the paper link first and marked as
 * the primary one, a PDF said to be one. The labels are typed over every link
 * kind, so a kind added to the schema cannot reach the page unlabelled.
 */
import { PAPER_LINK_KINDS, type Paper, type PaperLinks } from '../catalog/schema.ts';
import { hostOf } from './format.ts';

export const LINK_LABELS: Record<keyof PaperLinks, string> = {
  paper: 'Paper',
  code: 'Code',
  unofficial_code: 'Unofficial code',
  project: 'Project page',
  data: 'Data',
  video: 'Video',
  writeup: 'Write-up',
  demo: 'Demo',
  model: 'Model weights',
};

export interface LabelledLink {
  label: string;
  url: string;
  primary: boolean;
}

export function paperLinkList(links: PaperLinks, more: Paper['more_links'] = []): LabelledLink[] {
  const listed = PAPER_LINK_KINDS.flatMap((kind) => {
    const url = links[kind];
    if (!url) return [];
    const pdf = /\.pdf$/i.test(new URL(url).pathname);
    return [{ label: pdf ? `${LINK_LABELS[kind]} (PDF)` : LINK_LABELS[kind], url, primary: kind === 'paper' }];
  });
  // A second link of a kind is told apart from the first by where it lives.
  const extra = more.map(({ kind, url }) => ({ label: `${LINK_LABELS[kind as keyof PaperLinks]} (${hostOf(url)})`, url, primary: false }));
  return [...listed, ...extra];
}
