import { execFile } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { expect, it } from 'vitest';
import { makeTempDir } from '../support/temp-dir.ts';

const run = promisify(execFile);

it('test helpers remove the temp folders a test file made once it finishes, and no others', async () => {
  const list = path.join(makeTempDir('atlas-cleanup'), 'dirs.json');
  const bystander = makeTempDir('atlas-data');
  await run(process.execPath, ['node_modules/vitest/vitest.mjs', 'run', '--config', 'tests/fixtures/temp-cleanup/vitest.config.ts'], {
    env: { ...process.env, TEMP_LIST: list },
  }).catch((error) => {
    throw new Error(`child vitest failed:\n${error.stdout}\n${error.stderr}`);
  });
  const dirs: string[] = JSON.parse(readFileSync(list, 'utf8'));
  expect(dirs.map((d) => path.dirname(d))).toEqual([tmpdir(), tmpdir(), tmpdir()]);
  expect(dirs.filter((d) => existsSync(d))).toEqual([]);
  expect(existsSync(bystander)).toBe(true);
});
