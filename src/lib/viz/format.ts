/** Thousands separators, fixed locale so builds are identical everywhere. */
export function formatCount(n: number): string {
  return n.toLocaleString('en-US');
}

export function formatPercent(share: number): string {
  return `${Math.round(share * 100)}%`;
}
