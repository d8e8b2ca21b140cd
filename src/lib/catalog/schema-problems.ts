/**
 * Turns zod issues into problems a contributor can act on: the file, the
 * line, the field, what was found there and what to write instead. Special
 * care goes to YAML 1.1 habits that YAML 1.2 (which we parse) reads
 * differently: `no`/`yes` are text, unquoted 2106.08265 is a number.
 */
import type { ZodIssue, ZodTypeAny } from 'zod';
import { formatPath, type Problem } from './problems.ts';
import { closest, didYouMean } from './suggest.ts';
import { lineOf } from './yaml-file.ts';
import { knownKeys, schemaAt, valueAt } from './zod-shape.ts';

type FieldPath = ReadonlyArray<string | number>;

const EXPECTED: Record<string, string> = {
  string: 'text',
  number: 'a number',
  integer: 'a whole number',
  boolean: 'true or false',
  array: 'a list',
  object: 'a mapping of fields',
};
const expectedText = (expected: string) => EXPECTED[expected] ?? expected;

const MAX_SHOWN = 80;

/** A value as the contributor would recognise it, quoted if it is text. */
export function describeValue(value: unknown): string {
  if (typeof value === 'string') return JSON.stringify(value.length > MAX_SHOWN ? `${value.slice(0, MAX_SHOWN)}…` : value);
  if (value === null) return 'an empty value';
  if (Array.isArray(value)) return 'a list';
  if (typeof value === 'object') return 'a mapping of fields';
  return String(value);
}

/** The scalar as written in the file (2106.08260 stays 2106.08260, not 2106.0826). */
function rawScalar(text: string, line: number | undefined, path: FieldPath, value: unknown): string {
  const source = line === undefined ? undefined : text.split(/\r?\n/)[line - 1];
  const last = path[path.length - 1];
  const m = source === undefined ? null : typeof last === 'string' ? new RegExp(`${last}["']?\\s*:\\s*([^\\s#,\\]}]+)`).exec(source) : /^\s*-\s+([^\s#]+)/.exec(source);
  return m && Number(m[1]) === value ? m[1] : String(value);
}

const YAML11_BOOLEANS = /^(y|yes|n|no|on|off)$/i;

function invalidTypeMessage(issue: Extract<ZodIssue, { code: 'invalid_type' }>, found: unknown, raw: () => string): string {
  const expected = issue.message.startsWith('Expected') ? `expected ${expectedText(issue.expected)}` : issue.message;
  if (found === null) return `is empty; ${expected}, or delete the line`;
  const shown = describeValue(found);
  if (issue.expected === 'boolean' && typeof found === 'string') {
    return YAML11_BOOLEANS.test(found) ? `found ${shown}; YAML reads ${found} as text, write true or false` : `found ${shown}; write true or false, without quotes`;
  }
  if (issue.expected === 'string' && (typeof found === 'number' || typeof found === 'boolean')) {
    const text = typeof found === 'number' ? raw() : String(found);
    return `found ${text}, which YAML reads as ${typeof found === 'number' ? 'a number' : 'true/false'}, not text; quote it: "${text}"`;
  }
  if ((issue.expected === 'number' || issue.expected === 'integer') && typeof found === 'string' && found.trim() !== '' && !Number.isNaN(Number(found))) {
    return `found ${shown} (text); ${expected}, so write it without quotes`;
  }
  if (issue.expected === 'array' && typeof found !== 'object') {
    return `found ${shown}; ${expected}: write [${String(found)}] or one "- item" line per entry`;
  }
  return `found ${shown}; ${expected}`;
}

export function zodProblems(file: string, text: string, value: unknown, issues: ZodIssue[], schema: ZodTypeAny): Problem[] {
  // A misspelt required key also shows up as that key missing; the did-you-mean on the misspelling says it all.
  const meant = new Set<string>();
  for (const issue of issues) {
    if (issue.code !== 'unrecognized_keys') continue;
    const known = knownKeys(schema, issue.path);
    for (const key of issue.keys) {
      const hint = closest(key, known);
      if (hint) meant.add(formatPath([...issue.path, hint]));
    }
  }
  return issues.flatMap((issue): Problem[] => {
    if (issue.code === 'unrecognized_keys') {
      const known = knownKeys(schema, issue.path);
      return issue.keys.map((key) => ({
        file,
        line: lineOf(text, [...issue.path, key]),
        field: formatPath([...issue.path, key]),
        message: `unknown field "${key}"${didYouMean(key, known)}; allowed fields: ${known.join(', ')}`,
      }));
    }
    if (issue.code === 'invalid_type' && issue.received === 'undefined' && meant.has(formatPath(issue.path))) return [];
    const line = lineOf(text, issue.path);
    const found = valueAt(value, issue.path);
    let message = issue.message;
    if (issue.code === 'invalid_type' && found === undefined) {
      const fields = issue.expected === 'object' ? knownKeys(schema, issue.path) : [];
      const description = schemaAt(schema, issue.path)?.description;
      const what = description ? description.replace(/\.$/, '') : `expected ${expectedText(issue.expected)}`;
      message = `required field is missing (${what})${fields.length ? `; fields: ${fields.join(', ')}` : ''}`;
    } else if (issue.code === 'invalid_type') {
      message = invalidTypeMessage(issue, found, () => rawScalar(text, line, issue.path, found));
    } else if (issue.code === 'invalid_enum_value') {
      message = `found ${describeValue(issue.received)}; expected one of: ${issue.options.join(', ')}${didYouMean(String(issue.received), issue.options.map(String))}`;
    } else if (found !== undefined && (found === null || typeof found !== 'object') && !message.includes(describeValue(found))) {
      message = `found ${describeValue(found)}; ${message}`;
    }
    return [{ file, line, field: formatPath(issue.path), message }];
  });
}
