/**
 * npm run new -- paper|dataset|category [--title … --url … --year … --category … …]
 * Writes one valid data file. Missing flags are asked for when a terminal is
 * attached; otherwise (CI, pipes) the command fails listing them.
 */
import path from 'node:path';
import { parseArgs } from 'node:util';
import { createInterface } from 'node:readline';
import { loadForScaffold, missingFlags, promptForMissing, scaffold, ScaffoldError, SCAFFOLD_FIELDS, SCAFFOLD_KINDS, type Answers, type ScaffoldKind } from '../src/lib/contrib/scaffold.ts';
import { printProblems } from '../src/lib/catalog/problem-report.ts';
import type { Catalog } from '../src/lib/catalog/catalog.ts';
import { runCli } from './cli.ts';

const usage = (kind?: ScaffoldKind) =>
  (kind ? [kind] : (Object.keys(SCAFFOLD_KINDS) as ScaffoldKind[]))
    .map((k) => `npm run new -- ${k} ${SCAFFOLD_FIELDS[k].map((f) => (f.required ? `--${f.flag} …` : `[--${f.flag} …]`)).join(' ')}`)
    .join('\n');

runCli(async () => {
  const kind = process.argv[2] as ScaffoldKind;
  if (!(kind in SCAFFOLD_KINDS)) {
    console.error(`usage:\n${usage()}`);
    return 2;
  }
  const options = Object.fromEntries(
    [...new Set(Object.values(SCAFFOLD_FIELDS).flat().map((f) => f.flag))].map((flag) => [flag, { type: 'string' as const, multiple: true }]),
  );
  const { values } = parseArgs({ args: process.argv.slice(3), options: { ...options, data: { type: 'string' } } });
  const known = new Set(SCAFFOLD_FIELDS[kind].map((f) => f.flag));
  const stray = Object.keys(values).filter((k) => k !== 'data' && !known.has(k));
  if (stray.length) throw new Error(`${stray.map((s) => `--${s}`).join(', ')} does not apply to a ${kind}; usage:\n${usage(kind)}`);
  const answers: Answers = Object.fromEntries(Object.entries(values).filter(([k]) => k !== 'data'));
  const root = process.cwd();
  const dataDir = path.resolve(values.data ?? 'data');

  try {
    let catalog: Catalog | undefined;
    if (process.stdin.isTTY) {
      const rl = createInterface({ input: process.stdin, output: process.stdout });
      // Lines are read through the iterator, which buffers them, so answers pasted in one go are not lost.
      const lines = rl[Symbol.asyncIterator]();
      const question = async (prompt: string) => {
        rl.setPrompt(prompt);
        rl.prompt();
        const next = await lines.next();
        if (next.done) throw new Error('input ended before every answer was given');
        return next.value;
      };
      try {
        catalog = loadForScaffold(dataDir, root);
        await promptForMissing(kind, answers, catalog, question, (line) => console.log(line));
      } finally {
        rl.close();
      }
    } else {
      const missing = missingFlags(kind, answers);
      if (missing.length) {
        console.error(`✗ missing ${missing.join(', ')} (no terminal to ask in)\nusage:\n${usage(kind)}`);
        return 1;
      }
    }
    const result = scaffold({ kind, answers, dataDir, root, catalog });
    console.log(`✓ wrote ${result.file}`);
    if (!result.validation.ok) {
      printProblems(result.validation.problems);
      return 1;
    }
    if (result.regenerated.length) console.log(`✓ updated ${result.regenerated.join(', ')}`);
    console.log(`✓ npm run validate passes. Review ${result.file}, then commit it${result.regenerated.length ? ' with the updated files' : ''}.`);
    return 0;
  } catch (error) {
    if (!(error instanceof ScaffoldError)) throw error;
    if (error.problems.length) printProblems(error.problems);
    for (const issue of error.issues) console.error(`✗ ${issue}`);
    return 1;
  }
});
