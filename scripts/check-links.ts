/**
 * npm run check-links [-- --strict --all --concurrency N --per-host N --timeout ms --retries N --data <dir>]
 * Checks every external URL in the data and prints a report grouped by
 * status. Needs the network, so CI does not run it; exits 1 only with
 * --strict and at least one broken, timed-out or unreachable link.
 */
import path from 'node:path';
import { parseArgs } from 'node:util';
import { checkLinks, collectLinks, FAILING, formatLinkReport } from '../src/lib/contrib/link-check.ts';
import { loadDataOrReport, runCli } from './cli.ts';

const positive = (name: string, value: string) => {
  const n = Number(value);
  if (!Number.isInteger(n) || n < 0) throw new Error(`--${name} expects a whole number, got "${value}"`);
  return n;
};

runCli(async () => {
  const { values } = parseArgs({
    options: {
      data: { type: 'string', default: 'data' },
      strict: { type: 'boolean', default: false },
      all: { type: 'boolean', default: false },
      concurrency: { type: 'string', default: '8' },
      'per-host': { type: 'string', default: '2' },
      timeout: { type: 'string', default: '15000' },
      retries: { type: 'string', default: '2' },
    },
  });
  const loaded = loadDataOrReport(values.data!);
  if (!loaded) return 1;
  const { root, dataDir } = loaded;
  const targets = collectLinks(loaded.catalog, (kind, id) => path.relative(root, path.join(dataDir, kind, `${id}.yaml`)));
  const concurrency = Math.max(1, positive('concurrency', values.concurrency!));
  console.error(`checking ${targets.length} links, ${concurrency} at a time…`);
  const started = performance.now();
  let done = 0;
  const results = await checkLinks(targets, {
    concurrency,
    perHost: Math.max(1, positive('per-host', values['per-host']!)),
    timeoutMs: positive('timeout', values.timeout!),
    retries: positive('retries', values.retries!),
    all: values.all,
    onResult: () => {
      done++;
      if (process.stderr.isTTY) process.stderr.write(`\r${done}/${targets.length}`);
    },
  });
  if (process.stderr.isTTY) process.stderr.write('\r');
  console.log(formatLinkReport(results));
  const failing = results.filter((r) => FAILING.includes(r.status)).length;
  console.log(`\n${targets.length} links checked in ${((performance.now() - started) / 1000).toFixed(1)} s; ${failing} failing.`);
  return values.strict && failing ? 1 : 0;
});
