/**
 * Builds the real site with `astro build`, so tests can check the HTML a
 * visitor would get.
 *
 * A successful build is kept in node_modules/.cache/, named by a hash of
 * everything it was built from (sources, the data folder's files, base path,
 * site URL, REPO_URL): `npm test` and `npm run test:e2e` then share one build
 * of data/ (warmed by tests/support/global-build.ts before any test file
 * starts), and a test file asking for a site nothing changed in gets the
 * folder it already has. A failed build is never kept.
 */
import { execFile } from 'node:child_process';
import { createHash } from 'node:crypto';
import { cpSync, existsSync, mkdirSync, readFileSync, readdirSync, renameSync, rmSync, statSync } from 'node:fs';
import path from 'node:path';
import { promisify } from 'node:util';
import { makeTempDir } from './temp-dir.ts';

const run = promisify(execFile);
const ROOT = path.resolve(import.meta.dirname, '../..');
const CACHE = path.join(ROOT, 'node_modules/.cache/iad-atlas-builds');
/** Builds kept; older ones are removed (a build of the seed catalog is about 6 MB). */
const KEEP = 12;
/** What a build reads besides its data folder. */
const SOURCES = ['src', 'public', 'astro.config.ts', 'package-lock.json', 'tsconfig.json'];
const inProcess = new Map<string, Promise<string>>();

export interface BuildOptions {
  /** Data folder; defaults to the committed data/. */
  dataDir?: string;
  /** Base path such as '/iad-atlas/'; defaults to '/'. */
  base?: string;
  site?: string;
  /** Build anew into a temp folder of this test file, bypassing the cache (reproducibility checks). */
  fresh?: boolean;
}

/** The one build of the committed data/ that every test reading it shares: under a project-site base path, as deployed. */
export const REAL_SITE = { base: '/iad-atlas/', site: 'https://example.github.io' } as const satisfies BuildOptions;

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

function hashFiles(hash: ReturnType<typeof createHash>, full: string, label: string): void {
  if (!existsSync(full)) {
    hash.update(`${label}\0missing\0`);
    return;
  }
  if (statSync(full).isDirectory()) {
    for (const name of readdirSync(full).sort()) hashFiles(hash, path.join(full, name), `${label}/${name}`);
    return;
  }
  hash.update(label).update('\0').update(readFileSync(full)).update('\0');
}

function buildKey(dataDir: string, base: string, site: string): string {
  const hash = createHash('sha256');
  hash.update(JSON.stringify({ base, site, repo: process.env.REPO_URL ?? '' }));
  for (const source of SOURCES) hashFiles(hash, path.join(ROOT, source), source);
  hashFiles(hash, dataDir, 'data');
  return hash.digest('hex').slice(0, 24);
}

async function astroBuild(dataDir: string, base: string, site: string): Promise<string> {
  const outDir = makeTempDir('atlas-dist');
  try {
    await run(process.execPath, [path.join(ROOT, 'node_modules/astro/astro.js'), 'build', '--outDir', outDir], {
      cwd: ROOT,
      env: { ...inheritedEnv(), ATLAS_DATA_DIR: dataDir, BASE_PATH: base, SITE_URL: site, ASTRO_TELEMETRY_DISABLED: '1' },
      maxBuffer: 64 * 1024 * 1024,
    });
  } catch (error) {
    throw Object.assign(error as Error, { outDir });
  }
  return outDir;
}

/** Moves a finished build into the cache; a concurrent run that got there first wins. */
function keep(outDir: string, key: string): string {
  const target = path.join(CACHE, key);
  mkdirSync(CACHE, { recursive: true });
  const staging = `${target}.${process.pid}.tmp`;
  cpSync(outDir, staging, { recursive: true });
  try {
    renameSync(staging, target);
  } catch {
    rmSync(staging, { recursive: true, force: true });
  }
  const builds = readdirSync(CACHE)
    .filter((name) => !name.endsWith('.tmp'))
    .map((name) => ({ name, time: statSync(path.join(CACHE, name)).mtimeMs }))
    .sort((a, b) => b.time - a.time);
  for (const old of builds.slice(KEEP)) rmSync(path.join(CACHE, old.name), { recursive: true, force: true });
  return target;
}

/** Runs astro build (or finds the same build already made) and resolves to the output folder. Rejects with stdout/stderr on failure. */
export function buildSite({ dataDir = path.join(ROOT, 'data'), base = '/', site = 'http://localhost:4321', fresh = false }: BuildOptions = {}): Promise<string> {
  const data = path.resolve(dataDir);
  if (fresh) return astroBuild(data, base, site);
  const key = buildKey(data, base, site);
  let pending = inProcess.get(key);
  if (!pending) {
    const cached = path.join(CACHE, key);
    pending = existsSync(cached) ? Promise.resolve(cached) : astroBuild(data, base, site).then((outDir) => keep(outDir, key));
    inProcess.set(key, pending);
  }
  return pending;
}
