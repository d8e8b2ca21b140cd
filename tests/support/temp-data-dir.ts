/**
 * A throwaway data folder holding the real taxonomy and venue list but no
 * papers or datasets, for tests that write data (the importer). Folders are
 * removed when the test file finishes.
 */
import { cpSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll } from 'vitest';

const made: string[] = [];
afterAll(() => {
  for (const dir of made.splice(0)) rmSync(dir, { recursive: true, force: true });
});

export function makeDataDir(): string {
  const dir = mkdtempSync(path.join(tmpdir(), 'atlas-data-'));
  made.push(dir);
  cpSync(path.resolve('data/categories'), path.join(dir, 'categories'), { recursive: true });
  cpSync(path.resolve('data/venues.yaml'), path.join(dir, 'venues.yaml'));
  return dir;
}
