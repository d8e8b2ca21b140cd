/**
 * Folded sections (<details>) that links can reach: a #fragment naming a
 * folded year or category, or anything inside one, opens every <details>
 * around it, on load, on hashchange and on a click of an in-page link (a
 * second click on the same link fires no hashchange). Without JavaScript the
 * link still lands on the summary, one tap from open.
 */
function reveal(id: string): HTMLElement | null {
  const target = id ? document.getElementById(id) : null;
  for (let node: Element | null = target; node; node = node.parentElement) {
    if (node instanceof HTMLDetailsElement) node.open = true;
  }
  return target;
}

const fragment = () => decodeURIComponent(location.hash.slice(1));

export function openOnFragment(): void {
  // Runs before the browser scrolls to the link's target, so it scrolls to the opened position.
  document.addEventListener('click', (event) => {
    const link = (event.target as Element).closest?.<HTMLAnchorElement>('a[href^="#"]');
    if (link) reveal(decodeURIComponent(link.hash.slice(1)));
  });
  window.addEventListener('hashchange', () => reveal(fragment())?.scrollIntoView());
  reveal(fragment())?.scrollIntoView();
}

/** Buttons marked data-details-toggle="open" or "close" inside `controls` open or close every <details> in `scope`. */
export function wireToggleAll(controls: Element, scope: Element, selector = 'details'): void {
  controls.addEventListener('click', (event) => {
    const button = (event.target as Element).closest<HTMLElement>('[data-details-toggle]');
    if (!button) return;
    const open = button.dataset.detailsToggle === 'open';
    for (const details of scope.querySelectorAll<HTMLDetailsElement>(selector)) details.open = open;
  });
}
