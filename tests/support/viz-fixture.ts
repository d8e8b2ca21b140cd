/** The small hand-written catalog the viz tests reason about (tests/fixtures/viz). */
import path from 'node:path';
import type { Catalog } from '../../src/lib/catalog/catalog.ts';
import { loadOk } from './load-ok.ts';

export const VIZ_FIXTURE = path.resolve(import.meta.dirname, '../fixtures/viz');

export function vizFixture(): Catalog {
  return loadOk(VIZ_FIXTURE);
}
