/**
 * Two of Lighthouse's accessibility rules, checked on real computed styles and
 * layout in Chromium, fast enough to run on every page type in the browser
 * tests (the full Lighthouse run is `npm run bench -- lighthouse`):
 *
 * - link-in-text-block (WCAG 1.4.1): a link that shares a line of text with
 *   other words must not be told apart by colour alone, so it is underlined;
 * - target-size (WCAG 2.5.8): a control is at least 24 × 24 CSS px, or
 *   spaced so a 24 px circle on its centre touches no other control. Links
 *   inside a sentence are exempt, as in WCAG.
 *
 * Both run inside the page, so each function is self-contained.
 */
import type { Locator, Page } from 'playwright-core';

/** Links in running text whose own style has no underline, as "text of the link" descriptions. */
export function linksWithoutUnderline(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const inline = (node: Node) => node.nodeType === Node.TEXT_NODE || (node instanceof Element && getComputedStyle(node).display.startsWith('inline'));
    /** Text beside the link in the same run of inline content, up to the nearest block. */
    const textBeside = (link: Element) => {
      let inner: Element = link;
      while (inner.parentElement && inline(inner.parentElement)) inner = inner.parentElement;
      const block = inner.parentElement;
      if (!block) return '';
      return [...block.childNodes].filter((node) => node !== inner && inline(node) && !(node instanceof Element && node.closest('.sr-only'))).map((node) => node.textContent ?? '').join('').trim();
    };
    return [...document.querySelectorAll('body a[href]')]
      .filter((link) => getComputedStyle(link).display === 'inline' && link.getClientRects().length > 0 && !link.closest('svg'))
      .filter((link) => /\w/.test(textBeside(link)) && !getComputedStyle(link).textDecorationLine.includes('underline'))
      .map((link) => `"${link.textContent?.trim().slice(0, 40)}" in "${textBeside(link).slice(0, 40)}"`);
  });
}

/** Controls inside `scope` that are under 24 × 24 px and too close to another control. */
export function crowdedTargets(scope: Locator): Promise<string[]> {
  return scope.evaluate((root) => {
    const MIN = 24;
    const targets = [...root.querySelectorAll('a[href], button, summary, input, select')].filter((el) => el.getClientRects().length > 0);
    const inSentence = (el: Element) => el instanceof HTMLAnchorElement && getComputedStyle(el).display === 'inline';
    const centre = (r: DOMRect) => ({ x: r.left + r.width / 2, y: r.top + r.height / 2 });
    const circleTouches = (c: { x: number; y: number }, r: DOMRect) => {
      const dx = Math.max(r.left - c.x, 0, c.x - r.right);
      const dy = Math.max(r.top - c.y, 0, c.y - r.bottom);
      return dx * dx + dy * dy < (MIN / 2) ** 2;
    };
    const small = targets.filter((el) => {
      const r = el.getBoundingClientRect();
      return !inSentence(el) && (r.width < MIN || r.height < MIN);
    });
    return small
      .filter((el) => {
        const c = centre(el.getBoundingClientRect());
        return targets.some((other) => {
          if (other === el || other.contains(el) || el.contains(other)) return false;
          const r = other.getBoundingClientRect();
          const o = centre(r);
          return circleTouches(c, r) || (small.includes(other) && Math.hypot(o.x - c.x, o.y - c.y) < MIN);
        });
      })
      .map((el) => {
        const r = el.getBoundingClientRect();
        return `${el.tagName.toLowerCase()} "${el.textContent?.trim().slice(0, 40)}" ${r.width.toFixed(0)}×${r.height.toFixed(0)}`;
      });
  });
}
