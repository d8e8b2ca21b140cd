/**
 * The taxonomy the catalog is growing into, for synthetic catalogs: the
 * committed categories plus the branches the 2024–2026 import brings
 * (vision–language and MLLM methods, RGB-D and point clouds, video, zero-shot
 * split from few-shot, more "other settings"). With them the site is tested on
 * a branch of 10+ children, a third level under 3D, and long labels.
 *
 * Also says how papers spread over categories and years, so a synthetic
 * catalog has the skew of a real one: popular categories hold hundreds of
 * papers, new directions start late and grow fast, recent years are busiest.
 */
import type { Category } from '../../src/lib/catalog/schema.ts';

export interface GrowthCategory extends Category {
  /** Relative share of new papers filed here. */
  weight: number;
  /** First year a paper can be filed here. */
  since: number;
}

const category = (id: string, name: string, parent: string | undefined, order: number, weight: number, since: number, description: string): GrowthCategory => ({
  id,
  name,
  ...(parent ? { parent } : {}),
  order,
  description,
  weight,
  since,
});

/** New categories, and committed ones that move (zero-shot becomes a sibling of few-shot). */
export const GROWTH_CATEGORIES: readonly GrowthCategory[] = [
  category('vision-language', 'Vision–Language & Foundation Models', undefined, 5, 6, 2022, 'Methods built on large pre-trained vision–language or segmentation models, prompted or adapted for anomalies.'),
  category('clip-prompting', 'CLIP Prompting & Adapters', 'vision-language', 1, 40, 2022, 'Compare image patches with text prompts for normal and anomalous states, with learned prompts or light adapters.'),
  category('mllm', 'Multimodal LLM (MLLM)-Based Anomaly Detection', 'vision-language', 2, 30, 2023, 'Ask a multimodal large language model whether and where an image is defective, often with in-context examples.'),
  category('segmentation-foundation', 'Segmentation Foundation Models', 'vision-language', 3, 12, 2023, 'Segment-anything-style models that propose regions which a second stage scores as anomalous.'),
  category('anomaly-reasoning', 'Anomaly Reasoning & Description', 'vision-language', 4, 10, 2024, 'Explain in words what is wrong with a part, and benchmarks that grade those explanations.'),
  category('zero-shot', 'Zero-Shot AD', 'other-settings', 0, 25, 2020, 'Detect anomalies with no training images of the target product at all, often by prompting foundation models.'),
  category('rgb-d', 'RGB-D & Multimodal 3D', '3d', 1, 12, 2021, 'Combine colour images with depth maps or point clouds of the same part.'),
  category('point-cloud', 'Point-Cloud-Only AD', '3d', 2, 8, 2022, 'Work on point clouds alone, without colour images.'),
  category('video', 'Video & Temporal Inspection', 'other-settings', 8, 6, 2021, 'Anomalies on production lines seen over time, in video or image sequences.'),
  category('domain-shift', 'Domain Generalization & Adaptation', 'other-settings', 9, 6, 2021, 'Keep detecting anomalies when lighting, cameras or products shift away from the training data.'),
  category('open-set', 'Open-Set & Unseen Anomaly Types', 'other-settings', 10, 5, 2021, 'Supervised detectors that must also catch anomaly types never seen in training.'),
];

/** Papers per year, relative: the field keeps growing; 2026 is a part year. */
export const YEAR_WEIGHTS: ReadonlyMap<number, number> = new Map([
  [2018, 3], [2019, 5], [2020, 7], [2021, 10], [2022, 13], [2023, 16], [2024, 18], [2025, 18], [2026, 10],
]);

/** The synthetic catalog's "today": nothing is added later than this. */
export const LAST_ADDED = '2026-04-30';
