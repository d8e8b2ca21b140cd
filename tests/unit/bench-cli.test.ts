/**
 * The bench dispatcher (not the timings: those are for people to read, and
 * machines are too noisy to assert on): sections are found by file and can
 * be run one by one.
 */
import { execFile } from 'node:child_process';
import path from 'node:path';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';

const ROOT = path.resolve(import.meta.dirname, '../..');
const run = promisify(execFile);
const bench = (...args: string[]) =>
  run(path.join(ROOT, 'node_modules/.bin/tsx'), [path.join(ROOT, 'scripts/bench.ts'), ...args], { cwd: ROOT }).then(
    ({ stdout, stderr }) => ({ code: 0, stdout, stderr }),
    (error: { code: number; stdout: string; stderr: string }) => ({ code: error.code, stdout: error.stdout, stderr: error.stderr }),
  );

describe('npm run bench', () => {
  it('lists the sections it found in scripts/bench/sections/', async () => {
    const result = await bench('--list');
    expect(result.code).toBe(0);
    expect(result.stdout).toMatch(/^loader +loadCatalog /m);
  });

  it('refuses an unknown section in one line, naming the ones there are', async () => {
    const result = await bench('lodaer');
    expect(result.code).toBe(2);
    expect(result.stderr.trim().split('\n')).toHaveLength(1);
    expect(result.stderr).toMatch(/^error: unknown bench section "lodaer" \(did you mean "loader"\?\); sections: .*\bloader\b/);
  });
});
