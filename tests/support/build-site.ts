/**
 * Builds the real site with `astro build` into a folder of its own, so tests
 * can check the HTML a visitor would get. Builds are cached per (data, base)
 * within one test file, and removed when it finishes.
 */
import { execFile } from 'node:child_process';
import path from 'node:path';
import { promisify } from 'node:util';
import { makeTempDir } from './temp-dir.ts';

const run = promisify(execFile);
const ROOT = path.resolve(import.meta.dirname, '../..');
const cache = new Map<string, Promise<string>>();

export interface BuildOptions {
  /** Data folder; defaults to the committed data/. */
  dataDir?: string;
  /** Base path such as '/iad-atlas/'; defaults to '/'. */
  base?: string;
  site?: string;
}

export interface BuildFailure extends Error {
  stdout: string;
  stderr: string;
  code: number;
  /** The folder the build was told to write to, so tests can check that it holds no partial site. */
  outDir: string;
}

/**
 * The environment minus what vitest puts into process.env from its own Vite
 * config (BASE_URL='/' and friends): a child Astro build would read those and
 * ignore BASE_PATH in import.meta.env.BASE_URL.
 */
function inheritedEnv(): NodeJS.ProcessEnv {
  const env = { ...process.env };
  for (const key of ['BASE_URL', 'MODE', 'DEV', 'PROD', 'SSR']) delete env[key];
  return env;
}

/** Runs astro build and resolves to the output folder. Rejects with stdout/stderr on failure. */
export function buildSite({ dataDir = path.join(ROOT, 'data'), base = '/', site = 'http://localhost:4321' }: BuildOptions = {}): Promise<string> {
  const key = `${path.resolve(dataDir)}|${base}|${site}`;
  let pending = cache.get(key);
  if (!pending) {
    const outDir = makeTempDir('atlas-dist');
    pending = run(process.execPath, [path.join(ROOT, 'node_modules/astro/astro.js'), 'build', '--outDir', outDir], {
      cwd: ROOT,
      env: { ...inheritedEnv(), ATLAS_DATA_DIR: path.resolve(dataDir), BASE_PATH: base, SITE_URL: site, ASTRO_TELEMETRY_DISABLED: '1' },
      maxBuffer: 64 * 1024 * 1024,
    }).then(
      () => outDir,
      (error: Error) => {
        throw Object.assign(error, { outDir });
      },
    );
    cache.set(key, pending);
  }
  return pending;
}
