/**
 * How a list of problems is shown on a terminal and, under GitHub Actions, as
 * ::error annotations that land on the pull request's diff. Every command that
 * validates data prints through this, so they all read the same.
 */
import { formatAnnotation, formatProblem, sortProblems, type Problem } from './problems.ts';

export interface ProblemReport {
  /** Human-readable lines, for stderr. */
  lines: string[];
  /** Workflow commands, for stdout (GitHub reads them there). */
  annotations: string[];
}

export function problemReport(problems: Problem[], env: { GITHUB_ACTIONS?: string } = process.env): ProblemReport {
  const sorted = sortProblems(problems);
  const files = new Set(sorted.map((p) => p.file)).size;
  return {
    lines: [
      ...sorted.map(formatProblem),
      '',
      `✗ ${sorted.length} problem${sorted.length === 1 ? '' : 's'} in ${files} file${files === 1 ? '' : 's'}. Fix them and run npm run validate again.`,
    ],
    annotations: env.GITHUB_ACTIONS === 'true' ? sorted.map(formatAnnotation) : [],
  };
}

/** Prints the report; `summary: false` drops the lines and keeps only the annotations (the caller said it already). */
export function printProblems(problems: Problem[], { summary = true } = {}): void {
  const report = problemReport(problems);
  if (summary) for (const line of report.lines) console.error(line);
  for (const line of report.annotations) console.log(line);
}
