/**
 * Who is who across papers. An author list holds names as printed; a person
 * is everyone printed under one normalised key ("Schölkopf" = "Scholkopf"),
 * unless data/people.yaml says otherwise (one person spelt two ways, two
 * people with one name).
 */
import type { Paper, Person } from './schema.ts';
import { countTo, pushTo } from './group.ts';

/** Letters NFKD does not decompose into a base letter and a mark. */
const FOLDED: Record<string, string> = { ø: 'o', đ: 'd', ð: 'd', ł: 'l', ß: 'ss', æ: 'ae', œ: 'oe', ı: 'i', þ: 'th' };

/**
 * The identity key of a printed name: diacritics and case folded, hyphens
 * dropped ("Jun-Yan" = "Junyan"), dots and runs of spaces made one space.
 */
export function authorKey(name: string): string {
  return name
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[øđðłßæœıþ]/g, (ch) => FOLDED[ch])
    .replace(/[-‐‑–'’]/g, '')
    .replace(/[.\s]+/g, ' ')
    .trim();
}

/** A page address from a key; names with no Latin letters get a stable hash instead. */
export function personSlug(key: string): string {
  const slug = key.replace(/[^a-z0-9]+/g, '-').replace(/^-+|-+$/g, '');
  if (slug) return slug;
  let hash = 2166136261;
  for (const ch of key) hash = Math.imul(hash ^ ch.codePointAt(0)!, 16777619) >>> 0;
  return `author-${hash.toString(36)}`;
}

export interface Author {
  /** Page address and identity. */
  id: string;
  /** The name shown for the person: people.yaml's, else their most printed spelling. */
  name: string;
  /** Their papers, in catalog order (newest first). */
  papers: Paper[];
}

export interface BylineEntry {
  /** As the paper prints it. */
  name: string;
  author: Author;
  /**
   * The name to cite: as printed, unless it is the person's name with its words
   * in another order ("Cao YunKang" for Yunkang Cao), which BibTeX and RIS would
   * split into the wrong surname.
   */
  cited: string;
}

/** The same words in another order: a name printed surname first. */
const reordered = (printed: string, name: string) => {
  const a = authorKey(printed);
  const b = authorKey(name);
  return a !== b && a.split(' ').sort().join(' ') === b.split(' ').sort().join(' ');
};

export interface People {
  /** Most papers first, then by name. */
  authors: Author[];
  authorById: Map<string, Author>;
  /** Each paper's author list, in printed order, with who each name is. */
  bylineOf: Map<string, BylineEntry[]>;
}

/** Which person a printed name in a paper is: the paper-specific override, the spelling override, or the key. */
function resolver(people: Person[]) {
  const perPaper = new Map<string, string>();
  const bySpelling = new Map<string, string>();
  const named = new Map<string, string>();
  for (const person of people) {
    const id = person.id ?? personSlug(authorKey(person.name));
    named.set(id, person.name);
    for (const spelling of [person.name, ...(person.spellings ?? [])]) {
      const key = authorKey(spelling);
      if (person.papers) for (const paper of person.papers) perPaper.set(`${paper}\u0000${key}`, id);
      else bySpelling.set(key, id);
    }
  }
  return {
    named,
    idOf: (paperId: string, name: string) => {
      const key = authorKey(name);
      return perPaper.get(`${paperId}\u0000${key}`) ?? bySpelling.get(key) ?? personSlug(key);
    },
  };
}

/** `papers` in catalog order; `overrides` from data/people.yaml. */
export function buildPeople(papers: Paper[], overrides: Person[]): People {
  const { named, idOf } = resolver(overrides);
  const papersOf = new Map<string, Paper[]>();
  const spellings = new Map<string, Map<string, number>>();
  const ids = new Map<string, string[]>();
  for (const paper of papers) {
    const byline = (paper.authors ?? []).map((name) => idOf(paper.id, name));
    ids.set(paper.id, byline);
    byline.forEach((id, i) => {
      // One paper counts once even if a person were listed twice.
      if (papersOf.get(id)?.at(-1) !== paper) pushTo(papersOf, id, paper);
      if (!spellings.has(id)) spellings.set(id, new Map());
      countTo(spellings.get(id)!, paper.authors![i]);
    });
  }
  const mostPrinted = (id: string) => [...spellings.get(id)!].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]))[0][0];
  const authors: Author[] = [...papersOf].map(([id, list]) => ({ id, name: named.get(id) ?? mostPrinted(id), papers: list }));
  authors.sort((a, b) => b.papers.length - a.papers.length || a.name.localeCompare(b.name) || a.id.localeCompare(b.id));
  const authorById = new Map(authors.map((a) => [a.id, a]));
  const bylineOf = new Map<string, BylineEntry[]>();
  for (const paper of papers) {
    bylineOf.set(
      paper.id,
      ids.get(paper.id)!.map((id, i) => {
        const name = paper.authors![i];
        const author = authorById.get(id)!;
        return { name, author, cited: reordered(name, author.name) ? author.name : name };
      }),
    );
  }
  return { authors, authorById, bylineOf };
}
