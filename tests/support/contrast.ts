/** WCAG contrast of a page's text as Chromium renders it, in whichever theme the page is in. */
import type { Page } from 'playwright-core';

/**
 * Text whose contrast with its background is below WCAG AA (4.5:1, or 3:1
 * for large text). Colours are resolved through a canvas, so any CSS colour
 * syntax works; the background is the first opaque one up the tree.
 */
export function lowContrast(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const ctx = document.createElement('canvas').getContext('2d', { willReadFrequently: true })!;
    const rgba = (color: string) => {
      ctx.clearRect(0, 0, 1, 1);
      ctx.fillStyle = color;
      ctx.fillRect(0, 0, 1, 1);
      return [...ctx.getImageData(0, 0, 1, 1).data];
    };
    const luminance = ([r, g, b]: number[]) => {
      const [R, G, B] = [r, g, b].map((v) => (v / 255 <= 0.03928 ? v / 255 / 12.92 : ((v / 255 + 0.055) / 1.055) ** 2.4));
      return 0.2126 * R + 0.7152 * G + 0.0722 * B;
    };
    const background = (element: Element | null): number[] => {
      for (let node = element; node; node = node.parentElement) {
        const color = rgba(getComputedStyle(node).backgroundColor);
        if (color[3] === 255) return color;
      }
      return rgba(getComputedStyle(document.documentElement).backgroundColor);
    };
    const offenders: string[] = [];
    const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
    const checked = new Set<Element>();
    for (let text = walker.nextNode(); text; text = walker.nextNode()) {
      const element = text.parentElement;
      if (!element || checked.has(element) || !text.textContent?.trim() || element.closest('svg')) continue;
      checked.add(element);
      const style = getComputedStyle(element);
      const box = element.getBoundingClientRect();
      if (box.width === 0 || style.visibility === 'hidden' || element.closest('.sr-only')) continue;
      const fg = luminance(rgba(style.color));
      const bg = luminance(background(element));
      const ratio = (Math.max(fg, bg) + 0.05) / (Math.min(fg, bg) + 0.05);
      const size = parseFloat(style.fontSize);
      const large = size >= 24 || (size >= 18.66 && Number(style.fontWeight) >= 700);
      if (ratio < (large ? 3 : 4.5)) offenders.push(`${ratio.toFixed(2)}:1 "${text.textContent.trim().slice(0, 40)}"`);
    }
    return offenders;
  });
}
