/**
 * A category for a paper listed only in views ("Recent research") and never
 * in a section of the taxonomy, guessed from unmistakable title words. The
 * first rule that matches wins; no match means a person files it.
 */
const RULES: Array<[RegExp, string, string?]> = [
  [/\bworkshop\b|\bchallenge\b/i, 'surveys', 'workshop'],
  [/\bsurvey\b|\bbenchmark(?:ing)?\b|\breview\b/i, 'surveys'],
  [/\bzero[- ]shot\b/i, 'zero-shot'],
  [/\bfew[- ]?shot\b/i, 'few-shot'],
  [/\bdiffusion\b/i, 'diffusion'],
  [/\bstudent[- ]teacher\b|\bteacher[- ]student\b|\bdistillation\b/i, 'teacher-student'],
  [/\bnormali[sz]ing flows?\b/i, 'distribution-map'],
  [/\bpoint clouds?\b|\b3d\b|\bmultimodal\b/i, '3d'],
  [/\bcontinual\b|\bonline\b/i, 'continual'],
  [/\bmulti-class\b|\bunified\b/i, 'multi-class'],
  [/\blogical\b/i, 'logical'],
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
