/**
 * Averages a source prints that its own numbers do not give: a row's printed
 * average against the mean of its per-class values, and an average metric
 * (mAD) against the mean of the metrics it averages. The validator warns
 * about them and the importer reports them, through this one function.
 *
 * Each printed number is rounded to `decimals` places, so it is off by at
 * most half a unit in the last place, and so is a mean of such numbers: the
 * two may differ by one unit in the last place and still agree.
 */
import type { Metric, ResultRow } from './results-schema.ts';
import type { Salvaged } from './zod-shape.ts';

export interface AverageMismatch {
  metric: string;
  printed: number;
  mean: number;
  /** How many numbers the mean is of. */
  count: number;
  message: string;
}

const mean = (values: readonly number[]) => values.reduce((sum, v) => sum + v, 0) / values.length;
const numbers = (values: ReadonlyArray<number | null | undefined>) => (values.every((v): v is number => typeof v === 'number') ? values : undefined);

export function averageMismatches(row: Salvaged<ResultRow>, decimals: number, metricById: ReadonlyMap<string, Pick<Salvaged<Metric>, 'mean_of'>>): AverageMismatch[] {
  const tolerance = 10 ** -decimals + 1e-9;
  const shown = (value: number, extra = 0) => value.toFixed(decimals + extra);
  const out: AverageMismatch[] = [];
  const values = row.values ?? {};
  const compare = (metric: string, parts: readonly number[], describe: (m: string) => string) => {
    const printed = values[metric];
    if (typeof printed !== 'number' || !parts.length) return;
    const m = mean(parts);
    if (Math.abs(m - printed) <= tolerance) return;
    out.push({ metric, printed, mean: m, count: parts.length, message: `printed ${shown(printed)}, but ${describe(shown(m, 1))}; kept as printed` });
  };
  for (const [metric, list] of Object.entries(row.per_class ?? {})) {
    const perClass = list && numbers(list);
    if (perClass) compare(metric, perClass, (m) => `the mean of its ${perClass.length} per-class values is ${m}`);
  }
  for (const metric of Object.keys(values)) {
    const parts = metricById.get(metric)?.mean_of;
    if (!parts?.length) continue;
    const partValues = numbers(parts.map((p) => (p === undefined ? undefined : values[p])));
    if (partValues) compare(metric, partValues, (m) => `the mean of ${parts.join(', ')} is ${m}`);
  }
  return out;
}
