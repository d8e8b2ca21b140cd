/**
 * Temp folders made by the current test file (or bench run), removed when
 * that file (or process) finishes. Only folders this file made are removed,
 * never other atlas-* folders, which a concurrent run may own.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';

const made: string[] = [];
const cleanUp = () => {
  for (const dir of made.splice(0)) rmSync(dir, { recursive: true, force: true });
};

// Benchmarks reuse the build helpers outside vitest, where its hooks throw
// on use (an inherited VITEST variable does not tell the two apart); there
// the folders go when the process exits.
try {
  const { afterAll } = await import('vitest');
  afterAll(cleanUp);
} catch {
  process.on('exit', cleanUp);
}

export function makeTempDir(prefix: string): string {
  const dir = mkdtempSync(path.join(tmpdir(), `${prefix}-`));
  made.push(dir);
  return dir;
}
