/**
 * npm run bench [-- <section> ...] [-- --list]
 * Runs the benchmark sections in scripts/bench/sections/ (all, or the named
 * ones) and prints their figures. Benchmarks are scripts, never timed tests:
 * machines are noisy, so the numbers are for people to read and compare.
 */
import { readdirSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { parseArgs } from 'node:util';
import type { BenchSection } from './bench/section.ts';
import { runCli } from './cli.ts';
import { didYouMean } from '../src/lib/catalog/suggest.ts';

const SECTIONS_DIR = path.join(import.meta.dirname, 'bench', 'sections');

async function loadSections(): Promise<BenchSection[]> {
  const files = readdirSync(SECTIONS_DIR).filter((name) => name.endsWith('.ts')).sort();
  const sections = await Promise.all(files.map(async (name) => (await import(pathToFileURL(path.join(SECTIONS_DIR, name)).href)).default as BenchSection));
  return sections;
}

runCli(async () => {
  const { values, positionals } = parseArgs({ options: { list: { type: 'boolean', default: false } }, allowPositionals: true });
  const sections = await loadSections();
  if (values.list) {
    for (const section of sections) console.log(`${section.name.padEnd(12)} ${section.description}`);
    return 0;
  }
  const unknown = positionals.filter((name) => !sections.some((s) => s.name === name));
  const names = sections.map((s) => s.name);
  if (unknown.length) throw new Error(`unknown bench section ${unknown.map((n) => `"${n}"${didYouMean(n, names)}`).join(', ')}; sections: ${names.join(', ')}`);
  const chosen = positionals.length ? sections.filter((s) => positionals.includes(s.name)) : sections;
  // Wall times mean little on a busy machine: the load average says how busy it was (CPU times are steadier).
  const load = os.loadavg()[0];
  console.log(`Node ${process.version}, ${os.cpus().length} × ${os.cpus()[0]?.model ?? 'cpu'}, ${os.platform()}, load average ${load.toFixed(1)}${load > os.cpus().length ? ' (busy: wall times are inflated)' : ''}`);
  const missed: string[] = [];
  for (const section of chosen) {
    console.log(`\n${section.name} — ${section.description}`);
    if ((await section.run()) === false) missed.push(section.name);
  }
  if (missed.length) console.log(`\nbudget missed in: ${missed.join(', ')}`);
  return missed.length ? 1 : 0;
});
