/**
 * A benchmark section: one file in scripts/bench/sections/ default-exporting
 * one of these. scripts/bench.ts finds sections by file, so adding one needs
 * no change elsewhere; `npm run bench -- <name>` runs just that one.
 */
export interface BenchSection {
  name: string;
  /** One line for `npm run bench -- --list`. */
  description: string;
  run(): Promise<void>;
}
