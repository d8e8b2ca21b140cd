/**
 * One colour per top-level branch of the taxonomy, shared by the diagram, the
 * timeline and the charts so a branch looks the same everywhere.
 *
 * Each entry is a set of complete Tailwind class names (Tailwind only
 * generates classes it finds spelled out in the source). Text and lines use
 * 700 (light) / 300 (dark) shades for at least 4.5:1 on the page; filled marks
 * 600 / 400 for at least 3:1. SVG shapes draw with `currentColor`, so one of
 * these colour classes on the shape or its group colours it.
 */
import type { Catalog } from '../catalog/catalog.ts';
import type { Category, Paper } from '../catalog/schema.ts';
import { branchOf } from '../catalog/queries.ts';

export interface Swatch {
  /** Text and SVG strokes (currentColor). */
  text: string;
  /** Filled marks: bars, legend swatches. */
  fill: string;
  /** Tinted background for chips. */
  tint: string;
  /** Accent borders. */
  border: string;
}

export const PALETTE: readonly Swatch[] = [
  { text: 'text-sky-700 dark:text-sky-300', fill: 'text-sky-600 dark:text-sky-400', tint: 'bg-sky-50 dark:bg-sky-950', border: 'border-sky-600 dark:border-sky-400' },
  { text: 'text-emerald-700 dark:text-emerald-300', fill: 'text-emerald-600 dark:text-emerald-400', tint: 'bg-emerald-50 dark:bg-emerald-950', border: 'border-emerald-600 dark:border-emerald-400' },
  { text: 'text-amber-700 dark:text-amber-300', fill: 'text-amber-600 dark:text-amber-400', tint: 'bg-amber-50 dark:bg-amber-950', border: 'border-amber-600 dark:border-amber-400' },
  { text: 'text-rose-700 dark:text-rose-300', fill: 'text-rose-600 dark:text-rose-400', tint: 'bg-rose-50 dark:bg-rose-950', border: 'border-rose-600 dark:border-rose-400' },
  { text: 'text-violet-700 dark:text-violet-300', fill: 'text-violet-600 dark:text-violet-400', tint: 'bg-violet-50 dark:bg-violet-950', border: 'border-violet-600 dark:border-violet-400' },
  { text: 'text-teal-700 dark:text-teal-300', fill: 'text-teal-600 dark:text-teal-400', tint: 'bg-teal-50 dark:bg-teal-950', border: 'border-teal-600 dark:border-teal-400' },
  { text: 'text-orange-700 dark:text-orange-300', fill: 'text-orange-600 dark:text-orange-400', tint: 'bg-orange-50 dark:bg-orange-950', border: 'border-orange-600 dark:border-orange-400' },
  { text: 'text-fuchsia-700 dark:text-fuchsia-300', fill: 'text-fuchsia-600 dark:text-fuchsia-400', tint: 'bg-fuchsia-50 dark:bg-fuchsia-950', border: 'border-fuchsia-600 dark:border-fuchsia-400' },
];

/** Neutral swatch for marks that belong to no branch (the diagram's root). */
const NEUTRAL: Swatch = {
  text: 'text-slate-700 dark:text-slate-200',
  fill: 'text-slate-500 dark:text-slate-400',
  tint: 'bg-slate-50 dark:bg-slate-900',
  border: 'border-slate-500 dark:border-slate-400',
};

export function swatch(index: number): Swatch {
  return index < 0 ? NEUTRAL : PALETTE[index % PALETTE.length];
}

export interface Branch {
  id: string;
  name: string;
  /** Position among the top-level branches; picks the swatch. */
  index: number;
}

export function branches(catalog: Catalog): Branch[] {
  return (catalog.childrenOf.get('') ?? []).map((category: Category, index) => ({ id: category.id, name: category.name, index }));
}

/**
 * The distinct top-level branches a paper is filed under, in the order of its
 * `categories`; the first is the paper's primary branch (its colour, and the
 * stack it counts in, so stacked totals equal paper counts).
 */
export function paperBranches(catalog: Catalog, paper: Paper, all: Branch[] = branches(catalog)): Branch[] {
  const out: Branch[] = [];
  for (const id of paper.categories) {
    const top = branchOf(catalog, id);
    const branch = top && all.find((b) => b.id === top.id);
    if (branch && !out.includes(branch)) out.push(branch);
  }
  return out;
}
