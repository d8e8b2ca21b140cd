/**
 * Build-time estimate of how wide a label renders, so SVG layouts can leave
 * room for text without a browser to measure it. Deliberately generous: an
 * overestimate only adds whitespace, an underestimate makes labels collide.
 */
const NARROW = new Set("iljI.,:;'|!()[]{} ft/-");
const WIDE = new Set('mwMW@%');

/** Width in em of one character in a typical UI sans-serif. */
function charEm(ch: string): number {
  if (NARROW.has(ch)) return 0.34;
  if (WIDE.has(ch)) return 0.9;
  if (/[A-Z]/.test(ch)) return 0.7;
  if (/[0-9]/.test(ch)) return 0.58;
  if (/[a-z]/.test(ch)) return 0.56;
  return 0.7;
}

export function textWidth(text: string, fontSize: number, { bold = false } = {}): number {
  let em = 0;
  for (const ch of text) em += charEm(ch);
  return Math.ceil(em * fontSize * (bold ? 1.16 : 1.04));
}

/** Shortens to at most `max` characters at a word boundary, with an ellipsis. */
export function truncate(text: string, max: number): string {
  if (text.length <= max) return text;
  const cut = text.slice(0, max - 1);
  const space = cut.lastIndexOf(' ');
  return `${(space > max / 2 ? cut.slice(0, space) : cut).replace(/[\s,:;–—-]+$/, '')}…`;
}

/**
 * Breaks text at spaces into lines at most `maxWidth` wide (estimated as
 * above). A single word wider than that keeps a line of its own rather than
 * being cut, so nothing is lost; the drawing then grows past `maxWidth`.
 */
export function wrapText(text: string, maxWidth: number, fontSize: number, { bold = false } = {}): string[] {
  const lines: string[] = [];
  let line = '';
  for (const word of text.split(/\s+/).filter(Boolean)) {
    const candidate = line ? `${line} ${word}` : word;
    if (line && textWidth(candidate, fontSize, { bold }) > maxWidth) {
      lines.push(line);
      line = word;
    } else {
      line = candidate;
    }
  }
  return lines.length || line ? [...lines, line] : [''];
}
