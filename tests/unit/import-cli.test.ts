import { readdirSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { makeDataDir } from '../support/temp-data.ts';
import { runScript } from '../support/run-script.ts';

const run = (args: string[]) => runScript('import-awesome.ts', args);

describe('npm run import', () => {
  it('prints the merge policy first, then the counts and every unparsed line', async () => {
    const dataDir = makeDataDir();
    const { code, stdout, stderr } = await run([path.resolve('tests/fixtures/import/seed-shape.md'), '--data', dataDir]);
    expect(stderr).toBe('');
    expect(code).toBe(0);
    const out = stdout.split('\n');
    expect(out[0]).toMatch(/^merge policy: three-way/);
    expect(stdout).toMatch(/seed-shape\.md: 14 list items → 8 papers, 3 datasets/);
    expect(stdout).toMatch(/^unparsed lines \(2\):\n  line 21: not a list item/m);
    expect(readdirSync(path.join(dataDir, 'papers'))).toContain('alpha.yaml');
  });

  it('fails with one readable line and no stack trace when the README is missing', async () => {
    const { code, stdout, stderr } = await run(['does-not-exist.md', '--data', makeDataDir()]);
    expect(code).toBe(2);
    expect(stdout).toBe('');
    expect(stderr.trim()).toBe('error: does-not-exist.md: no such file');
  });

  it('names the missing data folder instead of crashing', async () => {
    const { code, stderr } = await run([path.resolve('tests/fixtures/import/seed-shape.md'), '--data', '/nonexistent/data']);
    expect(code).toBe(2);
    expect(stderr).toMatch(/^error: \/nonexistent\/data\/venues\.yaml not found/);
    expect(stderr).not.toMatch(/\n\s+at /);
  });
});
