/**
 * The page side of the search worker: one worker per page, created on first
 * use. Each search box opens a channel and hears only the answer to its
 * latest request, so results never flicker back to a stale query.
 */
import type { SearchState } from '../../lib/search/query-state.ts';
import type { SearchResponse, ToWorker, WorkerMessage } from './protocol.ts';

export type SearchListener = (response: SearchResponse) => void;

export interface SearchChannel {
  search(state: SearchState, limit: number, listener: SearchListener, ids?: true): void;
  /** Ignores the answer to the latest request, if it has not come yet. */
  cancel(): void;
}

let worker: Worker | undefined;
const latest = new Map<string, { id: number; listener: SearchListener }>();
const failureListeners = new Set<(message: string) => void>();
let nextId = 0;

function start(indexUrl: string): Worker {
  const created = new Worker(new URL('./worker.ts', import.meta.url), { type: 'module' });
  created.onmessage = (event: MessageEvent<WorkerMessage>) => {
    const message = event.data;
    if (message.type === 'error') {
      for (const listener of failureListeners) listener(message.message);
      return;
    }
    const wanted = latest.get(message.response.channel);
    if (wanted?.id === message.response.id) wanted.listener(message.response);
  };
  created.postMessage({ type: 'init', indexUrl } satisfies ToWorker);
  return created;
}

/** `onFailure` hears why search cannot work (the index did not load). */
export function searchChannel(indexUrl: string, channel: string, onFailure: (message: string) => void): SearchChannel {
  failureListeners.add(onFailure);
  worker ??= start(indexUrl);
  const target = worker;
  return {
    search(state, limit, listener, ids) {
      nextId += 1;
      latest.set(channel, { id: nextId, listener });
      target.postMessage({ type: 'search', request: { channel, id: nextId, state, limit, ...(ids ? { ids } : {}) } } satisfies ToWorker);
    },
    cancel() {
      latest.delete(channel);
    },
  };
}
