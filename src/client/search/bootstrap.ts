/**
 * Loaded on every page, so it stays about 1 KB: it loads search code only
 * once it is needed, and plain page views never fetch the index or fuse.js.
 * The header box's code loads on the first focus of a header search box (or
 * "/", Ctrl-K, Cmd-K, which focus it). The search page's (page-results.ts)
 * loads at once when its URL carries a query (?q=… or a filter), otherwise
 * on the first focus, input or change in its form. One loader for both keeps
 * the dynamic-import helper inside this file rather than in a chunk of its own.
 */
const BOX = 'form[data-site-search] input[data-search-input]';
const PAGE_FORM_NEEDS = ['focusin', 'input', 'change'] as const;

let loading = false;
function load(focused: HTMLInputElement) {
  if (loading) return;
  loading = true;
  import('./combobox.ts').then((module) => module.enhanceAll([...document.querySelectorAll<HTMLInputElement>(BOX)], focused));
}

document.addEventListener('focusin', (event) => {
  if (event.target instanceof HTMLInputElement && event.target.matches(BOX)) load(event.target);
});

document.addEventListener('keydown', (event) => {
  const target = event.target as HTMLElement;
  const modifier = event.ctrlKey || event.metaKey;
  const box = document.querySelector<HTMLInputElement>(BOX);
  if (box && !event.altKey && !target.isContentEditable && !/^(INPUT|TEXTAREA|SELECT)$/.test(target.tagName) && (event.key === '/' ? !modifier : modifier && event.key.toLowerCase() === 'k')) {
    event.preventDefault();
    box.focus();
    box.select();
  }
});

const pageForm = document.querySelector<HTMLFormElement>('form[data-search-page]');
if (pageForm) {
  const start = () => {
    for (const type of PAGE_FORM_NEEDS) pageForm.removeEventListener(type, start);
    import('./page-results.ts').then((module) => module.startResults(pageForm));
  };
  // Any query string may ask for a search; page-results.ts reads it and loads the index only if it does.
  if (location.search.length > 1) start();
  else for (const type of PAGE_FORM_NEEDS) pageForm.addEventListener(type, start);
}
