/**
 * Reading one YAML data file into plain values, with line numbers for problems.
 *
 * CORE_SCHEMA (YAML 1.2) is used instead of js-yaml's default so that an
 * unquoted 2023-06-01 stays a string instead of becoming a Date; numbers are
 * still numbers, which the zod schema then rejects where a string is expected.
 */
import yaml from 'js-yaml';
import type { Problem } from './problems.ts';

/** Data files are a few hundred bytes; anything this large was pasted by mistake. */
export const MAX_FILE_BYTES = 256 * 1024;

export type ParsedFile = { ok: true; value: unknown; text: string } | { ok: false; problem: Problem };

export function parseYamlFile(file: string, text: string): ParsedFile {
  const bytes = Buffer.byteLength(text, 'utf8');
  if (bytes > MAX_FILE_BYTES) {
    return { ok: false, problem: { file, field: '', message: `file is ${(bytes / 1024 / 1024).toFixed(1)} MB; a data file is expected to be under ${MAX_FILE_BYTES / 1024} KB` } };
  }
  const clean = text.replace(/^\uFEFF/, '');
  let value: unknown;
  try {
    value = yaml.load(clean, { schema: yaml.CORE_SCHEMA, filename: file });
  } catch (error) {
    if (error instanceof yaml.YAMLException) {
      return { ok: false, problem: { file, line: error.mark ? error.mark.line + 1 : undefined, field: '', message: `YAML syntax error: ${error.reason}` } };
    }
    throw error;
  }
  if (value === undefined || value === null) {
    return { ok: false, problem: { file, field: '', message: 'file is empty; expected a YAML mapping of fields' } };
  }
  if (typeof value !== 'object' || Array.isArray(value)) {
    return { ok: false, problem: { file, line: 1, field: '', message: `expected a YAML mapping of fields (key: value), found ${Array.isArray(value) ? 'a list' : `a ${typeof value}`}` } };
  }
  return { ok: true, value, text: clean };
}

const indentOf = (line: string) => line.length - line.trimStart().length;
const isContent = (line: string) => line.trim() !== '' && !line.trimStart().startsWith('#');

/**
 * Best-effort line (1-based) of a field path in a block-style YAML file, such
 * as ['links', 'paper'] or ['categories', 1]. Falls back to the deepest part
 * of the path it could find. Data files are small, so a line scan is cheap and
 * avoids a second, position-tracking parser.
 */
export function lineOf(text: string, path: ReadonlyArray<string | number>): number | undefined {
  const lines = text.split(/\r?\n/);
  let found: number | undefined;
  let start = 0;
  let end = lines.length;
  let parentIndent = -1;
  for (const part of path) {
    let hit = -1;
    if (typeof part === 'string') {
      const key = new RegExp(`^(\\s*(?:- )?)${part.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}\\s*:`);
      for (let i = start; i < end; i++) {
        const m = key.exec(lines[i]);
        if (m && m[1].length > parentIndent) {
          hit = i;
          break;
        }
      }
    } else {
      // Flow lists ([a, b]) sit on the key's own line; block lists have one "- " item per line.
      if (found !== undefined && /:\s*\[/.test(lines[found - 1])) return found;
      let seen = -1;
      let itemIndent = -1;
      for (let i = start; i < end; i++) {
        if (!isContent(lines[i])) continue;
        const m = /^(\s*)- /.exec(lines[i]) ?? /^(\s*)-$/.exec(lines[i]);
        if (!m) continue;
        if (itemIndent === -1) itemIndent = m[1].length;
        if (m[1].length !== itemIndent) continue;
        seen++;
        if (seen === part) {
          hit = i;
          break;
        }
      }
    }
    if (hit === -1) break;
    found = hit + 1;
    parentIndent = indentOf(lines[hit]);
    start = hit + (typeof part === 'string' ? 1 : 0);
    // The block of this node ends at the next line indented no deeper than it.
    end = lines.length;
    for (let i = hit + 1; i < lines.length; i++) {
      if (isContent(lines[i]) && indentOf(lines[i]) <= parentIndent) {
        end = i;
        break;
      }
    }
  }
  return found;
}
