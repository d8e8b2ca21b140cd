/**
 * `npm run validate` as a contributor and CI run it: a real process on real
 * fixture folders. Exit codes, what goes to stdout and stderr, no stack
 * traces, and GitHub Actions annotations.
 */
import { cpSync, mkdirSync, symlinkSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadCatalog } from '../../src/lib/catalog/load.ts';
import { formatAnnotation, formatProblem, sortProblems } from '../../src/lib/catalog/problems.ts';
import { makeTempDir } from '../support/temp-dir.ts';
import { runScript, type ScriptRun } from '../support/run-script.ts';

const ROOT = path.resolve(import.meta.dirname, '../..');
const FIXTURES = path.join(ROOT, 'tests/fixtures/loader');

/** Runs scripts/validate.ts in `cwd` with the given arguments; GITHUB_ACTIONS only when asked for. */
function validate(args: string[], { cwd = ROOT, github = false } = {}): Promise<ScriptRun> {
  return runScript('validate.ts', args, { cwd, env: { ...process.env, GITHUB_ACTIONS: github ? 'true' : '' } });
}

const lines = (text: string) => text.split('\n').filter((line) => line !== '');
const stackLines = (text: string) => text.split('\n').filter((line) => /^\s+at /.test(line));

const tempDir = () => makeTempDir('atlas-validate');

describe('npm run validate', () => {
  it('exits 0 with a one-line summary on valid data', async () => {
    const result = await validate(['--data', path.join(FIXTURES, 'good/data')]);
    expect(result).toEqual({ code: 0, stdout: '✓ 4 papers (2 with code), 2 datasets, 6 categories, 5 venues — all valid\n', stderr: '' });
  });

  it('exits 1 and lists every problem, one per line, then a count', async () => {
    const dataDir = path.join(FIXTURES, 'references/data');
    const result = await validate(['--data', dataDir]);
    const loaded = loadCatalog({ dataDir, root: ROOT });
    const expected = loaded.ok ? [] : sortProblems(loaded.problems).map(formatProblem);
    expect(expected).toHaveLength(11);
    expect(result.code).toBe(1);
    expect(result.stdout).toBe('');
    expect(lines(result.stderr)).toEqual([...expected, '✗ 11 problems in 7 files. Fix them and run npm run validate again.']);
    expect(result.stderr).toContain('tests/fixtures/loader/references/data/papers/foo.yaml:12  categories[1]: unknown category "memorybank" (did you mean "memory-bank"?)\n');
  });

  it('reports unreadable files and stray folders without a stack trace', async () => {
    const dataDir = path.join(tempDir(), 'data');
    cpSync(path.join(FIXTURES, 'syntax/data'), dataDir, { recursive: true });
    symlinkSync(path.join(dataDir, 'nowhere.yaml'), path.join(dataDir, 'papers', 'dangling.yaml'));
    mkdirSync(path.join(dataDir, 'datasets', 'folder.yaml'));
    const result = await validate(['--data', 'data'], { cwd: path.dirname(dataDir) });
    expect(result.code).toBe(1);
    expect(stackLines(result.stderr)).toEqual([]);
    expect(lines(result.stderr)).toContain('data/papers/dangling.yaml  cannot read the file (ENOENT)');
    expect(lines(result.stderr)).toContain('data/datasets/folder.yaml  cannot read the file (EISDIR)');
    expect(lines(result.stderr)).toContain('data/papers/latin1.yaml  file is not valid UTF-8 text; save it as UTF-8');
    expect(lines(result.stderr).at(-1)).toBe('✗ 12 problems in 12 files. Fix them and run npm run validate again.');
  });

  it('reports a missing data folder in one line, without a stack trace', async () => {
    const result = await validate(['--data', 'no-such-folder'], { cwd: tempDir() });
    expect(result.code).toBe(1);
    expect(stackLines(result.stderr)).toEqual([]);
    expect(lines(result.stderr)).toEqual([
      'no-such-folder  data folder not found; expected a folder with venues.yaml, categories/, papers/ and datasets/',
      '✗ 1 problem in 1 file. Fix them and run npm run validate again.',
    ]);
  });

  it('rejects an unknown option in one line, without a stack trace', async () => {
    const result = await validate(['--dta', 'data']);
    expect(result.code).toBe(2);
    expect(stackLines(result.stderr)).toEqual([]);
    expect(lines(result.stderr)).toHaveLength(1);
    expect(result.stderr).toMatch(/^error: .*--dta/);
  });

  it('prints GitHub Actions annotations with file, line and title, escaped', async () => {
    const dataDir = path.join(tempDir(), 'data');
    cpSync(path.join(FIXTURES, 'good/data'), dataDir, { recursive: true });
    // A file name with "," and ":" (property separators) and a message with "%" (the escape character).
    writeFileSync(
      path.join(dataDir, 'papers', 'odd,name:here.yaml'),
      'id: odd-name\ntitle: An Oddly Named File\nyear: 2022\nvenue: 100% Vision\nlinks:\n  paper: https://example.org/odd\ncategories: [memory-bank]\n',
    );
    const result = await validate(['--data', 'data'], { cwd: path.dirname(dataDir), github: true });
    expect(result.code).toBe(1);
    expect(lines(result.stdout)).toEqual([
      '::error file=data/papers/odd%2Cname%3Ahere.yaml,line=1,title=Invalid id::id: id "odd-name" does not match the file name; rename the file to odd-name.yaml',
      '::error file=data/papers/odd%2Cname%3Ahere.yaml,line=4,title=Invalid venue::venue: unknown venue "100%25 Vision"; use a name from data/venues.yaml or add the venue there',
    ]);
    // The human-readable list still goes to stderr.
    expect(lines(result.stderr)).toContain('data/papers/odd,name:here.yaml:4  venue: unknown venue "100% Vision"; use a name from data/venues.yaml or add the venue there');
  });

  it('prints no annotations outside GitHub Actions', async () => {
    const result = await validate(['--data', path.join(FIXTURES, 'duplicates/data')]);
    expect(result.code).toBe(1);
    expect(result.stdout).toBe('');
  });
});

describe('formatAnnotation', () => {
  it('escapes line breaks in the message and leaves out an unknown line', () => {
    expect(formatAnnotation({ file: 'data/papers/a.yaml', field: '', message: 'first\r\nsecond 50%' })).toBe(
      '::error file=data/papers/a.yaml,title=Invalid data file::first%0D%0Asecond 50%25',
    );
  });
});
