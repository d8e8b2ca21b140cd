/**
 * How much JavaScript a built page makes the browser download and run:
 * inline scripts plus external module scripts and the chunks they import,
 * gzip-compressed as a server would send them. JSON data blocks are not code
 * and are not counted.
 */
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { gzipSync } from 'node:zlib';

const gzipSize = (text: string | Buffer) => gzipSync(text, { level: 9 }).length;

export interface PageJs {
  /** gzip bytes of all scripts of the page, each file counted once. */
  gzip: number;
}

/** `dist` is the build folder, `page` a path inside it, `base` the site's base path. */
export function pageJs(dist: string, page: string, base: string): PageJs {
  const html = readFileSync(path.join(dist, page), 'utf8');
  let gzip = 0;
  const files = new Set<string>();
  const visit = (file: string) => {
    if (files.has(file) || !existsSync(file)) return;
    files.add(file);
    const code = readFileSync(file, 'utf8');
    gzip += gzipSize(code);
    for (const m of code.matchAll(/(?:import|from)\s*\(?\s*["'](\.{1,2}\/[^"']+\.js)["']/g)) visit(path.resolve(path.dirname(file), m[1]));
  };
  for (const m of html.matchAll(/<script\b([^>]*)>([\s\S]*?)<\/script>/gi)) {
    const attrs = m[1];
    const type = /\stype="([^"]*)"/.exec(attrs)?.[1];
    if (type && type !== 'module' && type !== 'text/javascript') continue;
    const src = /\ssrc="([^"]*)"/.exec(attrs)?.[1];
    if (src) visit(path.join(dist, src.startsWith(base) ? src.slice(base.length) : src));
    else gzip += gzipSize(m[2]);
  }
  return { gzip };
}
