/**
 * Reading one YAML data file into plain values, with line numbers for problems.
 *
 * CORE_SCHEMA (YAML 1.2) is used instead of js-yaml's default so that an
 * unquoted 2023-06-01 stays a string instead of becoming a Date; numbers are
 * still numbers, which the zod schema then rejects where a string is expected.
 */
import { closeSync, fstatSync, openSync, readSync } from 'node:fs';
import yaml from 'js-yaml';
import type { Problem } from './problems.ts';

/** Data files are a few hundred bytes; anything this large was pasted by mistake. */
export const MAX_FILE_BYTES = 256 * 1024;

export type ParsedFile = { ok: true; value: unknown; text: string } | { ok: false; problem: Problem };
export type ReadFile = { ok: true; text: string } | { ok: false; problem: Problem };

const utf8 = new TextDecoder('utf-8', { fatal: true });
/** One read buffer for every file: loading 10,000 files allocates no buffer per file. */
const buffer = Buffer.alloc(MAX_FILE_BYTES);

const sizeProblem = (file: string, bytes: number): Problem => ({
  file,
  field: '',
  message: `file is ${bytes >= 1024 * 1024 ? `${(bytes / 1024 / 1024).toFixed(1)} MB` : `${Math.ceil(bytes / 1024)} KB`}; a data file is expected to be under ${MAX_FILE_BYTES / 1024} KB`,
});

/**
 * Reads a data file as UTF-8 text. The size is checked on the open file
 * before reading, so a huge file is rejected without being loaded; unreadable
 * files and other encodings become problems, not exceptions.
 */
export function readDataFile(full: string, file: string): ReadFile {
  let fd: number | undefined;
  try {
    fd = openSync(full, 'r');
    const { size } = fstatSync(fd);
    if (size > MAX_FILE_BYTES) return { ok: false, problem: sizeProblem(file, size) };
    let length = 0;
    for (let n = -1; n !== 0 && length < size; length += n) n = readSync(fd, buffer, length, size - length, length);
    const bytes = buffer.subarray(0, length);
    const text = bytes.toString('utf8');
    // toString replaces bad bytes with U+FFFD; only then is the strict (slower) decoder needed to tell.
    if (text.includes('\uFFFD')) utf8.decode(bytes);
    return { ok: true, text };
  } catch (error) {
    if (error instanceof TypeError) return { ok: false, problem: { file, field: '', message: 'file is not valid UTF-8 text; save it as UTF-8' } };
    const code = (error as NodeJS.ErrnoException).code;
    return { ok: false, problem: { file, field: '', message: `cannot read the file (${code ?? String(error)})` } };
  } finally {
    if (fd !== undefined) closeSync(fd);
  }
}

export function parseYamlFile(file: string, text: string): ParsedFile {
  const bytes = Buffer.byteLength(text, 'utf8');
  if (bytes > MAX_FILE_BYTES) return { ok: false, problem: sizeProblem(file, bytes) };
  const clean = text.replace(/^\uFEFF/, '');
  let value: unknown;
  let anchorLine: number | undefined;
  // Anchors let a few lines expand into a huge value (an "alias bomb"), and no
  // entry needs them; only files that contain "&" pay for watching for them.
  const listener: yaml.LoadOptions['listener'] = clean.includes('&')
    ? (event, state) => {
        if (event === 'close' && anchorLine === undefined && (state as unknown as { anchor: string | null }).anchor !== null) anchorLine = state.line + 1;
      }
    : undefined;
  try {
    value = yaml.load(clean, { schema: yaml.CORE_SCHEMA, filename: file, listener });
  } catch (error) {
    if (error instanceof yaml.YAMLException) return { ok: false, problem: syntaxProblem(file, clean, error) };
    return { ok: false, problem: { file, field: '', message: `cannot parse the file (${error instanceof Error ? error.message : String(error)})` } };
  }
  if (anchorLine !== undefined) {
    return { ok: false, problem: { file, line: anchorLine, field: '', message: 'YAML anchors and aliases (&name, *name) are not used in data files; write each value out' } };
  }
  if (value === undefined || value === null) {
    return { ok: false, problem: { file, field: '', message: 'file is empty; expected a YAML mapping of fields' } };
  }
  if (typeof value !== 'object' || Array.isArray(value)) {
    return { ok: false, problem: { file, line: 1, field: '', message: `expected a YAML mapping of fields (key: value), found ${Array.isArray(value) ? 'a list' : `a ${typeof value}`}` } };
  }
  return { ok: true, value, text: clean };
}

function syntaxProblem(file: string, text: string, error: yaml.YAMLException): Problem {
  const line = error.mark ? error.mark.line + 1 : undefined;
  if (error.reason === 'duplicated mapping key' && line !== undefined) {
    const key = /^\s*(?:-\s+)?["']?([^"':#]+?)["']?\s*:/.exec(text.split(/\r?\n/)[line - 1] ?? '')?.[1];
    if (key) return { file, line, field: key, message: 'given twice in the same mapping; keep one' };
  }
  // The parser notices an unclosed [ or { only where the next entry starts.
  const hint = /flow (collection|mapping)|unexpected end of the stream within a flow/.test(error.reason) ? ' (is a [ or { on an earlier line left unclosed?)' : '';
  return { file, line, field: '', message: `YAML syntax error: ${error.reason}${hint}` };
}

const indentOf = (line: string) => line.length - line.trimStart().length;
const isContent = (line: string) => {
  const t = line.trim();
  return t !== '' && !t.startsWith('#') && t !== '---' && t !== '...';
};
const DASH = /^-(?:\s|$)/;

/**
 * A block node: lines [from, to), whose entries sit at column `col`. On line
 * `from` the node may start mid-line, after a list item's "- ".
 */
interface Block {
  from: number;
  to: number;
  col: number;
}

/** What follows the indicator at `pos` on a line, without a trailing comment. */
const restAfter = (line: string, pos: number) => line.slice(pos).replace(/(^|\s)#.*$/, '').trim();

/**
 * The block nested under a key or item on line `at` whose own entries are at
 * `col`; undefined when the value sits on the same line (scalar, flow list or
 * map) or is empty.
 */
function childBlock(lines: string[], at: number, col: number, limit: number): Block | undefined {
  let from = at + 1;
  while (from < limit && !isContent(lines[from])) from++;
  if (from >= limit) return undefined;
  const childCol = indentOf(lines[from]);
  const isSequence = DASH.test(lines[from].trimStart());
  // A block list may sit at its key's own indent ("key:\n- a"); a map must be deeper.
  if (childCol < col || (childCol === col && !isSequence)) return undefined;
  let to = from + 1;
  for (; to < limit; to++) {
    if (!isContent(lines[to])) continue;
    const indent = indentOf(lines[to]);
    if (indent < childCol || (indent === childCol && isSequence && !DASH.test(lines[to].trimStart()))) break;
  }
  return { from, to, col: childCol };
}

/** Column of the text of line i in block b (after "- " on the block's first line). */
const entryCol = (lines: string[], b: Block, i: number) => (i === b.from ? b.col : indentOf(lines[i]));

/**
 * Line (1-based) of a field path in a YAML data file, such as ['links',
 * 'paper'], ['categories', 1] or ['also_published', 0, 'year']. Understands
 * nested maps, block lists (indented or not), lists of maps and flow
 * collections ([a, b] / { k: v }, reported at the line they start on). Falls
 * back to the deepest part of the path it could find, or undefined. Only
 * called for problems, so it can afford a scan of the file.
 */
export function lineOf(text: string, path: ReadonlyArray<string | number>): number | undefined {
  const lines = text.replace(/^\uFEFF/, '').split(/\r?\n/);
  let first = 0;
  while (first < lines.length && !isContent(lines[first])) first++;
  if (first === lines.length) return undefined;
  let block: Block | undefined = { from: first, to: lines.length, col: indentOf(lines[first]) };
  let found: number | undefined;
  for (const part of path) {
    if (!block) break;
    const b: Block = block;
    let hit = -1;
    let valueCol = -1;
    if (typeof part === 'string') {
      const escaped = part.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
      const key = new RegExp(`^(?:${escaped}|"${escaped}"|'${escaped}')\\s*:(?:\\s|$)`);
      for (let i = b.from; i < b.to && hit === -1; i++) {
        if (!isContent(lines[i]) || entryCol(lines, b, i) !== b.col) continue;
        const m = key.exec(lines[i].slice(b.col));
        if (m) {
          hit = i;
          valueCol = b.col + m[0].length;
        }
      }
    } else {
      let seen = -1;
      for (let i = b.from; i < b.to && hit === -1; i++) {
        if (!isContent(lines[i]) || entryCol(lines, b, i) !== b.col || !DASH.test(lines[i].slice(b.col))) continue;
        if (++seen === part) {
          hit = i;
          valueCol = b.col + 1;
        }
      }
    }
    if (hit === -1) break;
    found = hit + 1;
    const rest = restAfter(lines[hit], valueCol);
    if (rest === '' || rest === '|' || rest === '>' || /^[|>][-+0-9]*$/.test(rest)) {
      // The value is a nested block on the following lines (or a block scalar, which has no children).
      block = childBlock(lines, hit, typeof part === 'string' ? b.col : b.col + 1, b.to);
    } else if (typeof part === 'number') {
      // "- key: value": the item is a map whose first entry is on this line.
      const start = lines[hit].length - lines[hit].slice(valueCol).trimStart().length;
      let to = hit + 1;
      while (to < b.to && !(isContent(lines[to]) && indentOf(lines[to]) <= b.col)) to++;
      block = { from: hit, to, col: start };
    } else {
      // A scalar or a flow collection on the key's line: nothing deeper to find.
      block = undefined;
    }
  }
  return found;
}
