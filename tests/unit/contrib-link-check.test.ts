import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { checkLink, checkLinks, collectLinks, formatLinkReport, type LinkTarget } from '../../src/lib/contrib/link-check.ts';
import { buildCatalog } from '../../src/lib/catalog/catalog.ts';
import { tempProject } from '../support/temp-data.ts';
import { runScript } from '../support/run-script.ts';

// A local server standing in for the publishers: every behaviour the checker
// has to survive, and a log of the requests it made.
let server: Server;
let origin = '';
let closedPort = 0;
const log: string[] = [];
const flaky = new Map<string, number>();

beforeAll(async () => {
  server = createServer((req, res) => {
    const url = new URL(req.url ?? '/', 'http://local').pathname;
    log.push(`${req.method} ${url}`);
    if (url === '/ok') return res.writeHead(200).end('fine');
    if (url === '/hop1') return res.writeHead(301, { location: '/hop2' }).end();
    if (url === '/hop2') return res.writeHead(302, { location: `${origin}/ok` }).end();
    if (url === '/loop') return res.writeHead(301, { location: '/loop' }).end();
    if (url === '/missing') return res.writeHead(404).end();
    if (url === '/hang') return; // never answers
    if (url === '/no-head') return res.writeHead(req.method === 'HEAD' ? 405 : 200).end();
    if (url.startsWith('/flaky')) {
      const seen = (flaky.get(url) ?? 0) + 1;
      flaky.set(url, seen);
      return res.writeHead(seen === 1 ? 503 : 200).end();
    }
    if (url === '/down') return res.writeHead(503).end();
    res.writeHead(500).end();
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  // A port that was just free and is closed again: connection refused.
  const probe = createServer();
  await new Promise<void>((resolve) => probe.listen(0, '127.0.0.1', resolve));
  closedPort = (probe.address() as AddressInfo).port;
  await new Promise((resolve) => probe.close(resolve));
});

afterAll(async () => {
  server.closeAllConnections();
  await new Promise((resolve) => server.close(resolve));
});

const target = (path: string): LinkTarget => ({ url: `${origin}${path}`, where: [`data/papers/x.yaml links.paper`] });
// Generous per-request timeout (the first fetch in a process is slow to start);
// only the never-answering handler is expected to hit it.
const fast = { timeoutMs: 5_000, retries: 1, backoffMs: 10 };

describe('link checker against a local server', () => {
  it('reports 200 as ok after a single HEAD', async () => {
    log.length = 0;
    const result = await checkLink(target('/ok'), fast);
    expect(result).toMatchObject({ status: 'ok', code: 200, redirects: 0, attempts: 1 });
    expect(log).toEqual(['HEAD /ok']);
  });

  it('follows a 301 → 302 chain and reports the final URL', async () => {
    const result = await checkLink(target('/hop1'), fast);
    expect(result).toMatchObject({ status: 'redirected', code: 200, redirects: 2, finalUrl: `${origin}/ok` });
  });

  it('gives up on a redirect loop instead of spinning', async () => {
    const result = await checkLink(target('/loop'), { ...fast, maxRedirects: 5 });
    expect(result.status).toBe('unreachable');
    expect(result.message).toMatch(/more than 5 redirects/);
  });

  it('reports 404 as broken without retrying', async () => {
    log.length = 0;
    const result = await checkLink(target('/missing'), fast);
    expect(result).toMatchObject({ status: 'broken', code: 404, attempts: 1 });
    expect(log).toEqual(['HEAD /missing']);
  });

  it('times out a server that never answers, retrying once', async () => {
    const result = await checkLink(target('/hang'), { ...fast, timeoutMs: 200 });
    expect(result).toMatchObject({ status: 'timeout', attempts: 2 });
  });

  it('reports a refused connection without retrying', async () => {
    const result = await checkLink({ url: `http://127.0.0.1:${closedPort}/`, where: [] }, fast);
    expect(result).toMatchObject({ status: 'unreachable', attempts: 1, message: 'ECONNREFUSED' });
  });

  it('falls back to GET when HEAD is refused with 405', async () => {
    log.length = 0;
    const result = await checkLink(target('/no-head'), fast);
    expect(result).toMatchObject({ status: 'ok', code: 200 });
    expect(log).toEqual(['HEAD /no-head', 'GET /no-head']);
  });

  it('retries a 503 and succeeds when the server recovers', async () => {
    const result = await checkLink(target('/flaky-a'), fast);
    expect(result).toMatchObject({ status: 'ok', code: 200, attempts: 2 });
  });

  it('calls a link broken when the 5xx persists through every retry', async () => {
    const result = await checkLink(target('/down'), { ...fast, retries: 2 });
    expect(result).toMatchObject({ status: 'broken', code: 503, attempts: 3 });
  });

  it('skips bot-blocking hosts unless --all, without any request', async () => {
    let called = false;
    const spy: typeof fetch = async (...args) => {
      called = true;
      return fetch(...args);
    };
    const result = await checkLink({ url: 'https://www.sciencedirect.com/science/article/pii/S1', where: [] }, { ...fast, fetch: spy });
    expect(result).toMatchObject({ status: 'skipped', message: 'blocks bots' });
    expect(called).toBe(false);
  });

  it('keeps at most `concurrency` requests in flight overall and `perHost` per host, in input order', async () => {
    const inFlight = new Map<string, number>();
    const peak = new Map<string, number>();
    const counting: typeof fetch = async (input, init) => {
      const host = new URL(String(input)).hostname;
      for (const key of [host, 'all']) {
        inFlight.set(key, (inFlight.get(key) ?? 0) + 1);
        peak.set(key, Math.max(peak.get(key) ?? 0, inFlight.get(key)!));
      }
      try {
        await new Promise((r) => setTimeout(r, 20));
        return await fetch(input, init);
      } finally {
        for (const key of [host, 'all']) inFlight.set(key, inFlight.get(key)! - 1);
      }
    };
    // Two host names for the same local server: 127.0.0.1 and localhost.
    const other = origin.replace('127.0.0.1', 'localhost');
    const targets = Array.from({ length: 12 }, (_, i) => ({ url: `${i % 3 ? origin : other}/ok?${i}`, where: [] }));
    const results = await checkLinks(targets, { ...fast, concurrency: 4, perHost: 2, fetch: counting });
    expect(results.map((r) => r.url)).toEqual(targets.map((t) => t.url));
    expect(results.every((r) => r.status === 'ok')).toBe(true);
    expect(peak.get('127.0.0.1')).toBe(2);
    expect(peak.get('localhost')).toBe(2);
    expect(peak.get('all')).toBe(4);
  });

  it('prints a report grouped by status with the file that uses each failing link', async () => {
    const results = await checkLinks([target('/ok'), target('/missing'), target('/hop1'), { url: 'https://dl.acm.org/doi/1', where: ['y'] }], fast);
    const report = formatLinkReport(results);
    expect(report).toContain(`1 broken\n  ${origin}/missing  HTTP 404\n      in data/papers/x.yaml links.paper`);
    expect(report).toContain(`1 redirected (consider updating to the final URL)\n  ${origin}/hop1  → ${origin}/ok`);
    expect(report).toContain('1 skipped (blocks bots');
    expect(report.indexOf('broken')).toBeLessThan(report.indexOf('redirected'));
    expect(report).toMatch(/^1 ok$/m);
  });
});

describe('collectLinks', () => {
  it('lists every external URL once with every place that uses it', () => {
    const catalog = buildCatalog({
      venues: [],
      categories: [],
      papers: [
        { id: 'a', title: 'A', year: 2020, links: { paper: 'https://x.org/a', code: 'https://git/a' }, categories: ['c'], also_published: [{ venue: 'TII', year: 2021, url: 'https://x.org/a2' }] },
        { id: 'b', title: 'B', year: 2020, links: { paper: 'https://x.org/b', code: 'https://git/a' }, categories: ['c'] },
      ],
      datasets: [{ id: 'd', name: 'D', year: 2020, paper: { title: 'P', year: 2020, url: 'https://x.org/p' }, links: { data: 'https://data/d' } }],
    });
    const links = collectLinks(catalog, (kind, id) => `data/${kind}/${id}.yaml`);
    expect(links).toEqual([
      { url: 'https://data/d', where: ['data/datasets/d.yaml links.data'] },
      { url: 'https://git/a', where: ['data/papers/a.yaml links.code', 'data/papers/b.yaml links.code'] },
      { url: 'https://x.org/a', where: ['data/papers/a.yaml links.paper'] },
      { url: 'https://x.org/a2', where: ['data/papers/a.yaml also_published[0].url'] },
      { url: 'https://x.org/b', where: ['data/papers/b.yaml links.paper'] },
      { url: 'https://x.org/p', where: ['data/datasets/d.yaml paper.url'] },
    ]);
  });
});

describe('npm run check-links', () => {
  const cli = (dataDir: string, root: string, args: string[]) => runScript('check-links.ts', ['--data', dataDir, '--retries', '0', ...args], { cwd: root });

  it('checks every link in the data, reports by status and fails only with --strict', async () => {
    const project = tempProject({ fixtures: false });
    try {
      project.write('papers', { id: 'a', title: 'A', year: 2020, links: { paper: `${origin}/ok`, code: `${origin}/missing` }, categories: ['gan'] });
      project.write('papers', { id: 'b', title: 'B', year: 2020, links: { paper: `${origin}/hop1`, project: 'https://www.sciencedirect.com/x' }, categories: ['gan'] });
      const relaxed = await cli(project.dataDir, project.root, []);
      expect(relaxed.code).toBe(0);
      expect(relaxed.stdout).toContain(`1 broken\n  ${origin}/missing  HTTP 404\n      in data/papers/a.yaml links.code`);
      expect(relaxed.stdout).toContain(`${origin}/hop1  → ${origin}/ok`);
      expect(relaxed.stdout).toContain('https://www.sciencedirect.com/x  blocks bots');
      expect(relaxed.stdout).toMatch(/4 links checked in [\d.]+ s; 1 failing\./);
      expect((await cli(project.dataDir, project.root, ['--strict'])).code).toBe(1);
    } finally {
      project.cleanup();
    }
  });
});
