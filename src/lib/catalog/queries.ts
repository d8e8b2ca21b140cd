/** Derived views of the catalog that several pages, scripts and tests share. */
import type { Catalog } from './catalog.ts';
import type { Category, Paper } from './schema.ts';

/** The category and everything below it. */
export function descendantIds(catalog: Catalog, id: string): Set<string> {
  const ids = new Set<string>([id]);
  const visit = (key: string) => {
    for (const child of catalog.childrenOf.get(key) ?? []) {
      ids.add(child.id);
      visit(child.id);
    }
  };
  visit(id);
  return ids;
}

/** Root first, the category itself last. */
export function ancestors(catalog: Catalog, id: string): Category[] {
  const chain: Category[] = [];
  let node = catalog.categoryById.get(id);
  while (node) {
    chain.unshift(node);
    node = node.parent ? catalog.categoryById.get(node.parent) : undefined;
  }
  return chain;
}

/** The top-level branch a category belongs to. */
export function branchOf(catalog: Catalog, id: string): Category | undefined {
  return ancestors(catalog, id)[0];
}

/** Papers filed directly under the category, or under it or any descendant. */
export function papersIn(catalog: Catalog, id: string, { deep = true } = {}): Paper[] {
  const ids = deep ? descendantIds(catalog, id) : new Set([id]);
  return catalog.papers.filter((paper) => paper.categories.some((c) => ids.has(c)));
}

export function hasCode(paper: Paper): boolean {
  return paper.links.code !== undefined || paper.links.unofficial_code !== undefined;
}
