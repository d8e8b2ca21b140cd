/**
 * Validates data/ before `astro build` compiles or renders anything, so bad
 * data stops the build with the same list `npm run validate` prints — before
 * any page is written, and without a stack trace (the problem is in the data,
 * not the code). Pages still call getCatalog(), which throws the same
 * CatalogError if they are rendered some other way (astro dev).
 */
import type { AstroIntegration } from 'astro';
import { catalogLoads, getCatalog } from '../lib/catalog/load.ts';
import { CatalogError } from '../lib/catalog/problems.ts';

export function validateData(): AstroIntegration {
  return {
    name: 'iad-atlas:validate-data',
    hooks: {
      'astro:config:setup': ({ command, logger }) => {
        if (command !== 'build') return;
        try {
          getCatalog();
        } catch (error) {
          if (!(error instanceof CatalogError)) throw error;
          logger.error(error.message);
          const stop = new Error('Build stopped: fix the data problems listed above (npm run validate lists them too).');
          stop.stack = stop.message;
          throw stop;
        }
      },
      // The pages share the catalog the check above loaded; say so, so a second load would show.
      'astro:build:done': ({ logger }) => {
        logger.info(`catalog loaded ${catalogLoads()} time(s) for this build`);
      },
    },
  };
}
