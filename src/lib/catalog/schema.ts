/**
 * The shape of every data file. This is the single source of truth: types are
 * inferred from it, the JSON Schema for editors and the field reference in
 * CONTRIBUTING.md are generated from it.
 *
 * Cross-file rules (ids that must exist, duplicates, cycles, canonical venues)
 * cannot be expressed per file and live in check.ts.
 */
import { z } from 'zod';

export const ID_PATTERN = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

export const id = z
  .string({ invalid_type_error: 'expected a quoted string id (kebab-case, e.g. "patchcore")' })
  .regex(ID_PATTERN, 'expected kebab-case: lowercase letters, digits and single hyphens, e.g. "memory-bank"');

/**
 * Plain text shown on the site. Trimmed; must not be blank. Never a link:
 * Astro writes an attribute value that parses as an http(s) URL and holds "&"
 * without escaping it, so text that starts like a link could end the
 * attribute it lands in (a meta description, a data-* attribute).
 */
export const NOT_A_LINK = /^(?!https?:)/i;
export const text = z
  .string({ invalid_type_error: 'expected text (a string)' })
  .trim()
  .min(1, 'must not be empty')
  .regex(NOT_A_LINK, 'text does not start with a link: put links in a link field (`links`, `url`)');

/**
 * zod's url() accepts javascript:, data: and vbscript: URLs, so only absolute
 * http(s) URLs with a host are let through; everything else would end up in
 * an href on the site.
 */
export const httpUrl = z
  .string({ invalid_type_error: 'expected a URL string starting with http:// or https://' })
  .trim()
  .superRefine((value, ctx) => {
    const fail = (message: string) => ctx.addIssue({ code: z.ZodIssueCode.custom, message });
    let url: URL | undefined;
    try {
      url = new URL(value);
    } catch {
      url = undefined;
    }
    if (!/^https?:\/\//i.test(value) || !url || !url.hostname) return fail('expected an absolute http:// or https:// URL');
    // Never legal in a URL, and a quote or angle bracket in an href is how
    // markup escapes an attribute: refuse them rather than trust every renderer.
    if (/[\s"'<>`\\]/.test(value)) fail('a URL must not contain spaces, quotes, angle brackets, backticks or backslashes; percent-encode them (e.g. %20)');
  });

const year = z
  .number({ invalid_type_error: 'expected a year as a whole number, e.g. 2023' })
  .int('expected a whole year, e.g. 2023')
  .min(1950, 'expected a year from 1950 on')
  .max(2100, 'expected a year before 2100');

/** YYYY-MM-DD. Kept as a string so YAML never turns it into a Date. */
const isoDate = z
  .string({ invalid_type_error: 'expected a date string "YYYY-MM-DD"' })
  .regex(/^\d{4}-\d{2}-\d{2}$/, 'expected a date "YYYY-MM-DD"')
  // Date.parse rolls 2023-02-30 over to March; a real date survives the round trip.
  .refine((value) => {
    const date = new Date(`${value}T00:00:00Z`);
    return !Number.isNaN(date.getTime()) && date.toISOString().startsWith(value);
  }, 'not a real calendar date');

const arxivId = z
  .string({ invalid_type_error: 'expected the arXiv number as a quoted string, e.g. "2106.08265" (unquoted, YAML reads it as a number)' })
  .regex(/^\d{4}\.\d{4,5}$/, 'expected a new-style arXiv number such as "2106.08265" (no "arXiv:" prefix, no version)');

/**
 * One author as the paper prints the name. Refused: what a copied citation
 * drags along instead of a name (markup, LaTeX, footnote marks, "Last, First"
 * order, an "et al." that stands for the rest of the list).
 */
export const authorName = z
  .string({ invalid_type_error: 'expected an author name as text' })
  .trim()
  .min(1, 'an author name must not be empty')
  .max(120, 'an author name is at most 120 characters')
  .superRefine((value, ctx) => {
    const fail = (message: string) => ctx.addIssue({ code: z.ZodIssueCode.custom, message });
    if (/^(?:et\.?\s*al\.?|others|and others|\.\.\.|…)$/i.test(value) || /\bet\.?\s*al\b/i.test(value))
      return fail('"et al." is not a name: list every author the paper prints, or leave `authors` out');
    if (/[<>{}\\$`]|\[[^\]]*\]\(/.test(value)) return fail('a name holds no markup: write it as plain text (no HTML, LaTeX braces or commands, Markdown links)');
    if (/[\p{N}*∗†‡§¶#]/u.test(value)) return fail('drop affiliation numbers and footnote marks (1, *, †) from the name');
    // A doubled "and" in BibTeX ("Shen, Weiming and and Huang, Xiaonan") reads as one name "Xiaonan and Huang".
    if (/(?:^|\s)and(?:\s|$)/.test(value)) return fail('"and" joins two names: write each author as an item of their own');
    if (value.includes(',')) return fail('write the name as the paper prints it, e.g. "Karsten Roth", not "Roth, Karsten"');
    if (/\p{Cc}/u.test(value)) return fail('a name holds no control characters (tabs, line breaks)');
    // Astro writes an attribute value that parses as an http(s) URL and holds "&" unescaped (see `text`).
    if (/^https?:/i.test(value)) return fail('a name is not a link: put where you read the list in `authors_source`');
  });

/**
 * Text that pages also write into attribute values (a title into citation_title
 * and data-title, a method into the description): on one line, no control
 * characters. (`text` already refuses what starts like a link.)
 */
const attributeText = text.refine((value) => !/\p{Cc}/u.test(value), { message: 'holds no control characters (tabs, line breaks)' });

/** A DOI without its resolver prefix, e.g. "10.1109/CVPR52688.2022.01392". */
export const doi = z
  .string({ invalid_type_error: 'expected a DOI string, e.g. "10.1109/TII.2023.3241578"' })
  .trim()
  .regex(/^10\.\d{4,9}\/[^\s"'<>]+$/, 'expected a bare DOI such as "10.1109/TII.2023.3241578" (no https://doi.org/ prefix)');

const tag = z
  .string({ invalid_type_error: 'expected a tag string' })
  .regex(ID_PATTERN, 'expected a kebab-case tag, e.g. "segment-anything"');

export const nonEmptyList = <T extends z.ZodTypeAny>(item: T, what: string) =>
  z.array(item, { invalid_type_error: `expected a list of ${what}` }).min(1, `list at least one ${what.replace(/s$/, '')}`);

export const uniqueList = <T extends z.ZodTypeAny>(list: z.ZodArray<T, 'atleastone' | 'many'>) =>
  list.superRefine((values, ctx) => {
    const seen = new Set<unknown>();
    values.forEach((value, index) => {
      if (seen.has(value)) ctx.addIssue({ code: z.ZodIssueCode.custom, path: [index], message: `"${String(value)}" is listed twice` });
      seen.add(value);
    });
  });

export const VENUE_KINDS = ['conference', 'workshop', 'journal', 'preprint', 'thesis', 'other'] as const;

export const venueSchema = z
  .object({
    /** The canonical spelling used in paper files and shown on the site. */
    name: text.describe('Canonical short name used in data files, e.g. "CVPR", "NeurIPS", "TII".'),
    // Optional because a full name must come from a source someone checked: a venue the
    // list names only by an abbreviation nobody could confirm is listed without one.
    full: text
      .optional()
      .describe('Full name, e.g. "IEEE/CVF Conference on Computer Vision and Pattern Recognition"; leave out when no source confirms it.'),
    kind: z.enum(VENUE_KINDS).describe('What sort of venue this is.'),
    aliases: z.array(text).optional().describe('Other spellings seen in the wild; the importer maps them to `name`.'),
  })
  .strict();

export const venuesFileSchema = z.object({ venues: nonEmptyList(venueSchema, 'venues') }).strict();

export const categorySchema = z
  .object({
    id: id.describe('Must equal the file name without .yaml.'),
    name: text.describe('Display name, e.g. "Memory Bank".'),
    parent: id.optional().describe('Id of the parent category; omit for a top-level branch.'),
    order: z.number({ invalid_type_error: 'expected a number' }).int('expected a whole number').describe('Position among siblings, smallest first.'),
    description: text.describe('One or two sentences, in your own words, on what puts a method here.'),
    aliases: z.array(text).optional().describe('Other names people search for, e.g. "OCC", "knowledge distillation".'),
  })
  .strict();

export const paperLinksSchema = z
  .object({
    paper: httpUrl.describe('Where to read the paper (publisher page, open-access PDF or arXiv).'),
    code: httpUrl.optional().describe("The authors' code repository."),
    unofficial_code: httpUrl.optional().describe('A third-party re-implementation.'),
    project: httpUrl.optional().describe('Project or workshop home page.'),
    data: httpUrl.optional().describe('Where to get data released with the paper.'),
    video: httpUrl.optional().describe('A recorded talk or video about the paper.'),
    writeup: httpUrl.optional().describe('An article or blog post explaining the paper, e.g. a write-up in Chinese.'),
    demo: httpUrl.optional().describe('An online demo of the method to try in the browser.'),
    model: httpUrl.optional().describe('Released model weights, e.g. a Hugging Face model page.'),
  })
  .strict();

/** Every kind of paper link, in the order the schema, the site and the list give them. */
export const PAPER_LINK_KINDS = Object.keys(paperLinksSchema.shape) as (keyof z.infer<typeof paperLinksSchema>)[];

/** Another published version of the same work (journal extension, workshop version). */
export const publicationSchema = z
  .object({
    venue: text.describe('Canonical venue name from data/venues.yaml.'),
    year,
    url: httpUrl,
  })
  .strict();

export const paperSchema = z
  .object({
    id: id.describe('Must equal the file name without .yaml; usually the method name, e.g. "patchcore".'),
    title: attributeText.describe('The paper title as published.'),
    method: attributeText.optional().describe('The short name people search for, e.g. "PatchCore", when there is one.'),
    aliases: z.array(text).optional().describe('Other names of the method: repository names, old names, common misspellings.'),
    year: year.describe('Year of the version linked as `links.paper`.'),
    venue: text.optional().describe('Canonical venue name from data/venues.yaml; omit when unknown.'),
    arxiv: arxivId.optional().describe('arXiv number, quoted, e.g. "2106.08265".'),
    authors: uniqueList(nonEmptyList(authorName, 'author names'))
      .optional()
      .describe('Every author, in the order the paper prints them, each name as printed ("Bernhard Schölkopf"); copy them from the paper\'s page or its BibTeX, never from memory.'),
    authors_source: httpUrl.optional().describe('Where the author list was read: the page or file (a README\'s citation, the arXiv page) a reviewer can open to check it.'),
    doi: doi.optional().describe('The DOI of the version linked as `links.paper`, bare: "10.1109/CVPR52688.2022.01392".'),
    links: paperLinksSchema,
    also_published: z.array(publicationSchema).optional().describe('Other versions of the same work, e.g. a journal extension.'),
    more_links: z
      .array(
        z
          .object({
            kind: z.enum(PAPER_LINK_KINDS.filter((k) => k !== 'paper') as [string, ...string[]], { errorMap: () => ({ message: `expected one of ${PAPER_LINK_KINDS.filter((k) => k !== 'paper').join(', ')}` }) }),
            url: httpUrl,
          })
          .strict(),
      )
      .optional()
      .describe('Further links of a kind `links` already has: a second re-implementation, the repository under an older name.'),
    also_at: uniqueList(z.array(httpUrl)).optional().describe('Other addresses of the same version: the arXiv copy of a proceedings paper, a PDF beside its abstract page, a review page.'),
    categories: uniqueList(nonEmptyList(id, 'category ids')).describe('Taxonomy category ids (see data/categories/).'),
    datasets: uniqueList(z.array(id)).optional().describe('Ids of datasets the paper introduces or evaluates on (see data/datasets/).'),
    tags: uniqueList(z.array(tag)).optional().describe('Topics that cut across the taxonomy, e.g. "segment-anything".'),
    notes: z.array(text).optional().describe('Short remarks such as "oral" or "code coming soon".'),
    featured: z.boolean({ invalid_type_error: 'expected true or false' }).optional().describe('Highlighted as a state-of-the-art method with code.'),
    added: isoDate.optional().describe('Date the entry was added to the catalog, "YYYY-MM-DD".'),
  })
  .strict();

export const MODALITIES = ['rgb', 'grayscale', 'rgb-d', 'point-cloud', 'x-ray', 'sem', 'tactile', 'video'] as const;
export const DATA_SOURCES = ['real', 'synthetic', 'mixed'] as const;
export const ANNOTATIONS = ['image', 'bbox', 'pixel', 'point'] as const;

const count = z.number({ invalid_type_error: 'expected a whole number' }).int('expected a whole number').nonnegative('must not be negative');

export const datasetPaperSchema = z
  .object({
    title: text,
    venue: text.optional().describe('Canonical venue name from data/venues.yaml; omit when unknown.'),
    year,
    url: httpUrl,
  })
  .strict();

export const datasetSchema = z
  .object({
    id: id.describe('Must equal the file name without .yaml, e.g. "mvtec-ad".'),
    name: text.describe('The name people use, e.g. "MVTec AD".'),
    aliases: z.array(text).optional().describe('Other spellings, e.g. "MVTecAD".'),
    year: year.describe('Year the dataset was published.'),
    introduced_by: id.optional().describe('Id of the catalog paper that introduced it, when that paper has its own entry.'),
    paper: datasetPaperSchema.optional().describe('The introducing paper, when it has no entry of its own.'),
    also_published: z.array(publicationSchema).optional(),
    links: z
      .object({ data: httpUrl.optional(), project: httpUrl.optional() })
      .strict()
      .optional()
      .describe('Where to download the data; a project page.'),
    modality: uniqueList(z.array(z.enum(MODALITIES))).optional().describe('Kinds of images or scans.'),
    source: z.enum(DATA_SOURCES).optional().describe('Captured from real parts, rendered, or both.'),
    domain: text.optional().describe('What is inspected, e.g. "steel strip", "PCB", "fabric".'),
    classes: count.optional().describe('Number of object or texture categories.'),
    normal_images: count.optional(),
    abnormal_images: count.optional(),
    total_images: count.optional().describe('All images (or scans), when the source gives a total; may exceed normal + abnormal when only the total is known.'),
    annotation: uniqueList(z.array(z.enum(ANNOTATIONS))).optional().describe('Finest label given for anomalies.'),
    subsets: uniqueList(z.array(text))
      .optional()
      .describe('Named parts that benchmarks report separately, e.g. "MAD-Sim" and "MAD-Real"; a results table names one as its `subset`.'),
    notes: z.array(text).optional(),
    added: isoDate.optional(),
  })
  .strict()
  .superRefine((value, ctx) => {
    if (value.introduced_by && value.paper) {
      ctx.addIssue({ code: z.ZodIssueCode.custom, path: ['paper'], message: 'give either introduced_by (a paper id) or paper (title, venue, year, url), not both' });
    }
    // A dataset published only as a download page (AITEX, a competition) has no paper; its data link is the source.
    if (!value.introduced_by && !value.paper && !value.links?.data) {
      ctx.addIssue({ code: z.ZodIssueCode.custom, path: ['paper'], message: 'say where the dataset comes from: introduced_by (a paper id), paper (title, venue, year, url), or at least links.data' });
    }
  });

/**
 * data/people.yaml: the cases an author key cannot settle. A person listed
 * with `spellings` is one person under several spellings; a person listed with
 * `papers` owns the name only in those papers (two people, one name).
 */
export const personSchema = z
  .object({
    name: authorName.describe('The name their author page shows.'),
    id: id.optional().describe('Their page address, e.g. "wei-li-tsinghua"; needed when two people share a name.'),
    spellings: uniqueList(z.array(authorName)).optional().describe('Other spellings of the same person in author lists, e.g. "Jun-Yan Zhu" beside "Junyan Zhu".'),
    papers: uniqueList(nonEmptyList(id, 'paper ids'))
      .optional()
      .describe('Only in these papers is the name (or a spelling) this person; elsewhere it is someone else.'),
  })
  .strict();

export const peopleFileSchema = z.object({ people: z.array(personSchema, { invalid_type_error: 'expected a list of people' }) }).strict();

export type Person = z.infer<typeof personSchema>;
export type Venue = z.infer<typeof venueSchema>;
export type Category = z.infer<typeof categorySchema>;
export type Paper = z.infer<typeof paperSchema>;
export type PaperLinks = z.infer<typeof paperLinksSchema>;
export type Publication = z.infer<typeof publicationSchema>;
export type Dataset = z.infer<typeof datasetSchema>;

export const ENTRY_KINDS = {
  papers: paperSchema,
  datasets: datasetSchema,
  categories: categorySchema,
} as const;
export type EntryKind = keyof typeof ENTRY_KINDS;
