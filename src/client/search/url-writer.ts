/**
 * Keeps the search page's URL and title saying what is shown without making
 * every keystroke pay for them: history.replaceState costs about half a
 * millisecond a call (and Chromium throttles frequent calls), setting
 * document.title about as much, so while someone types both wait until
 * typing pauses. A click (on a result, a suggestion) or leaving the page
 * writes them at once, so Back returns to the search that was shown.
 */
export type HistoryMode = 'push' | 'replace';

interface Entry {
  url: string;
  title: string;
  mode: HistoryMode;
}

export interface UrlWriter {
  /** Writes now: a submitted search or a changed filter. */
  now(url: string, title: string, mode: HistoryMode): void;
  /** Writes once typing pauses. */
  soon(url: string, title: string, mode: HistoryMode): void;
  /** Drops a pending write: back or forward has moved to another search (whose title is set now). */
  cancel(title: string): void;
}

const PAUSE_MS = 300;

export function urlWriter(): UrlWriter {
  let pending: Entry | undefined;
  let timer: ReturnType<typeof setTimeout> | undefined;
  const drop = () => {
    clearTimeout(timer);
    pending = undefined;
  };
  // A search that has not been written yet still owes its own history entry.
  const entry = (url: string, title: string, mode: HistoryMode): Entry => ({ url, title, mode: pending?.mode === 'push' ? 'push' : mode });
  const setTitle = (title: string) => {
    if (document.title !== title) document.title = title;
  };
  const write = ({ url, title, mode }: Entry) => {
    drop();
    setTitle(title);
    if (url === `${location.pathname}${location.search}`) return;
    if (mode === 'push') history.pushState(null, '', url);
    else history.replaceState(null, '', url);
  };
  const flush = () => {
    if (pending) write(pending);
  };
  document.addEventListener('click', flush, true);
  window.addEventListener('pagehide', flush);
  return {
    now: (url, title, mode) => write(entry(url, title, mode)),
    soon(url, title, mode) {
      pending = entry(url, title, mode);
      clearTimeout(timer);
      timer = setTimeout(flush, PAUSE_MS);
    },
    cancel(title) {
      drop();
      setTitle(title);
    },
  };
}
