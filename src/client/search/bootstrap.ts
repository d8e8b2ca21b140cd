/**
 * Loaded on every page, so it stays under 1 KB: it waits for the first focus
 * of a header search box (or "/", Ctrl-K, Cmd-K, which focus it) and only then
 * loads the search code. Plain page views never fetch the index or fuse.js.
 */
const BOX = 'form[data-site-search] input[data-search-input]';

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
