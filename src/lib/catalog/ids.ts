/**
 * Ids for new entries: the method's short name when the title starts with one
 * ("SimpleNet: …") or the code repository's name gives it away
 * (vitjanz/draem → draem), otherwise a short slug of the title. Ids are only
 * made up once: on later runs an entry is found by its title or link, so a
 * changed title never renames a file.
 */

const STOPWORDS = new Set(['a', 'an', 'the', 'for', 'of', 'with', 'and', 'in', 'on', 'via', 'using', 'to', 'by', 'from', 'is', 'are', 'at', 'as']);

/** Repository-name words that describe the field, not the method. */
const GENERIC_REPO_WORDS = new Set(['pytorch', 'tensorflow', 'master', 'main', 'official', 'code', 'inspection', 'anomaly', 'detection', 'localization', 'segmentation', 'for', 'of', 'image', 'implementation', 'repo']);

export function slugify(text: string): string {
  return text
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
}

/** "SimpleNet: A Simple Network …" → "SimpleNet". Only short, name-like prefixes count. */
export function titlePrefixName(title: string): string | undefined {
  const m = /^([^:]{2,24}):\s/.exec(title);
  if (!m) return undefined;
  const name = m[1].trim();
  return name.split(/\s+/).length <= 2 ? name : undefined;
}

/**
 * The name of the dataset a dataset paper introduces, when its title says it:
 * "PKU-GoodsAD: A Supermarket…" → PKU-GoodsAD, "The MVTec AD 2 Dataset: …" →
 * MVTec AD 2, "The Woven Fabric Defect Detection (WFDD) dataset" → WFDD.
 */
export function datasetNameOf(title: string): string | undefined {
  const prefix = /^(?:the\s+)?([^:]{2,40}?)(?:\s+dataset)?:\s/i.exec(title)?.[1]?.trim();
  if (prefix && prefix.split(/\s+/).length <= 3) return prefix;
  return /\(([A-Z][A-Za-z0-9-]{1,15})\)/.exec(title)?.[1] ?? /\b([A-Z][A-Z0-9]+(?:-[A-Za-z0-9]+)*)\s+[Dd]ataset\b/.exec(title)?.[1];
}

/** github.com/vitjanz/draem → "draem"; names that are mostly field words (anomaly-detection-…) give nothing. */
export function repoName(url: string | undefined): string | undefined {
  if (!url) return undefined;
  const m = /^https?:\/\/(?:www\.)?(?:github\.com|gitlab\.com)\/[^/]+\/([^/#?]+)/i.exec(url);
  if (!m) return undefined;
  const words = m[1].replace(/\.git$/, '').split(/[-_.]+/).filter(Boolean);
  if (words.some((w) => w.toLowerCase() === 'and')) return undefined;
  const kept = words.filter((w) => !GENERIC_REPO_WORDS.has(w.toLowerCase()));
  if (kept.length === 0 || kept.length > 2) return undefined;
  return kept.join('-');
}

export function titleSlug(title: string, words = 5): string {
  const all = slugify(title).split('-').filter(Boolean);
  const meaningful = all.filter((w) => !STOPWORDS.has(w));
  return (meaningful.length ? meaningful : all).slice(0, words).join('-');
}

/** A new paper's id candidates, best first: its method name, its repository's name, a slug of its title. */
export function paperIdCandidates(method: string | undefined, codeUrl: string | undefined, title: string): Array<string | undefined> {
  return [method, repoName(codeUrl), titleSlug(title)];
}

/** A new dataset's id candidates: its name without a trailing "dataset"/"database", then its full name. */
export function datasetIdCandidates(name: string): string[] {
  return [name.replace(/\s+data(?:set|base)?$/i, ''), name];
}

/** The first candidate not taken; a numbered suffix only as a last resort. */
export function uniqueId(candidates: Array<string | undefined>, taken: Set<string>): string {
  const slugs = candidates.map((c) => (c ? slugify(c) : '')).filter(Boolean);
  for (const slug of slugs) {
    if (!taken.has(slug)) {
      taken.add(slug);
      return slug;
    }
  }
  const base = slugs[0] ?? 'entry';
  for (let n = 2; ; n++) {
    if (!taken.has(`${base}-${n}`)) {
      taken.add(`${base}-${n}`);
      return `${base}-${n}`;
    }
  }
}
