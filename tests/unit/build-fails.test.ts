/**
 * The real `astro build` refuses bad data: it fails with the same
 * file:line messages as `npm run validate`, and writes no site at all.
 */
import { existsSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildSite, REAL_SITE, type BuildFailure } from '../support/build-site.ts';

const FIXTURES = path.resolve(import.meta.dirname, '../fixtures/loader');
const ROOT = path.resolve(import.meta.dirname, '../..');

describe('astro build on bad data', () => {
  it('fails, listing every problem with its file and line, and writes no page', async () => {
    const failure = (await buildSite({ dataDir: path.join(FIXTURES, 'references/data') }).then(
      () => undefined,
      (error: BuildFailure) => error,
    )) as BuildFailure | undefined;
    expect(failure, 'the build should have failed').toBeDefined();
    const output = `${failure!.stdout}\n${failure!.stderr}`;
    const file = (name: string) => path.relative(ROOT, path.join(FIXTURES, 'references/data', name));
    expect(output).toContain('The catalog has 11 problems:');
    expect(output).toContain(`${file('papers/foo.yaml')}:12  categories[1]: unknown category "memorybank" (did you mean "memory-bank"?)`);
    expect(output).toContain(`${file('papers/foo.yaml')}:5  year: found 2021.5; expected a whole year, e.g. 2023`);
    expect(output).toContain(`${file('categories/loop-a.yaml')}:3  parent: categories form a cycle: loop-a → loop-b → loop-a; one of them must have a different parent`);
    expect(output.split('\n').filter((line) => /^\s+at /.test(line))).toEqual([]);
    expect(existsSync(path.join(failure!.outDir, 'index.html'))).toBe(false);
    expect(existsSync(failure!.outDir) ? readdirSync(failure!.outDir) : []).toEqual([]);
  });

  it('builds the committed data with the same command, so the failure above is the data’s doing', async () => {
    const outDir = await buildSite(REAL_SITE);
    expect(existsSync(path.join(outDir, 'index.html'))).toBe(true);
  });
});
