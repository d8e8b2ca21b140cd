import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

// The layering src/lib/README.md promises: each folder imports only from the
// folders listed for it, so the catalog core never grows a dependency on
// what is built on top of it.
const LIB = path.resolve('src/lib');
const ALLOWED: Record<string, string[]> = {
  catalog: [],
  site: ['catalog'],
  search: ['catalog', 'site'],
  viz: ['catalog', 'site'],
  export: ['catalog'],
  import: ['catalog', 'export'],
  'import-results': ['catalog', 'import'],
  contrib: ['catalog', 'export'],
  enrich: ['catalog'],
};
// The GFM table parser is Astro's own (the importer reads list tables with it);
// the BibTeX parser is Better BibTeX's (enrich reads citations with it).
const PACKAGES = new Set(['zod', 'js-yaml', 'fuse.js', 'mdast-util-from-markdown', 'micromark-extension-gfm-table', 'mdast-util-gfm-table', '@retorquere']);

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) return sourceFiles(full);
    return entry.name.endsWith('.ts') ? [full] : [];
  });
}

function specifiers(file: string): string[] {
  const source = readFileSync(file, 'utf8');
  return [...source.matchAll(/(?:^|\n)\s*(?:import|export)\b[^'";]*?from\s*['"]([^'"]+)['"]|import\(\s*['"]([^'"]+)['"]\s*\)/g)].map((m) => m[1] ?? m[2]);
}

const files = sourceFiles(LIB);
const folderOf = (file: string) => path.relative(LIB, file).split(path.sep)[0];

describe('src/lib layering', () => {
  it('has every source file in one of the documented folders', () => {
    const stray = files.filter((f) => !(folderOf(f) in ALLOWED)).map((f) => path.relative(LIB, f));
    expect(stray).toEqual([]);
  });

  it('imports only from the folders each folder may use, and no framework', () => {
    const violations: string[] = [];
    for (const file of files) {
      const from = folderOf(file);
      for (const spec of specifiers(file)) {
        const where = path.relative(LIB, file);
        if (spec.startsWith('.')) {
          const target = path.relative(LIB, path.resolve(path.dirname(file), spec));
          const to = target.split(path.sep)[0];
          if (target.startsWith('..')) violations.push(`${where} reaches outside src/lib: ${spec}`);
          else if (to !== from && !ALLOWED[from]?.includes(to)) violations.push(`${where} (${from}/) imports ${to}/: ${spec}`);
        } else if (!spec.startsWith('node:') && !PACKAGES.has(spec.split('/')[0])) {
          violations.push(`${where} imports package "${spec}"`);
        }
      }
    }
    expect(violations).toEqual([]);
  });

  it('reads imports the way this test assumes (guards the scan itself)', () => {
    const yamlFile = files.find((f) => f.endsWith(path.join('catalog', 'yaml-file.ts')))!;
    expect(specifiers(yamlFile)).toEqual(expect.arrayContaining(['./problems.ts', 'js-yaml']));
    const load = files.find((f) => f.endsWith(path.join('catalog', 'load.ts')))!;
    expect(specifiers(load)).toEqual(expect.arrayContaining(['node:fs', './schema.ts', './check.ts']));
  });
});
