/**
 * Runs the search off the main thread, so typing never waits for fuse.js
 * (hundreds of milliseconds per query on a 10,000-paper catalog). Only the
 * newest request of each search box is answered: requests that queue up while
 * a search runs are superseded, not processed one by one.
 */
import { SearchEngine, type Hit } from '../../lib/search/engine.ts';
import { readSearchIndexFile, type SearchIndexFile } from '../../lib/search/search-index.ts';
import { shortByline } from '../../lib/site/authors.ts';
import type { ResultView, SearchRequest, ToWorker, WorkerMessage } from './protocol.ts';

const scope = self as unknown as { postMessage(message: WorkerMessage): void; onmessage: ((event: MessageEvent) => void) | null };

let engine: Promise<SearchEngine> | undefined;

function load(indexUrl: string): Promise<SearchEngine> {
  const loading = fetch(indexUrl)
    .then((response) => {
      if (!response.ok) throw new Error(`the search index answered HTTP ${response.status}`);
      return response.json() as Promise<SearchIndexFile>;
    })
    .then((file) => new SearchEngine(readSearchIndexFile(file)));
  loading.catch(() => undefined); // reported to the page when a search waits for it
  return loading;
}

const pending = new Map<string, SearchRequest>();
let scheduled = false;

function view(engine: SearchEngine, hit: Hit): ResultView {
  const record = engine.records[hit.ref];
  return {
    kind: record.kind,
    url: record.url,
    title: record.title,
    byline: shortByline(record.authors),
    ...(record.papers === undefined ? {} : { papers: record.papers }),
    titleRanges: hit.titleRanges,
    venue: record.venue,
    year: record.year,
    categories: record.categories,
    code: record.code,
  };
}

async function run() {
  scheduled = false;
  if (!engine) return;
  try {
    const ready = await engine;
    const requests = [...pending.values()];
    pending.clear();
    for (const request of requests) answer(ready, request);
  } catch (error) {
    scope.postMessage({ type: 'error', message: error instanceof Error ? error.message : String(error) });
  }
}

function answer(ready: SearchEngine, request: SearchRequest) {
  const started = performance.now();
  const outcome = ready.search(request.state);
  const papers = outcome.hits.filter((hit) => ready.records[hit.ref].kind === 'paper');
  scope.postMessage({
    type: 'result',
    response: {
      channel: request.channel,
      id: request.id,
      total: outcome.hits.length,
      papers: papers.length,
      ...(request.ids ? { paperIds: papers.map((hit) => ready.records[hit.ref].id) } : {}),
      results: outcome.hits.slice(0, request.limit).map((hit) => view(ready, hit)),
      understood: outcome.understood,
      suggestions: outcome.suggestions,
      nearest: outcome.nearest.map((hit) => view(ready, hit)),
      searchMs: performance.now() - started,
    },
  });
}

scope.onmessage = (event: MessageEvent<ToWorker>) => {
  if (event.data.type === 'init') {
    engine ??= load(event.data.indexUrl);
    return;
  }
  pending.set(event.data.request.channel, event.data.request);
  if (!scheduled) {
    scheduled = true;
    setTimeout(run, 0);
  }
};
