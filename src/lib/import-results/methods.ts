/**
 * A method cell → the catalog paper it reports. The link in the cell comes
 * first (the code repository or project page, against every address a paper
 * lists), then the name against methods, aliases and ids. Names collide
 * ("InvAD" is two papers), so a year in the cell ("InvAD, arXiv'24") picks
 * among them; a name that is a known method plus a suffix ("InvAD-lite",
 * "PatchCore neighborhood 3") is that paper's variant. What maps to nothing is
 * kept as a named baseline, and the report lists it.
 */
import type { Catalog } from '../catalog/catalog.ts';
import type { Paper } from '../catalog/schema.ts';
import { normalizeUrl } from '../catalog/normalize.ts';
import { pushTo } from '../catalog/group.ts';
import type { Cell } from './document.ts';

export type MatchedBy = 'link' | 'name' | 'variant' | 'unmapped' | 'ambiguous';

export interface MethodMatch {
  /** The name as printed, without the cell's venue label or a per-row number. */
  name: string;
  method?: string;
  variant?: string;
  baseline?: string;
  by: MatchedBy;
  /** For ambiguous names: the papers it could be. */
  candidates?: string[];
}

/** Lower case, no spaces, hyphens, dots or underscores; "+" stays, so RD++ is not RD. */
export const nameKey = (name: string) => name.toLowerCase().replace(/[\s\-_.–]/g, '');
const urlKey = (url: string) => normalizeUrl(url).toLowerCase();

function addressesOf(paper: Paper): string[] {
  const { links } = paper;
  return [links.paper, links.code, links.project, links.unofficial_code, ...(paper.also_at ?? []), ...(paper.more_links ?? []).map((l) => l.url)].filter((u): u is string => u !== undefined);
}

/** "InvAD, arXiv'24" → name InvAD, year 2024; a plain name has no year. */
export function splitMethodCell(text: string): { name: string; year?: number } {
  const m = /^(.*?),\s*[^,]*?'(\d{2})\s*$/.exec(text);
  return m ? { name: m[1].trim(), year: 2000 + Number(m[2]) } : { name: text.trim() };
}

export class MethodMatcher {
  private byUrl = new Map<string, Paper[]>();
  private byName = new Map<string, Paper[]>();

  constructor(catalog: Pick<Catalog, 'papers'>) {
    for (const paper of catalog.papers) {
      for (const url of new Set(addressesOf(paper).map(urlKey))) pushTo(this.byUrl, url, paper);
      const names = new Set([paper.method, ...(paper.aliases ?? []), paper.id].filter((n): n is string => n !== undefined).map(nameKey));
      for (const name of names) pushTo(this.byName, name, paper);
    }
  }

  private byYear(papers: Paper[], year: number | undefined): Paper[] {
    if (papers.length < 2 || year === undefined) return papers;
    const dated = papers.filter((p) => p.year === year || p.also_published?.some((v) => v.year === year));
    return dated.length ? dated : papers;
  }

  match(cell: Cell, name = splitMethodCell(cell.text).name): MethodMatch {
    const { year } = splitMethodCell(cell.text);
    // Every paper a link in the cell names; a link two papers share (one repository for two papers) narrows, the name decides.
    const linked = [...new Set(cell.links.flatMap((link) => this.byUrl.get(urlKey(link.url)) ?? []))];
    if (linked.length === 1) return { name, method: linked[0].id, by: 'link' };
    const within = (papers: Paper[]) => (linked.length ? papers.filter((p) => linked.includes(p)) : papers);
    const named = this.byYear(within(this.byName.get(nameKey(name)) ?? []), year);
    if (named.length === 1) return { name, method: named[0].id, by: 'name' };
    if (named.length > 1) return { name, baseline: name, by: 'ambiguous', candidates: named.map((p) => p.id) };
    // A known method and a suffix: its variant. The longest known prefix wins.
    const parts = name.split(/(?=[\s-])/);
    for (let n = parts.length - 1; n >= 1; n--) {
      const base = this.byYear(within(this.byName.get(nameKey(parts.slice(0, n).join(''))) ?? []), year);
      if (base.length === 1) return { name, method: base[0].id, variant: name, by: 'variant' };
    }
    return { name, baseline: name, by: 'unmapped' };
  }
}
