import { readFileSync } from 'node:fs';
import yaml from 'js-yaml';
import { describe, expect, it } from 'vitest';
import { ENTRY_KINDS, type EntryKind } from '../../src/lib/catalog/schema.ts';
import { SCHEMA_COMMENT } from '../../src/lib/catalog/write-entry.ts';
import { RESULTS_SCHEMA_COMMENT } from '../../src/lib/catalog/write-results.ts';
import { resultTableSchema } from '../../src/lib/catalog/results-schema.ts';
import { SCAFFOLD_FIELDS, SCAFFOLD_KINDS, type ScaffoldKind } from '../../src/lib/contrib/scaffold.ts';

// CONTRIBUTING.md is followed literally by first-time contributors: its
// examples must be valid files and its commands must exist.
const doc = readFileSync('CONTRIBUTING.md', 'utf8');
const blocks = (lang: string) => [...doc.matchAll(new RegExp('```' + lang + '\\n([\\s\\S]*?)```', 'g'))].map((m) => m[1]);

describe('CONTRIBUTING.md', () => {
  it('has a valid example results table, with its editor schema line', () => {
    const results = blocks('yaml').filter((text) => text.startsWith(`${RESULTS_SCHEMA_COMMENT}\n`));
    expect(results).toHaveLength(1);
    const parsed = resultTableSchema.safeParse(yaml.load(results[0], { schema: yaml.CORE_SCHEMA }));
    expect(parsed.success ? [] : parsed.error.issues).toEqual([]);
  });

  it('has a complete, valid example file for each kind, with the editor schema line', () => {
    const examples = blocks('yaml').filter((text) => !text.startsWith(RESULTS_SCHEMA_COMMENT));
    const kinds = examples.map((text) => (Object.entries(SCHEMA_COMMENT).find(([, line]) => text.startsWith(`${line}\n`))?.[0] ?? 'none') as EntryKind);
    expect(kinds.sort()).toEqual(['categories', 'datasets', 'papers']);
    for (const text of examples) {
      const kind = (Object.keys(SCHEMA_COMMENT) as EntryKind[]).find((k) => text.startsWith(SCHEMA_COMMENT[k]))!;
      const result = ENTRY_KINDS[kind].safeParse(yaml.load(text, { schema: yaml.CORE_SCHEMA }));
      expect(result.success ? [] : result.error.issues, kind).toEqual([]);
    }
  });

  it('shows every paper field in the paper example but five (also_published is in the dataset example; more_links and also_at are written by the importer; doi only where a source gives one)', () => {
    const paper = blocks('yaml').find((t) => t.startsWith(SCHEMA_COMMENT.papers))!;
    const fields = Object.keys(yaml.load(paper, { schema: yaml.CORE_SCHEMA }) as object);
    const missing = Object.keys(ENTRY_KINDS.papers.shape).filter((f) => !fields.includes(f));
    expect(missing).toEqual(['doi', 'also_published', 'more_links', 'also_at', 'notes']);
  });

  it('uses only flags that npm run new accepts', () => {
    const commands = blocks('sh').flatMap((block) => block.replace(/\\\n\s*/g, ' ').split('\n')).filter((line) => line.includes('npm run new -- '));
    expect(commands.length).toBeGreaterThanOrEqual(3);
    for (const command of commands) {
      const kind = /npm run new -- (\w+)/.exec(command)![1] as ScaffoldKind;
      expect(Object.keys(SCAFFOLD_KINDS)).toContain(kind);
      const accepted = SCAFFOLD_FIELDS[kind].map((f) => f.flag);
      for (const [, flag] of command.matchAll(/--([a-z][\w-]*)/g)) expect(accepted, `${kind} --${flag}`).toContain(flag);
    }
  });
});
