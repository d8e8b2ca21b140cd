/**
 * Rules that span files: ids match file names and are unique, references
 * resolve, the taxonomy is a tree, venues are canonical, and nothing is
 * catalogued twice. Every broken rule becomes a Problem on the file (and line)
 * a contributor has to edit.
 *
 * Entries arrive salvaged: a file that failed schema validation still takes
 * part with the fields that were valid, so one run reports everything (an
 * unknown category is reported even when the same file has a bad year).
 */
import { ID_PATTERN, type Category, type Dataset, type Paper, type Venue } from './schema.ts';
import { formatPath, type Problem } from './problems.ts';
import { didYouMean, hint } from './suggest.ts';
import { venueLookup } from './venues.ts';
import { normalizeTitle, normalizeUrl } from './normalize.ts';
import type { Salvaged } from './zod-shape.ts';

type FieldPath = ReadonlyArray<string | number>;
type PaperIn = Salvaged<Paper>;
type DatasetIn = Salvaged<Dataset>;
type CategoryIn = Salvaged<Category>;
type Entry = PaperIn | DatasetIn | CategoryIn;

export interface CheckInput {
  venues: Salvaged<Venue>[];
  venuesFile: string;
  categories: CategoryIn[];
  papers: PaperIn[];
  datasets: DatasetIn[];
  fileOf: (entry: Entry) => string;
  lineOf: (file: string, path: FieldPath) => number | undefined;
}

const stemOf = (file: string) => file.slice(file.lastIndexOf('/') + 1).replace(/\.yaml$/, '');

export function checkCatalog(input: CheckInput): Problem[] {
  const { venues, venuesFile, categories, papers, datasets, fileOf, lineOf } = input;
  const problems: Problem[] = [];
  const at = (file: string, path: FieldPath, message: string) => problems.push({ file, line: lineOf(file, path), field: formatPath(path), message });
  const report = (entry: Entry, path: FieldPath, message: string) => at(fileOf(entry), path, message);

  // Venues: one canonical spelling each; aliases map to it.
  const venueNames = venueLookup(venues);
  for (const { index, alias, message } of venueNames.conflicts) {
    at(venuesFile, alias === undefined ? ['venues', index, 'name'] : ['venues', index, 'aliases', alias], message);
  }
  const checkVenue = (entry: PaperIn | DatasetIn, path: FieldPath, value: string | undefined) => {
    if (value === undefined || venueNames.canonical.has(value)) return;
    const canonical = venueNames.resolve(value);
    if (canonical) report(entry, path, `write the canonical venue "${canonical}" instead of "${value}"`);
    else report(entry, path, `unknown venue "${value}"${hint(venueNames.suggest(value))}; use a name from data/venues.yaml or add the venue there`);
  };

  // Ids: equal to the file name and unique per kind. Entries named after their
  // id claim it first, so the copy under another file name is the one reported.
  const indexById = <T extends Entry>(entries: T[], kind: string) => {
    const byId = new Map<string, T>();
    const known = new Set<string>();
    const named = (e: T) => e.id !== undefined && stemOf(fileOf(e)) === e.id;
    for (const entry of [...entries.filter(named), ...entries.filter((e) => !named(e))]) {
      const stem = stemOf(fileOf(entry));
      // An entry whose id is invalid is still known by its file name, so references to it don't cascade.
      if (entry.id === undefined) {
        known.add(stem);
        continue;
      }
      const previous = byId.get(entry.id);
      if (previous) report(entry, ['id'], `duplicate ${kind} id "${entry.id}", already used by ${fileOf(previous)}; give this entry an id of its own and name the file after it`);
      else {
        byId.set(entry.id, entry);
        known.add(entry.id);
        if (stem !== entry.id) {
          const or = ID_PATTERN.test(stem) ? ` or set id: ${stem}` : '';
          report(entry, ['id'], `id "${entry.id}" does not match the file name; rename the file to ${entry.id}.yaml${or}`);
        }
      }
    }
    return { byId, known };
  };
  const categoryIds = indexById(categories, 'category');
  const paperIds = indexById(papers, 'paper');
  const datasetIds = indexById(datasets, 'dataset');
  const unknown = (what: string, id: string, ids: { known: Set<string> }) => `unknown ${what} "${id}"${didYouMean(id, ids.known)}`;

  // The taxonomy must be a tree: parents exist, no cycles.
  for (const category of categories) {
    if (category.parent !== undefined && !categoryIds.known.has(category.parent)) report(category, ['parent'], unknown('parent category', category.parent, categoryIds));
  }
  const inCycle = new Set<string>();
  for (const category of categories) {
    const seen: string[] = [];
    let node: CategoryIn | undefined = category;
    while (node?.id !== undefined && node.parent !== undefined && !inCycle.has(node.id)) {
      if (seen.includes(node.id)) {
        const cycle = seen.slice(seen.indexOf(node.id));
        cycle.forEach((id) => inCycle.add(id));
        report(node, ['parent'], `categories form a cycle: ${[...cycle, node.id].join(' → ')}; one of them must have a different parent`);
        break;
      }
      seen.push(node.id);
      node = categoryIds.byId.get(node.parent);
    }
  }

  // References from papers and datasets.
  for (const paper of papers) {
    paper.categories?.forEach((id, i) => {
      if (id !== undefined && !categoryIds.known.has(id)) report(paper, ['categories', i], unknown('category', id, categoryIds));
    });
    paper.datasets?.forEach((id, i) => {
      if (id !== undefined && !datasetIds.known.has(id)) report(paper, ['datasets', i], unknown('dataset', id, datasetIds));
    });
    checkVenue(paper, ['venue'], paper.venue);
    paper.also_published?.forEach((pub, i) => checkVenue(paper, ['also_published', i, 'venue'], pub?.venue));
  }
  for (const dataset of datasets) {
    if (dataset.introduced_by !== undefined && !paperIds.known.has(dataset.introduced_by)) {
      report(dataset, ['introduced_by'], unknown('paper', dataset.introduced_by, paperIds));
    }
    checkVenue(dataset, ['paper', 'venue'], dataset.paper?.venue);
    dataset.also_published?.forEach((pub, i) => checkVenue(dataset, ['also_published', i, 'venue'], pub?.venue));
  }

  // The same paper must not be catalogued twice, under any spelling or link.
  const titleOwner = new Map<string, Entry>();
  const urlOwner = new Map<string, Entry>();
  const claim = (map: Map<string, Entry>, key: string | undefined, entry: Entry, path: FieldPath, what: string) => {
    if (key === undefined) return;
    const owner = map.get(key);
    if (owner && owner !== entry) report(entry, path, `same ${what} as ${fileOf(owner)}; merge the two entries (a paper in several categories is one file with several categories)`);
    else map.set(key, entry);
  };
  const titleKey = (title: string | undefined) => (title === undefined ? undefined : normalizeTitle(title));
  const urlKey = (url: string | undefined) => (url === undefined ? undefined : normalizeUrl(url));
  for (const paper of papers) {
    claim(titleOwner, titleKey(paper.title), paper, ['title'], 'title');
    claim(urlOwner, urlKey(paper.links?.paper), paper, ['links', 'paper'], 'paper URL');
    paper.also_published?.forEach((pub, i) => claim(urlOwner, urlKey(pub?.url), paper, ['also_published', i, 'url'], 'paper URL'));
  }
  const paperSet = new Set<Entry>(papers);
  const isPaper = (entry: Entry | undefined): entry is PaperIn => entry !== undefined && paperSet.has(entry);
  for (const dataset of datasets) {
    if (!dataset.paper) continue;
    const title = titleKey(dataset.paper.title);
    const url = urlKey(dataset.paper.url);
    const paper = [title === undefined ? undefined : titleOwner.get(title), url === undefined ? undefined : urlOwner.get(url)].find(isPaper);
    if (paper) report(dataset, ['paper'], `this paper is already catalogued as ${fileOf(paper)}; write introduced_by: ${paper.id ?? stemOf(fileOf(paper))} instead`);
    else {
      claim(titleOwner, title, dataset, ['paper', 'title'], 'paper title');
      claim(urlOwner, url, dataset, ['paper', 'url'], 'paper URL');
    }
  }
  return problems;
}
