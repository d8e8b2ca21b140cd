/** A single thing wrong with the data, pinned to a file and, where known, a line. */
export interface Problem {
  /** Path relative to the project root, with forward slashes, e.g. data/papers/patchcore.yaml. */
  file: string;
  line?: number;
  /** Dotted field path such as `categories[1]` or `links.paper`; empty for the whole file. */
  field: string;
  message: string;
  /**
   * Absent for an error, which stops the build. A warning is something a
   * person should look at that may still be right, such as a source whose
   * printed average is not the mean of its own per-class values.
   */
  severity?: 'warning';
}

export const isWarning = (problem: Problem) => problem.severity === 'warning';

export function formatPath(path: ReadonlyArray<string | number>): string {
  return path.reduce<string>((out, part) => (typeof part === 'number' ? `${out}[${part}]` : out ? `${out}.${part}` : part), '');
}

/** `data/papers/foo.yaml:12  categories[1]: unknown category "x"` */
export function formatProblem(problem: Problem): string {
  const where = problem.line ? `${problem.file}:${problem.line}` : problem.file;
  const message = isWarning(problem) ? `warning: ${problem.message}` : problem.message;
  return problem.field ? `${where}  ${problem.field}: ${message}` : `${where}  ${message}`;
}

/** GitHub Actions workflow command, so the problem shows on the pull request diff. */
export function formatAnnotation(problem: Problem): string {
  const escapeData = (s: string) => s.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
  const escapeProp = (s: string) => escapeData(s).replace(/:/g, '%3A').replace(/,/g, '%2C');
  const props = [`file=${escapeProp(problem.file)}`];
  if (problem.line) props.push(`line=${problem.line}`);
  const warning = isWarning(problem);
  props.push(`title=${escapeProp(problem.field ? `${warning ? 'Check' : 'Invalid'} ${problem.field}` : warning ? 'Check data file' : 'Invalid data file')}`);
  return `::${warning ? 'warning' : 'error'} ${props.join(',')}::${escapeData(problem.field ? `${problem.field}: ${problem.message}` : problem.message)}`;
}

export function sortProblems(problems: Problem[]): Problem[] {
  return [...problems].sort((a, b) => a.file.localeCompare(b.file) || (a.line ?? 0) - (b.line ?? 0) || a.field.localeCompare(b.field));
}

/** Thrown by getCatalog() so the Astro build stops with every problem listed. */
export class CatalogError extends Error {
  constructor(readonly problems: Problem[]) {
    super(`The catalog has ${problems.length} problem${problems.length === 1 ? '' : 's'}:\n${sortProblems(problems).map(formatProblem).join('\n')}`);
    this.name = 'CatalogError';
  }
}
