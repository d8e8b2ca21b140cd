/**
 * A benchmark section: one file in scripts/bench/sections/ default-exporting
 * one of these. scripts/bench.ts finds sections by file, so adding one needs
 * no change elsewhere; `npm run bench -- <name>` runs just that one.
 */
export interface BenchSection {
  name: string;
  /** One line for `npm run bench -- --list`. */
  description: string;
  /**
   * Prints the section's figures. A section with a hard budget (such as
   * Lighthouse's 100s) resolves to false when it misses it, and the bench run
   * then exits 1; figures without a verdict resolve to nothing.
   */
  run(): Promise<void | boolean>;
}
