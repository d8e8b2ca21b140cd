/**
 * Reads a BibTeX file into what `enrich` needs: per entry its title, author
 * names as a person writes them ("Bernhard Schölkopf"), arXiv id, DOI, and
 * where the entry was copied from. Parsing is @retorquere/bibtex-parser's
 * (the parser behind Better BibTeX for Zotero): it turns LaTeX accents into
 * Unicode, splits `and`-separated names in both orders, keeps going past a
 * broken entry and says where it broke.
 */
import { parse, type Creator } from '@retorquere/bibtex-parser';
import type { Problem } from '../catalog/problems.ts';

export interface BibRecord {
  file: string;
  /** Line of the entry's `@type{`. */
  line: number;
  key: string;
  title?: string;
  /** Names in printed order; empty when the entry has no author field. */
  authors: string[];
  /** The list ended in "and others": not every author is known. */
  truncated: boolean;
  /** The parser could not split the author field into names (commas instead of "and"), and says how. */
  namesUnreadable?: string;
  arxiv?: string;
  doi?: string;
  /** Where the names were read: the `% source:` line above the entry, else its `url` field. */
  source?: string;
  /** A `% paper: <id>` line above the entry: the catalog entry it is for, when no key or title finds it. */
  paperHint?: string;
}

/** "Karsten Roth" from { firstName: "Karsten", lastName: "Roth" }; "José de la Fuente" keeps the particle. */
export function creatorName(creator: Creator): string {
  const parts = creator.name !== undefined ? [creator.name] : [creator.firstName, creator.prefix, creator.lastName, creator.suffix];
  // The parser writes \"o as o + a combining mark; NFC makes it the one letter a person types.
  return parts.filter((p): p is string => Boolean(p && p.trim())).join(' ').replace(/\s+/g, ' ').trim().normalize('NFC');
}

/** The parser marks up \textbf, \emph and case-protected words; matching wants the words. */
const plain = (text: string) => text.replace(/<[^>]*>/g, '').replace(/\s+/g, ' ').trim().normalize('NFC');

const ARXIV_ID = /(?<![\d.])(\d{4}\.\d{4,5})(?:v\d+)?(?![\d])/;

function arxivOf(fields: Record<string, unknown>): string | undefined {
  const eprint = typeof fields.eprint === 'string' ? fields.eprint : undefined;
  if (eprint && ARXIV_ID.test(eprint)) return ARXIV_ID.exec(eprint)![1];
  for (const name of ['journal', 'url', 'howpublished', 'note', 'booktitle', 'publisher']) {
    const value = fields[name];
    const text = Array.isArray(value) ? value.join(' ') : typeof value === 'string' ? value : '';
    if (/arxiv/i.test(text) && ARXIV_ID.test(text)) return ARXIV_ID.exec(text)![1];
  }
  return undefined;
}

function doiOf(fields: Record<string, unknown>): string | undefined {
  const raw = typeof fields.doi === 'string' ? fields.doi : typeof fields.url === 'string' && /doi\.org\//i.test(fields.url) ? fields.url : undefined;
  const doi = raw?.trim().replace(/^https?:\/\/(?:dx\.)?doi\.org\//i, '').replace(/^doi:\s*/i, '');
  return doi && /^10\.\d{4,9}\/\S+$/.test(doi) ? doi : undefined;
}

const lineAt = (text: string, offset: number) => text.slice(0, offset).split('\n').length;

/** `% source: URL` and `% paper: id` lines between the previous entry and this one. */
function notesBefore(text: string, from: number, to: number): { source?: string; paperHint?: string } {
  const notes: { source?: string; paperHint?: string } = {};
  for (const line of text.slice(from, to).split('\n')) {
    const m = /^\s*%\s*(source|paper)\s*:\s*(\S+)\s*$/i.exec(line);
    if (!m) continue;
    if (m[1].toLowerCase() === 'source') notes.source = m[2];
    else notes.paperHint = m[2];
  }
  return notes;
}

export interface BibFile {
  records: BibRecord[];
  /** Entries the parser could not read, each with its line: nothing from the file should be applied. */
  problems: Problem[];
}

const escapeRegExp = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** Where an entry starts in the file: its `@type{key,` (the parser's own copy of the entry is normalised). */
function entryStart(text: string, from: number, type: string, key: string): number {
  const pattern = new RegExp(`@\\s*${escapeRegExp(type)}\\s*[{(]\\s*${escapeRegExp(key)}\\s*,`, 'giy');
  for (let at = text.indexOf('@', from); at !== -1; at = text.indexOf('@', at + 1)) {
    pattern.lastIndex = at;
    if (pattern.test(text)) return at;
  }
  return -1;
}

/** The author field as written, braces and all, or undefined. */
function rawAuthorField(entryText: string): string | undefined {
  const m = /\bauthor\s*=\s*([{"])/i.exec(entryText);
  if (!m) return undefined;
  const from = m.index + m[0].length;
  if (m[1] === '"') return entryText.slice(from, entryText.indexOf('"', from));
  let depth = 1;
  for (let i = from; i < entryText.length; i++) {
    if (entryText[i] === '{') depth++;
    else if (entryText[i] === '}' && --depth === 0) return entryText.slice(from, i);
  }
  return undefined;
}

/**
 * "Ann Smith, Bob Jones, and Cara Doe" is no BibTeX name list, yet the parser
 * reads it without complaint as "Bob Jones Ann Smith" and "Cara Doe". A name
 * has at most one comma ("Last, First"); more, or a trailing one, means commas
 * were used between names.
 */
function commaJoined(field: string | undefined): boolean {
  if (!field) return false;
  const names = field.replace(/\{[^{}]*\}/g, (group) => group.replace(/,/g, '')).split(/\s+and\s+/i);
  return names.some((name) => (name.match(/,/g) ?? []).length > 1 || /,\s*$/.test(name));
}

/** A parser message about one entry's names ("@key: unexpected 5-part name …") rather than about the file's syntax. */
const NAME_TROUBLE = /^@([^:\s]+): (.*)$/s;

export function readBibtex(text: string, file: string): BibFile {
  const library = parse(text, { sentenceCase: false, caseProtection: false, unsupported: 'ignore' });
  const nameTrouble = new Map<string, string>();
  const syntaxErrors = library.errors.filter((error) => {
    const m = NAME_TROUBLE.exec(error.error);
    if (m) nameTrouble.set(m[1], m[2].replace(/\s+/g, ' '));
    return !m;
  });
  // The parser also returns what it salvaged of a broken entry; only its error counts.
  const broken = new Set(syntaxErrors.map((e) => /^\s*@\w+\s*[{(]\s*([^,\s]+)/.exec(e.input ?? '')?.[1]).filter(Boolean));
  const records: BibRecord[] = [];
  const starts: number[] = [];
  for (const entry of library.entries) {
    const previous = starts.at(-1) ?? 0;
    const start = entryStart(text, starts.length ? previous + 1 : 0, entry.type, entry.key);
    starts.push(start === -1 ? previous : start);
  }
  library.entries.forEach((entry, i) => {
    const at = starts[i];
    const notes = notesBefore(text, i ? starts[i - 1] : 0, at);
    if (broken.has(entry.key)) return;
    const ownText = text.slice(at, starts.slice(i + 1).find((s) => s > at) ?? text.length);
    if (!nameTrouble.has(entry.key) && commaJoined(rawAuthorField(ownText))) nameTrouble.set(entry.key, 'names are separated by commas; BibTeX separates them with "and"');
    const fields = entry.fields as Record<string, unknown>;
    const creators = (entry.fields.author ?? []) as Creator[];
    const isOthers = (c: Creator) => c.name === undefined && c.lastName === 'others' && !c.firstName;
    const url = typeof fields.url === 'string' && /^https?:\/\//i.test(fields.url) ? fields.url.trim() : undefined;
    records.push({
      file,
      line: lineAt(text, at),
      key: entry.key,
      title: typeof fields.title === 'string' ? plain(fields.title) : undefined,
      authors: creators.filter((c) => !isOthers(c)).map(creatorName),
      truncated: creators.some(isOthers),
      namesUnreadable: nameTrouble.get(entry.key),
      arxiv: arxivOf(fields),
      doi: doiOf(fields),
      source: notes.source ?? url,
      paperHint: notes.paperHint,
    });
  });
  const problems: Problem[] = syntaxErrors.map((error) => {
    const start = error.input ? text.indexOf(error.input) : -1;
    const line = start === -1 ? Number(/line (\d+)/.exec(error.error)?.[1]) || undefined : lineAt(text, start);
    return { file, line, field: '', message: `cannot read this BibTeX entry: ${error.error.replace(/\s+/g, ' ')}` };
  });
  return { records, problems };
}
