/**
 * A category for a paper listed only in views ("Recent research") and never
 * in a section of the taxonomy, guessed from unmistakable title words. The
 * first rule that matches wins; no match means a person files it.
 */
import type { PaperDraft } from './group.ts';
import type { Notice } from './listing.ts';

const RULES: Array<[RegExp, string, string?]> = [
  [/\bworkshop\b|\bchallenge\b/i, 'surveys', 'workshop'],
  [/\bsurvey\b|\bbenchmark(?:ing)?\b|\breview\b/i, 'surveys'],
  [/\bm?llms?\b|\blarge (?:vision-)?language models?\b|\blmms?\b|\bgpt-?4v?\b/i, 'mllm'],
  [/\bvideo\b/i, 'video'],
  [/\bzero[- ]shot\b/i, 'zero-shot'],
  [/\bfew[- ]?shot\b/i, 'few-shot'],
  [/\bclip\b|\bvision[- ]language\b|\bprompt(?:s|ing)?\b/i, 'vision-language'],
  [/\bdiffusion\b/i, 'diffusion'],
  [/\bstudent[- ]teacher\b|\bteacher[- ]student\b|\bdistillation\b/i, 'teacher-student'],
  [/\bnormali[sz]ing flows?\b/i, 'distribution-map'],
  [/\brgb-?d\b|\bmulti-?modal\b/i, 'rgbd'],
  [/\bpoint clouds?\b|\b3d\b/i, '3d'],
  [/\bcontinual\b|\bonline\b|\bincremental\b/i, 'continual'],
  [/\bmulti-class\b|\bunified\b/i, 'multi-class'],
  [/\blogical\b/i, 'logical'],
  [/\badversarially robust\b|\brobustness\b/i, 'adversarial-robustness'],
  [/\btest[- ]time\b/i, 'test-time-adaptation'],
  [/\bdefect classification\b|\bclass discovery\b/i, 'defect-classification'],
  [/\bgan\b|\badversarial\b/i, 'gan'],
  [/\bin-?painting\b|\bauto-?encoders?\b/i, 'autoencoder'],
];

export function inferCategory(title: string): { category: string; tag?: string; because: string } | undefined {
  for (const [pattern, category, tag] of RULES) {
    const m = pattern.exec(title);
    if (m) return { category, tag, because: m[0] };
  }
  return undefined;
}

/**
 * Papers listed only in views ("Recent research", "SOTA methods") have no
 * category from their sections: infer one from the title, keep the paper as
 * its dataset's source when it only introduces a dataset, keep the category
 * of a file a person made, or hand it to a person. Returns the papers that
 * get no entry of their own.
 */
export function fileViewOnlyPapers(papers: PaperDraft[], hasEntry: (paper: PaperDraft) => boolean, notices: Notice[]): Set<PaperDraft> {
  const unfiled = new Set<PaperDraft>();
  for (const paper of papers) {
    if (paper.categories.length) continue;
    const guess = inferCategory(paper.title);
    const line = paper.listings[0].line;
    if (guess) {
      paper.categories.push(guess.category);
      if (guess.tag && !paper.tags.includes(guess.tag)) paper.tags.push(guess.tag);
      notices.push({ line, kind: 'warning', message: `"${paper.title}" is listed only under views; filed under ${guess.category} because its title says "${guess.because}"` });
    } else if (hasEntry(paper)) {
      continue; // filed by hand: the file's categories stand
    } else if (paper.datasets.length) {
      for (const dataset of paper.datasets) {
        dataset.introducedBy = undefined;
        dataset.paper = { title: paper.title, venue: paper.venue, year: paper.year, url: paper.links.paper };
        dataset.links.data ??= paper.links.data;
      }
      unfiled.add(paper);
      notices.push({ line, kind: 'warning', message: `"${paper.title}" is listed only under views; kept as the paper of dataset ${paper.datasets.map((d) => d.name).join(', ')} rather than as a paper entry` });
    } else {
      unfiled.add(paper);
      notices.push({ line, kind: 'needs-person', message: `"${paper.title}" is listed only under views (lines ${paper.listings.map((l) => l.line).join(', ')}) and no category could be inferred; add data/papers/<id>.yaml by hand, the next import will find it by title or link` });
    }
  }
  return unfiled;
}
