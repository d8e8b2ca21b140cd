/**
 * A throwaway data folder holding the real taxonomy and venue list but no
 * papers or datasets, for tests that write data (the importer).
 */
import { cpSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';

export function makeDataDir(): string {
  const dir = mkdtempSync(path.join(tmpdir(), 'atlas-data-'));
  cpSync(path.resolve('data/categories'), path.join(dir, 'categories'), { recursive: true });
  cpSync(path.resolve('data/venues.yaml'), path.join(dir, 'venues.yaml'));
  return dir;
}
