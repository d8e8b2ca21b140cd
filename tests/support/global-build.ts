/**
 * vitest globalSetup: builds the committed data/ once, before any test file
 * starts, so the files that read it (in `npm test` and in `npm run test:e2e`)
 * all find the same finished build instead of racing to make their own.
 */
import { buildSite, REAL_SITE } from './build-site.ts';

export default async function buildRealSite(): Promise<void> {
  await buildSite(REAL_SITE);
}
