/**
 * Rules for authors that span files: data/people.yaml names papers that exist
 * and spellings some paper prints, gives every person a page address of their
 * own, and never claims one spelling for two people; and a paper gives
 * `authors_source` only with the authors it vouches for.
 */
import type { Paper, Person } from './schema.ts';
import { formatPath, type Problem } from './problems.ts';
import { didYouMean } from './suggest.ts';
import { authorKey, personSlug } from './people.ts';
import type { Salvaged } from './zod-shape.ts';

type FieldPath = ReadonlyArray<string | number>;

export interface PeopleCheckInput {
  people: Salvaged<Person>[];
  peopleFile: string;
  papers: Salvaged<Paper>[];
  fileOf: (entry: object) => string;
  lineOf: (file: string, path: FieldPath) => number | undefined;
}

export function checkPeople({ people, peopleFile, papers, fileOf, lineOf }: PeopleCheckInput): Problem[] {
  const problems: Problem[] = [];
  const at = (file: string, path: FieldPath, message: string) => problems.push({ file, line: lineOf(file, path), field: formatPath(path), message });

  for (const paper of papers) {
    if (paper.authors_source !== undefined && paper.authors === undefined) at(fileOf(paper), ['authors_source'], 'says where the authors were read, but the file lists no `authors`');
  }

  const paperById = new Map(papers.filter((p) => typeof p.id === 'string').map((p) => [p.id as string, p]));
  const printedKeys = new Map<string, Set<string>>();
  for (const paper of papers) for (const name of paper.authors ?? []) {
    if (typeof name !== 'string') continue;
    const key = authorKey(name);
    if (!printedKeys.has(key)) printedKeys.set(key, new Set());
    printedKeys.get(key)!.add(paper.id as string);
  }

  const claimedBy = new Map<string, number>();
  const idOwner = new Map<string, number>();
  people.forEach((person, index) => {
    if (typeof person.name !== 'string') return;
    const id = person.id ?? personSlug(authorKey(person.name));
    const spellings = [person.name, ...(person.spellings ?? [])].filter((s): s is string => typeof s === 'string');
    const keys = spellings.map(authorKey);
    const owner = idOwner.get(id);
    if (owner !== undefined) at(peopleFile, ['people', index, person.id ? 'id' : 'name'], `page address "${id}" is already people[${owner}]'s; give one of them an \`id\` of its own`);
    else idOwner.set(id, index);

    if (person.papers) {
      // Without an id of their own they would share the page of everyone else printed under the name.
      if (person.id === undefined) at(peopleFile, ['people', index, 'papers'], `give this person an \`id\` of their own (e.g. "${personSlug(authorKey(person.name))}-2"): \`papers\` says the name is someone else elsewhere`);
      person.papers.forEach((paperId, p) => {
        if (typeof paperId !== 'string') return;
        const paper = paperById.get(paperId);
        if (!paper) return at(peopleFile, ['people', index, 'papers', p], `no paper has id "${paperId}"${didYouMean(paperId, [...paperById.keys()])}`);
        const printed = new Set((paper.authors ?? []).map((n) => authorKey(String(n))));
        if (!keys.some((k) => printed.has(k))) at(peopleFile, ['people', index, 'papers', p], `paper "${paperId}" lists no author spelt ${spellings.map((s) => `"${s}"`).join(' or ')}`);
      });
      return;
    }
    spellings.forEach((spelling, s) => {
      const path = s === 0 ? ['people', index, 'name'] : ['people', index, 'spellings', s - 1];
      const key = keys[s];
      const other = claimedBy.get(key);
      if (other !== undefined && other !== index) at(peopleFile, path, `"${spelling}" is already people[${other}]'s; one spelling is one person unless \`papers\` says which papers are whose`);
      claimedBy.set(key, index);
      if (s > 0 && !printedKeys.has(key)) at(peopleFile, path, `no paper lists an author spelt "${spelling}"; remove the spelling or fix the paper`);
    });
  });
  return problems;
}
