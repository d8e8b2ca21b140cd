/**
 * The catalog at the size it is growing to: 750 synthetic papers over
 * 2018–2026 in the grown 34-category taxonomy (scripts/bench/synthetic.ts),
 * written once per test file into a temp folder. Deterministic, so builds of
 * it are cached like builds of data/.
 */
import path from 'node:path';
import { writeSyntheticCatalog } from '../../scripts/bench/synthetic.ts';
import { makeTempDir } from './temp-dir.ts';

export const GROWN_SIZE = 750;

let written: string | undefined;

export function grownCatalogDir(): string {
  written ??= writeSyntheticCatalog(path.join(makeTempDir('atlas-grown'), 'data'), { papers: GROWN_SIZE }).dataDir;
  return written;
}
