/**
 * Edit distance counting a swap of two neighbours as one edit (optimal string
 * alignment), for did-you-mean hints on ids, keys and venues: "CVRP" is one
 * slip away from "CVPR".
 */
export function levenshtein(a: string, b: string): number {
  if (a === b) return 0;
  if (!a.length) return b.length;
  if (!b.length) return a.length;
  let before: number[] = [];
  let prev = Array.from({ length: b.length + 1 }, (_, i) => i);
  for (let i = 1; i <= a.length; i++) {
    const cur = [i];
    for (let j = 1; j <= b.length; j++) {
      cur[j] = Math.min(prev[j] + 1, cur[j - 1] + 1, prev[j - 1] + (a[i - 1] === b[j - 1] ? 0 : 1));
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) cur[j] = Math.min(cur[j], before[j - 2] + 1);
    }
    before = prev;
    prev = cur;
  }
  return prev[b.length];
}

const squash = (s: string) => s.toLowerCase().replace(/[^a-z0-9]/g, '');

/** About one slip per three characters of the longer word is still a plausible typo. */
const tolerance = (a: string, b: string) => Math.max(1, Math.floor(Math.max(a.length, b.length, 3) / 3));

/** The closest candidate, if it is close enough to be a plausible typo. */
export function closest(input: string, candidates: Iterable<string>): string | undefined {
  const target = squash(input);
  let best: string | undefined;
  let bestScore = Infinity;
  for (const candidate of candidates) {
    const c = squash(candidate);
    const score = c === target ? 0 : levenshtein(target, c);
    if (score < bestScore && score <= tolerance(target, c)) {
      best = candidate;
      bestScore = score;
    }
  }
  return best;
}

/** ` (did you mean "X"?)` for a suggestion, or nothing. */
export const hint = (suggestion: string | undefined) => (suggestion ? ` (did you mean "${suggestion}"?)` : '');

export function didYouMean(input: string, candidates: Iterable<string>): string {
  return hint(closest(input, candidates));
}
