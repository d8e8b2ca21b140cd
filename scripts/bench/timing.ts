/**
 * Timing helpers shared by benchmark sections: repeated runs, min and median
 * of wall time, and the CPU time of this process (steadier than wall time on
 * a busy machine, where other processes steal the cores).
 */
import { performance } from 'node:perf_hooks';

export interface Timing {
  runs: number[];
  min: number;
  median: number;
  /** Median CPU time (user + system) of this process per run. */
  cpu: number;
}

const medianOf = (values: number[]) => {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
};

/** Runs `fn` `warmup` times untimed, then `runs` times timed (milliseconds). */
export async function measure(fn: () => unknown, { runs = 5, warmup = 1 } = {}): Promise<Timing> {
  for (let i = 0; i < warmup; i++) await fn();
  const times: number[] = [];
  const cpus: number[] = [];
  for (let i = 0; i < runs; i++) {
    const cpu = process.cpuUsage();
    const start = performance.now();
    await fn();
    times.push(performance.now() - start);
    const used = process.cpuUsage(cpu);
    cpus.push((used.user + used.system) / 1000);
  }
  return { runs: times, min: Math.min(...times), median: medianOf(times), cpu: medianOf(cpus) };
}

export const ms = (value: number) => (value >= 1000 ? `${(value / 1000).toFixed(2)} s` : `${value.toFixed(0)} ms`);

/** One aligned result line: label, wall min / median, CPU median, and an optional rate or verdict. */
export function report(label: string, timing: Timing, extra = ''): void {
  console.log(`  ${label.padEnd(32)} min ${ms(timing.min).padStart(8)}   median ${ms(timing.median).padStart(8)}   cpu ${ms(timing.cpu).padStart(8)}${extra ? `   ${extra}` : ''}`);
}
