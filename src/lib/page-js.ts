/**
 * How much JavaScript a built page ships: its inline scripts plus the script
 * files it loads, raw and gzipped. JSON data blocks are not code and are not
 * counted. Used by the budget tests and benchmarks.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { gzipSync } from 'node:zlib';

export interface PageJs {
  bytes: number;
  gzip: number;
  /** Script file paths relative to the site root. */
  files: string[];
}

/**
 * Tags in document order, each matched whole with its quoted attribute values,
 * so markup-like text inside an attribute (escaped catalog data in a
 * `content="…"`) is never mistaken for a script element.
 */
const TAGS = /<!--[\s\S]*?-->|<script\b((?:"[^"]*"|'[^']*'|[^'">])*)>([\s\S]*?)<\/script\s*>|<[a-zA-Z/!](?:"[^"]*"|'[^']*'|[^'">])*>/gi;

/** `dist` is the build output; `base` the base path the pages link under, e.g. '/atlas/'. */
export function pageJs(dist: string, html: string, base = '/'): PageJs {
  const chunks: string[] = [];
  const files: string[] = [];
  for (const [tag, attributes, body] of html.matchAll(TAGS)) {
    if (!/^<script\b/i.test(tag)) continue;
    const type = /\btype="([^"]*)"/i.exec(attributes)?.[1];
    if (type && type !== 'module' && type !== 'text/javascript') continue;
    const src = /\bsrc="([^"]*)"/i.exec(attributes)?.[1];
    if (src) {
      const file = src.startsWith(base) ? src.slice(base.length) : src.replace(/^\//, '');
      files.push(file);
      chunks.push(readFileSync(path.join(dist, file), 'utf8'));
    } else chunks.push(body);
  }
  const code = chunks.join('\n');
  return { bytes: Buffer.byteLength(code), gzip: code ? gzipSync(code, { level: 9 }).length : 0, files };
}
