/**
 * How much JavaScript a built page makes the browser download and run:
 * inline scripts plus external module scripts and the chunks they import
 * (statically, or on demand such as the search code on first focus),
 * gzip-compressed as a server would send them. JSON data blocks are not code
 * and are not counted.
 */
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { gzipSync } from 'node:zlib';

export const gzipSize = (text: string | Buffer) => gzipSync(text, { level: 9 }).length;

export interface PageJs {
  /** gzip bytes of all scripts of the page, each file counted once. */
  gzip: number;
}

/** Minified chunk imports: `from"./x.js"` and `import"./x.js"` load with the chunk, `import("./x.js")` on demand. */
const STATIC_IMPORT = /(?:\bfrom\s*|\bimport\s*)["'](\.{1,2}\/[^"']+\.js)["']/g;
const DYNAMIC_IMPORT = /\bimport\s*\(\s*["'](\.{1,2}\/[^"']+\.js)["']/g;

/**
 * `file` and every chunk it imports, transitively, added to `into`; with
 * `onDemand: false`, only what loads along with it.
 */
export function chunkClosure(file: string, { onDemand = true } = {}, into = new Set<string>()): Set<string> {
  if (into.has(file) || !existsSync(file)) return into;
  into.add(file);
  const code = readFileSync(file, 'utf8');
  for (const pattern of onDemand ? [STATIC_IMPORT, DYNAMIC_IMPORT] : [STATIC_IMPORT]) {
    for (const m of code.matchAll(pattern)) chunkClosure(path.resolve(path.dirname(file), m[1]), { onDemand }, into);
  }
  return into;
}

/** `dist` is the build folder, `page` a path inside it, `base` the site's base path. */
export function pageJs(dist: string, page: string, base: string): PageJs {
  const html = readFileSync(path.join(dist, page), 'utf8');
  let gzip = 0;
  const files = new Set<string>();
  for (const m of html.matchAll(/<script\b([^>]*)>([\s\S]*?)<\/script>/gi)) {
    const attrs = m[1];
    const type = /\stype="([^"]*)"/.exec(attrs)?.[1];
    if (type && type !== 'module' && type !== 'text/javascript') continue;
    const src = /\ssrc="([^"]*)"/.exec(attrs)?.[1];
    if (src) chunkClosure(path.join(dist, src.startsWith(base) ? src.slice(base.length) : src), {}, files);
    else gzip += gzipSize(m[2]);
  }
  for (const file of files) gzip += gzipSize(readFileSync(file));
  return { gzip };
}
