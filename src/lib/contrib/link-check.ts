/**
 * Checks the external links in the catalog. Publishers are slow, flaky and
 * sometimes hostile to scripts, so a dead link is only called dead after the
 * cheap HEAD, a GET fallback and a few spaced retries; hosts known to answer
 * every script with 403 or a captcha are skipped unless asked for.
 * `fetch` is injectable and nothing here knows about the internet, so tests
 * run it against a local server.
 */
import type { Catalog } from '../catalog/catalog.ts';

/** Hosts that refuse automated requests (403, captcha, connection reset) whatever the link's health. */
export const BOT_BLOCKING_HOSTS = ['sciencedirect.com', 'ieeexplore.ieee.org', 'dl.acm.org', 'researchgate.net', 'tandfonline.com', 'ascelibrary.org', 'ebscohost.com'];

export interface LinkTarget {
  url: string;
  /** Where the link is used, e.g. `data/papers/patchcore.yaml links.code`. */
  where: string[];
}

export type LinkStatus = 'ok' | 'redirected' | 'broken' | 'timeout' | 'unreachable' | 'skipped';

export interface LinkResult extends LinkTarget {
  status: LinkStatus;
  /** Final HTTP status code, when there was a response. */
  code?: number;
  /** Where a redirect chain ended. */
  finalUrl?: string;
  redirects: number;
  attempts: number;
  message?: string;
}

export interface LinkCheckOptions {
  fetch?: typeof fetch;
  /** Per request. */
  timeoutMs?: number;
  concurrency?: number;
  /** Requests in flight to one host, so a list full of arXiv links does not look like an attack. */
  perHost?: number;
  /** Extra attempts after a timeout, a 5xx or a 429. */
  retries?: number;
  /** First retry waits this long, then doubles. */
  backoffMs?: number;
  maxRedirects?: number;
  skipHosts?: readonly string[];
  /** Check the bot-blocking hosts too. */
  all?: boolean;
  onResult?: (result: LinkResult) => void;
}

/** Every external URL in the data, once, with the places that use it. */
export function collectLinks(catalog: Pick<Catalog, 'papers' | 'datasets'>, fileOf: (kind: 'papers' | 'datasets', id: string) => string): LinkTarget[] {
  const byUrl = new Map<string, string[]>();
  const add = (url: string | undefined, where: string) => {
    if (url) byUrl.set(url, [...(byUrl.get(url) ?? []), where]);
  };
  for (const paper of catalog.papers) {
    const file = fileOf('papers', paper.id);
    for (const [kind, url] of Object.entries(paper.links)) add(url, `${file} links.${kind}`);
    paper.also_published?.forEach((pub, i) => add(pub.url, `${file} also_published[${i}].url`));
  }
  for (const dataset of catalog.datasets) {
    const file = fileOf('datasets', dataset.id);
    add(dataset.paper?.url, `${file} paper.url`);
    for (const [kind, url] of Object.entries(dataset.links ?? {})) add(url, `${file} links.${kind}`);
    dataset.also_published?.forEach((pub, i) => add(pub.url, `${file} also_published[${i}].url`));
  }
  return [...byUrl].map(([url, where]) => ({ url, where })).sort((a, b) => a.url.localeCompare(b.url));
}

export function isBotBlocking(url: string, hosts: readonly string[] = BOT_BLOCKING_HOSTS): boolean {
  const host = new URL(url).hostname.toLowerCase();
  return hosts.some((h) => host === h || host.endsWith(`.${h}`));
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** Servers that do not implement HEAD, or refuse it, often answer GET fine. */
const HEAD_REFUSED = new Set([403, 405, 501]);
const retryable = (code: number) => code === 429 || code >= 500;

interface Hop {
  code: number;
  location?: string;
  retryAfter?: number;
}

async function request(doFetch: typeof fetch, url: string, method: 'HEAD' | 'GET', timeoutMs: number): Promise<Hop> {
  const response = await doFetch(url, {
    method,
    redirect: 'manual',
    signal: AbortSignal.timeout(timeoutMs),
    headers: { 'user-agent': 'iad-atlas-link-check (+https://github.com)', accept: '*/*' },
  });
  // Only the status matters; do not download PDFs.
  await response.body?.cancel().catch(() => undefined);
  const retryAfter = Number(response.headers.get('retry-after'));
  return { code: response.status, location: response.headers.get('location') ?? undefined, retryAfter: Number.isFinite(retryAfter) ? retryAfter : undefined };
}

/** One URL, following redirects, HEAD first then GET. Throws on network errors and timeouts. */
async function resolve(doFetch: typeof fetch, url: string, timeoutMs: number, maxRedirects: number): Promise<{ hop: Hop; finalUrl: string; redirects: number }> {
  let current = url;
  for (let redirects = 0; ; redirects++) {
    let hop = await request(doFetch, current, 'HEAD', timeoutMs);
    if (HEAD_REFUSED.has(hop.code)) hop = await request(doFetch, current, 'GET', timeoutMs);
    if (hop.code < 300 || hop.code >= 400 || !hop.location) return { hop, finalUrl: current, redirects };
    if (redirects >= maxRedirects) throw new Error(`more than ${maxRedirects} redirects`);
    current = new URL(hop.location, current).href;
  }
}

function describeError(error: unknown): { status: 'timeout' | 'unreachable'; message: string } {
  const err = error as { name?: string; message?: string; cause?: { code?: string; message?: string } };
  if (err.name === 'TimeoutError' || err.name === 'AbortError') return { status: 'timeout', message: 'no answer in time' };
  return { status: 'unreachable', message: err.cause?.code ?? err.cause?.message ?? err.message ?? String(error) };
}

export async function checkLink(target: LinkTarget, options: LinkCheckOptions = {}): Promise<LinkResult> {
  const { fetch: doFetch = fetch, timeoutMs = 15_000, retries = 2, backoffMs = 1_000, maxRedirects = 10, skipHosts = BOT_BLOCKING_HOSTS, all = false } = options;
  if (!all && isBotBlocking(target.url, skipHosts)) return { ...target, status: 'skipped', redirects: 0, attempts: 0, message: 'blocks bots' };
  let result: LinkResult = { ...target, status: 'unreachable', redirects: 0, attempts: 0 };
  for (let attempt = 1; attempt <= retries + 1; attempt++) {
    let wait = backoffMs * 2 ** (attempt - 1);
    try {
      const { hop, finalUrl, redirects } = await resolve(doFetch, target.url, timeoutMs, maxRedirects);
      const ok = hop.code >= 200 && hop.code < 300;
      result = {
        ...target,
        status: ok ? (redirects ? 'redirected' : 'ok') : 'broken',
        code: hop.code,
        finalUrl: redirects ? finalUrl : undefined,
        redirects,
        attempts: attempt,
      };
      if (ok || !retryable(hop.code)) return result;
      if (hop.retryAfter !== undefined) wait = Math.min(hop.retryAfter * 1000, 30_000);
    } catch (error) {
      const { status, message } = describeError(error);
      result = { ...target, status, message, redirects: 0, attempts: attempt };
      // A refused connection or an unknown host will not change in a second.
      if (status === 'unreachable' && /ECONNREFUSED|ENOTFOUND|redirects/.test(message)) return result;
    }
    if (attempt <= retries) await sleep(wait);
  }
  return result;
}

const hostOf = (url: string) => {
  try {
    return new URL(url).host.toLowerCase();
  } catch {
    return '';
  }
};

/** Round-robin over hosts, so concurrent workers spread over many servers instead of queueing on one. */
function interleaveByHost(indexes: number[], hosts: string[]): number[] {
  const byHost = new Map<string, number[]>();
  for (const i of indexes) {
    const queue = byHost.get(hosts[i]);
    if (queue) queue.push(i);
    else byHost.set(hosts[i], [i]);
  }
  const queues = [...byHost.values()];
  const order: number[] = [];
  for (let round = 0; order.length < indexes.length; round++) for (const queue of queues) if (round < queue.length) order.push(queue[round]);
  return order;
}

/**
 * Checks all targets with at most `concurrency` requests in flight overall and
 * `perHost` per host; results keep the input order.
 */
export async function checkLinks(targets: LinkTarget[], options: LinkCheckOptions = {}): Promise<LinkResult[]> {
  const perHost = Math.max(1, options.perHost ?? 2);
  const results: LinkResult[] = new Array(targets.length);
  const hosts = targets.map((target) => hostOf(target.url));
  const pending = interleaveByHost(targets.map((_, i) => i), hosts);
  const busy = new Map<string, number>();
  const wake: Array<() => void> = [];
  const take = (): number | undefined => {
    const at = pending.findIndex((i) => (busy.get(hosts[i]) ?? 0) < perHost);
    return at === -1 ? undefined : pending.splice(at, 1)[0];
  };
  const worker = async () => {
    while (pending.length) {
      const index = take();
      if (index === undefined) {
        // Every remaining link is on a host at its limit: wait for one to finish.
        await new Promise<void>((resolve) => wake.push(resolve));
        continue;
      }
      const host = hosts[index];
      busy.set(host, (busy.get(host) ?? 0) + 1);
      try {
        results[index] = await checkLink(targets[index], options);
      } finally {
        busy.set(host, busy.get(host)! - 1);
        wake.splice(0).forEach((resolve) => resolve());
      }
      options.onResult?.(results[index]);
    }
  };
  await Promise.all(Array.from({ length: Math.max(1, Math.min(options.concurrency ?? 8, targets.length)) }, worker));
  return results;
}

export const FAILING: readonly LinkStatus[] = ['broken', 'timeout', 'unreachable'];

const GROUPS: Array<{ status: LinkStatus; title: string }> = [
  { status: 'broken', title: 'broken' },
  { status: 'timeout', title: 'timed out' },
  { status: 'unreachable', title: 'unreachable' },
  { status: 'redirected', title: 'redirected (consider updating to the final URL)' },
  { status: 'skipped', title: 'skipped (blocks bots; check by hand or pass --all)' },
  { status: 'ok', title: 'ok' },
];

/** The report, grouped by status, problems first; ok links are only counted. */
export function formatLinkReport(results: LinkResult[]): string {
  const out: string[] = [];
  for (const { status, title } of GROUPS) {
    const group = results.filter((r) => r.status === status);
    if (!group.length) continue;
    out.push(`${group.length} ${title}`);
    if (status === 'ok') continue;
    for (const r of group) {
      const detail = r.status === 'redirected' ? `→ ${r.finalUrl}` : r.code ? `HTTP ${r.code}` : r.message ?? '';
      out.push(`  ${r.url}  ${detail}${r.attempts > 1 ? ` (after ${r.attempts} attempts)` : ''}`);
      if (status !== 'skipped') for (const where of r.where) out.push(`      in ${where}`);
    }
    out.push('');
  }
  return out.join('\n').trimEnd();
}
