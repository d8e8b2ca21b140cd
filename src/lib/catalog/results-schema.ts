/**
 * The shape of benchmark results: the metrics a result can be given in
 * (data/metrics.yaml), a benchmark and the settings it runs methods under
 * (data/benchmarks/<id>.yaml), and one table of results each
 * (data/results/<benchmark>/<setting>-<dataset>.yaml).
 *
 * Values are kept as the source prints them. Every metric here is a fraction
 * of 1 at most (AUROC, AP, F1, PRO, IoU, a forgetting measure), but ADer prints 98.8
 * where IM-IAD prints 0.988, so the scale belongs to the table, not to the
 * metric: one metric, two printings, compared through results.ts.
 *
 * Rules across files (ids that resolve, duplicates, ranges, averages that do
 * not add up) live in check-results.ts.
 */
import { z } from 'zod';
import { httpUrl, id, nonEmptyList, text, uniqueList } from './schema.ts';

export const METRIC_LEVELS = ['image', 'pixel', 'region', 'combined'] as const;

export const metricSchema = z
  .object({
    id: id.describe('Kebab-case id used in results files, e.g. "image-auroc".'),
    name: text.describe('Column heading on the site, e.g. "Image AUROC".'),
    level: z.enum(METRIC_LEVELS).describe('What is scored: whole images, pixels, regions (PRO), or an average over several levels (mAD).'),
    higher_is_better: z.boolean({ invalid_type_error: 'expected true or false' }).describe('false for error-like measures such as forgetting.'),
    min: z
      .number()
      .min(-1, 'expected -1 or more: values are fractions of 1')
      .max(0, 'expected 0 or less')
      .optional()
      .describe('Lowest possible value as a fraction, when below 0: forgetting is negative when a class got better. Default 0; the highest is always 1.'),
    mean_of: uniqueList(z.array(id))
      .optional()
      .describe('Metric ids this one averages, e.g. mAD; a printed value that is not their mean is a warning.'),
    aliases: z.array(text).optional().describe('Column labels sources print for it ("mAU-ROC_I", "Image AUC"); the importer maps them here.'),
    description: text.optional().describe('What it measures, in your own words.'),
  })
  .strict();

export const metricsFileSchema = z.object({ metrics: nonEmptyList(metricSchema, 'metrics') }).strict();

export const TRAINING_SETTINGS = ['single-class', 'multi-class', 'noisy', 'few-shot', 'continual', 'semi-supervised'] as const;

/** The conditions a result was obtained under; only what the source states. */
export const protocolSchema = z
  .object({
    setting: z
      .enum(TRAINING_SETTINGS)
      .optional()
      .describe('single-class: a model per class on all its normal images (IM-IAD\'s "vanilla"); multi-class: one model for all classes; noisy: anomalies mixed into training; few-shot; continual: classes learnt one after another; semi-supervised: some labelled anomalies.'),
    shots: z.number().int('expected a whole number').min(1, 'expected at least 1').optional().describe('Normal training images per class (few-shot).'),
    augmentation: z.boolean({ invalid_type_error: 'expected true or false' }).optional().describe('The few training images are augmented.'),
    noise_ratio: z.number().gt(0, 'expected a ratio above 0').lt(1, 'expected a ratio below 1').optional().describe('Share of anomalous images mixed into the training set, e.g. 0.05.'),
    labelled_anomalies: z.number().int('expected a whole number').min(1, 'expected at least 1').optional().describe('Annotated anomalous images used in training (semi-supervised).'),
    epochs: z.number().int('expected a whole number').min(1, 'expected at least 1').optional().describe('Training epochs.'),
    resolution: z.string().regex(/^\d+x\d+$/, 'expected width x height in pixels, e.g. "256x256"').optional().describe('Input size, e.g. "256x256".'),
    hardware: text.optional().describe('What the runs were made on, when the source says, e.g. "L40S".'),
  })
  .strict();

export const settingSchema = z
  .object({
    id: id.describe('Kebab-case id; results files are named <setting>-<dataset>.yaml.'),
    name: text.describe('How the site names the setting, e.g. "Few-shot, 1 shot".'),
    protocol: protocolSchema.describe("What differs in this setting; adds to the benchmark's protocol."),
  })
  .strict();

export const benchmarkSchema = z
  .object({
    id: id.describe('Must equal the file name without .yaml; the folder data/results/<id>/ holds its tables.'),
    name: text.describe('e.g. "ADer".'),
    paper: id.describe('Id of the catalog paper that defines the benchmark.'),
    results_url: httpUrl.optional().describe('Where the benchmark publishes its results, when it has its own page.'),
    protocol: protocolSchema.describe('What every setting shares, e.g. the resolution.'),
    settings: nonEmptyList(settingSchema, 'settings').describe('The settings the benchmark runs methods under.'),
    notes: z.array(text).optional().describe('What a reader should know about the numbers, in your own words.'),
  })
  .strict()
  .superRefine((value, ctx) => {
    const seen = new Set<string>();
    value.settings.forEach((setting, index) => {
      if (seen.has(setting.id)) ctx.addIssue({ code: z.ZodIssueCode.custom, path: ['settings', index, 'id'], message: `setting "${setting.id}" is listed twice` });
      seen.add(setting.id);
    });
  });

const value = z.number({ invalid_type_error: 'expected a number as the source prints it, e.g. 98.8 or 0.988' });

export const resultRowSchema = z
  .object({
    method: id.optional().describe('Id of the catalog paper whose method this is.'),
    variant: text.optional().describe('The name the source gives a variant of that method, e.g. "InvAD-lite".'),
    baseline: text.optional().describe('A named method with no catalog paper; give this instead of `method`.'),
    values: z.record(id, value).describe('Metric id → the value as printed (the average over classes when the source gives per-class values).'),
    per_class: z
      .record(id, z.array(value.nullable()))
      .optional()
      .describe('Metric id → one value per entry of `classes`, in that order; null where the source prints "-".'),
    link: httpUrl.optional().describe('Evidence for this row, e.g. the training log.'),
    notes: z.array(text).optional(),
  })
  .strict()
  .superRefine((row, ctx) => {
    if ((row.method === undefined) === (row.baseline === undefined)) {
      ctx.addIssue({ code: z.ZodIssueCode.custom, path: ['method'], message: 'give either method (a catalog paper id) or baseline (the name of a method with no paper), not both or neither' });
    }
    if (row.variant !== undefined && row.method === undefined) ctx.addIssue({ code: z.ZodIssueCode.custom, path: ['variant'], message: 'a variant belongs to a method; give method too' });
  });

export const resultTableSchema = z
  .object({
    benchmark: id.optional().describe('Id of the benchmark these results come from (data/benchmarks/).'),
    setting: id.optional().describe("Id of one of the benchmark's settings."),
    reported_by: id.optional().describe('Instead of a benchmark: id of the paper that reports these results about itself.'),
    protocol: protocolSchema.optional().describe('With reported_by: the setting, as the paper states it.'),
    dataset: id.describe('Id of the dataset (data/datasets/).'),
    subset: text.optional().describe("One of the dataset's subsets, when the table covers only that part."),
    table: text.describe('Where in the source: its heading ("MVTec AD-100epochs") or caption ("Table 2").'),
    scale: z
      .union([z.literal(1), z.literal(100)], { errorMap: () => ({ message: 'expected 1 (values printed as fractions, 0.988) or 100 (percentages, 98.8)' }) })
      .describe('1: values printed as fractions (0.988); 100: as percentages (98.8).'),
    decimals: z.number().int('expected a whole number').min(0).max(6).describe('Decimal places the source prints; differences within rounding are not flagged.'),
    classes: uniqueList(z.array(text)).optional().describe('Class names, in the order of every per_class list.'),
    rows: nonEmptyList(resultRowSchema, 'rows').describe('One row per method.'),
  })
  .strict()
  .superRefine((table, ctx) => {
    const issue = (path: string, message: string) => ctx.addIssue({ code: z.ZodIssueCode.custom, path: [path], message });
    if ((table.benchmark === undefined) === (table.reported_by === undefined)) issue('benchmark', 'give either benchmark (with setting) or reported_by (a paper reporting its own results), not both or neither');
    if (table.benchmark !== undefined && table.setting === undefined) issue('setting', "required with benchmark: the id of one of the benchmark's settings");
    if (table.reported_by !== undefined && table.setting !== undefined) issue('setting', 'a paper reporting its own results states its protocol instead of a setting');
    if (table.reported_by !== undefined && table.protocol === undefined) issue('protocol', 'required with reported_by: the setting as the paper states it (e.g. setting: multi-class)');
  });

export type Metric = z.infer<typeof metricSchema>;
export type Protocol = z.infer<typeof protocolSchema>;
export type Setting = z.infer<typeof settingSchema>;
export type Benchmark = z.infer<typeof benchmarkSchema>;
export type ResultRow = z.infer<typeof resultRowSchema>;
export type ResultTable = z.infer<typeof resultTableSchema>;
