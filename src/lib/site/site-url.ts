import { withBase } from './routes.ts';

/** Absolute URL of the site root including the base path, e.g. https://x.github.io/iad-atlas/. */
export function siteRootUrl(site: URL | undefined, base: string): string {
  return new URL(withBase(base, ''), site ?? 'http://localhost:4321/').href;
}
