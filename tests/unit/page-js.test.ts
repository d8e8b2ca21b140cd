import { mkdtempSync, mkdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { pageJs } from '../../src/lib/page-js.ts';

describe('pageJs', () => {
  it('counts inline and external scripts, not JSON data or script-like attribute text', () => {
    const dist = mkdtempSync(path.join(tmpdir(), 'page-js-'));
    mkdirSync(path.join(dist, '_astro'));
    writeFileSync(path.join(dist, '_astro/app.js'), 'console.log(2);');
    const html = [
      '<meta property="og:title" content="<script>alert(1)</script> title">',
      '<script>console.log(1);</script>',
      '<script type="application/json">{"big":"data"}</script>',
      '<script type="module" src="/atlas/_astro/app.js"></script>',
    ].join('\n');
    const js = pageJs(dist, html, '/atlas/');
    expect(js.files).toEqual(['_astro/app.js']);
    expect(js.bytes).toBe(Buffer.byteLength('console.log(1);\nconsole.log(2);'));
    expect(js.gzip).toBeGreaterThan(0);
    expect(pageJs(dist, '<p>no scripts</p>')).toEqual({ bytes: 0, gzip: 0, files: [] });
  });
});
