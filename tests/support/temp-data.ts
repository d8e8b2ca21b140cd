/**
 * A throwaway project root for tests that write data: the real taxonomy and
 * venue list (so ids like memory-bank and venues like CVPR exist), plus a few
 * fixture entries written through serializeEntry. Never touches data/; the
 * folders go when the test file finishes (tests/support/temp-dir.ts).
 */
import { cpSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { makeTempDir } from './temp-dir.ts';
import { serializeEntry } from '../../src/lib/catalog/write-entry.ts';
import type { EntryKind } from '../../src/lib/catalog/schema.ts';

export interface TempProject {
  root: string;
  dataDir: string;
  write(kind: EntryKind, entry: Record<string, unknown> & { id: string }): string;
  cleanup(): void;
}

export const FIXTURE_PAPER = {
  id: 'fixture-net',
  title: 'FixtureNet: Total Recall for Unit Tests',
  method: 'FixtureNet',
  year: 2022,
  venue: 'CVPR',
  links: { paper: 'https://arxiv.org/abs/2106.08265', code: 'https://github.com/example/fixture-net' },
  categories: ['memory-bank'],
};

export const FIXTURE_DATASET = {
  id: 'fixture-ad',
  name: 'Fixture AD',
  year: 2019,
  paper: { title: 'Fixture AD: A Dataset for Tests', venue: 'CVPR', year: 2019, url: 'https://example.org/fixture-ad.pdf' },
  links: { data: 'https://example.org/fixture-ad' },
};

function copyReferenceData(dataDir: string) {
  cpSync(path.resolve('data/categories'), path.join(dataDir, 'categories'), { recursive: true });
  cpSync(path.resolve('data/venues.yaml'), path.join(dataDir, 'venues.yaml'));
}

export function tempProject({ fixtures = true } = {}): TempProject {
  const root = makeTempDir('atlas-contrib');
  const dataDir = path.join(root, 'data');
  mkdirSync(path.join(dataDir, 'papers'), { recursive: true });
  mkdirSync(path.join(dataDir, 'datasets'), { recursive: true });
  copyReferenceData(dataDir);
  const write: TempProject['write'] = (kind, entry) => {
    const file = path.join(dataDir, kind, `${entry.id}.yaml`);
    writeFileSync(file, serializeEntry(kind, entry));
    return file;
  };
  if (fixtures) {
    write('papers', FIXTURE_PAPER);
    write('datasets', FIXTURE_DATASET);
  }
  return { root, dataDir, write, cleanup: () => rmSync(root, { recursive: true, force: true }) };
}

/** A data folder with the real taxonomy and venues and no entries, for the importer. */
export function makeDataDir(): string {
  const dir = makeTempDir('atlas-data');
  copyReferenceData(dir);
  return dir;
}
