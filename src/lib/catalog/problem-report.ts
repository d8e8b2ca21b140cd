/**
 * How a list of problems is shown on a terminal and, under GitHub Actions, as
 * ::error / ::warning annotations that land on the pull request's diff. Every
 * command that validates data prints through this, so they all read the same.
 */
import { formatAnnotation, formatProblem, sortProblems, type Problem } from './problems.ts';

export interface ProblemReport {
  /** Human-readable lines, for stderr. */
  lines: string[];
  /** Workflow commands, for stdout (GitHub reads them there). */
  annotations: string[];
}

const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? '' : 's'}`;

export function problemReport(problems: Problem[], env: { GITHUB_ACTIONS?: string } = process.env): ProblemReport {
  const sorted = sortProblems(problems);
  const files = new Set(sorted.map((p) => p.file)).size;
  return {
    lines: [...sorted.map(formatProblem), '', `✗ ${plural(sorted.length, 'problem')} in ${plural(files, 'file')}. Fix them and run npm run validate again.`],
    annotations: env.GITHUB_ACTIONS === 'true' ? sorted.map(formatAnnotation) : [],
  };
}

/** Warnings do not fail a command; they are listed after a heading that says so. */
export function warningReport(warnings: Problem[], env: { GITHUB_ACTIONS?: string } = process.env): ProblemReport {
  if (!warnings.length) return { lines: [], annotations: [] };
  const sorted = sortProblems(warnings);
  return {
    lines: [`⚠ ${plural(sorted.length, 'warning')}: worth a look, but not errors`, ...sorted.map(formatProblem)],
    annotations: env.GITHUB_ACTIONS === 'true' ? sorted.map(formatAnnotation) : [],
  };
}

function print(report: ProblemReport, summary: boolean): void {
  if (summary) for (const line of report.lines) console.error(line);
  for (const line of report.annotations) console.log(line);
}

/** Prints the report; `summary: false` drops the lines and keeps only the annotations (the caller said it already). */
export function printProblems(problems: Problem[], { summary = true } = {}): void {
  print(problemReport(problems), summary);
}

export function printWarnings(warnings: Problem[]): void {
  print(warningReport(warnings), true);
}
