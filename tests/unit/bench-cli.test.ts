/**
 * The bench dispatcher (not the timings: those are for people to read, and
 * machines are too noisy to assert on): sections are found by file and can
 * be run one by one.
 */
import { describe, expect, it } from 'vitest';
import { runScript } from '../support/run-script.ts';

const bench = (...args: string[]) => runScript('bench.ts', args);

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
