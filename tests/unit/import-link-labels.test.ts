/**
 * The 2026 list's link labels through the whole importer: a small hand-written
 * README (tests/fixtures/import/link-labels.md) in, YAML files out. Checks that
 * every label lands as a link of its kind, a canonical venue or a note, and
 * that none is taken for a venue it is not.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import yaml from 'js-yaml';
import { beforeAll, describe, expect, it } from 'vitest';
import { importAwesomeList, type ImportReport } from '../../src/lib/import/index.ts';
import { loadCatalog } from '../../src/lib/catalog/load.ts';
import { makeDataDir } from '../support/temp-data.ts';

const MARKDOWN = readFileSync(path.resolve('tests/fixtures/import/link-labels.md'), 'utf8');

describe('importing the 2026 list’s link labels', () => {
  let dataDir: string;
  let report: ImportReport;
  const paper = (id: string) => yaml.load(readFileSync(path.join(dataDir, 'papers', `${id}.yaml`), 'utf8'), { schema: yaml.CORE_SCHEMA }) as Record<string, any>;

  beforeAll(() => {
    dataDir = makeDataDir();
    report = importAwesomeList({ markdown: MARKDOWN, dataDir, added: '2026-08-21' });
  });

  it('writes files the loader accepts, and takes no link label for a venue', () => {
    const result = loadCatalog({ dataDir });
    expect(result.ok ? [] : result.problems).toEqual([]);
    expect(report.warnings.filter((n) => /unknown venue/.test(n.message))).toEqual([]);
  });

  it('keeps where an unofficial implementation lives with the one link it describes, and the second implementation too', () => {
    expect(paper('iota')).toMatchObject({ links: { unofficial_code: 'https://github.com/example/iota-a' }, notes: ['unofficial code in AnomalyCLIP'] });
    expect(paper('iota').more_links).toEqual([{ kind: 'unofficial_code', url: 'https://github.com/example/iota-b' }]);
  });

  it('files a workshop paper under its conference’s workshops, naming the workshop in a note', () => {
    expect(paper('kappa')).toMatchObject({ venue: 'CVPRW', year: 2025, links: { code: 'https://github.com/example/kappa' }, notes: ['VAND 3.0 workshop', 'code coming soon'] });
    expect(paper('lambda')).toMatchObject({ venue: 'CVPRW', year: 2026, notes: ['Findings workshop', 'write-up in Chinese'] });
    expect(paper('omicron')).toMatchObject({ venue: 'CVPRW', year: 2025, links: { data: 'https://github.com/example/omicron' }, notes: ['VAND workshop', 'data: Omicron Set'] });
  });

  it('writes project pages, write-ups, videos, demos and model weights as links of their own kind', () => {
    expect(paper('lambda').links).toEqual({
      paper: 'https://arxiv.org/abs/2507.00013',
      project: 'https://github.com/example/lambda',
      writeup: 'https://blog.example.org/lambda',
      video: 'https://video.example.org/lambda',
    });
    expect(paper('mu').links).toMatchObject({ model: 'https://huggingface.co/example/mu', demo: 'https://huggingface.co/spaces/example/mu' });
  });

  it('reads glued and two-digit years, and records a tagged version on arXiv as another version', () => {
    expect(paper('mu')).toMatchObject({ venue: 'ECCV', year: 2024, also_published: [{ venue: 'arXiv', year: 2025, url: 'https://arxiv.org/abs/2511.00015' }], notes: ['v2 (arXiv 2025)'] });
    expect(paper('nu')).toMatchObject({ venue: 'KDD', year: 2025, links: { data: 'https://zenodo.org/records/17' }, notes: ['data split', 'code coming soon'] });
    expect(paper('nu').links.code).toBeUndefined();
    expect(report.warnings.find((n) => n.line === 8)?.message).toBe('[code coming soon] has an empty link; left out, its note "code coming soon" kept');
  });

  it('takes a [[paper]] link for the paper when nothing else links it, and for another address of it after a venue link', () => {
    expect(paper('xi')).toMatchObject({ year: 2025, links: { paper: 'https://arxiv.org/abs/2510.00018', code: 'https://github.com/example/xi' } });
    expect(paper('xi').venue).toBeUndefined();
    expect(paper('pi')).toMatchObject({
      venue: 'CVPRW',
      year: 2025,
      links: { paper: 'https://example.org/pi-challenge' },
      also_at: ['https://arxiv.org/abs/2503.00019'],
      arxiv: '2503.00019',
      notes: ['challenge'],
    });
    expect(paper('pi').also_published).toBeUndefined();
  });

  it('maps journal spellings to their canonical names, and keeps an untagged arXiv link after them as the same paper elsewhere', () => {
    expect(paper('rho')).toMatchObject({
      venue: 'TASE',
      year: 2024,
      also_published: [{ venue: 'JIM', year: 2025, url: 'https://example.org/rho-journal' }],
      also_at: ['https://arxiv.org/abs/2406.00020'],
    });
  });
});
