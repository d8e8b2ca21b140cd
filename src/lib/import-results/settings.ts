/**
 * What a heading says about the conditions of its table, as a protocol:
 * "MVTec AD-100epochs" → 100 epochs; "The results with 0.05 noise ratio on
 * MVTec AD" → noisy, ratio 0.05; "… few-shot augmentation …" → few-shot with
 * augmentation, the number of shots given per row (CFA-1, PatchCore-8). And
 * the settings a benchmark file declares, found or added by protocol, so a
 * setting keeps its id (and its file names) whatever the heading's wording.
 */
import type { Benchmark, Protocol, Setting } from '../catalog/results-schema.ts';

/** A protocol field some sources give per row, as a suffix of the method's name. */
export type PerRow = 'shots' | 'labelled_anomalies';

export interface HeadingSetting {
  protocol: Protocol;
  perRow?: PerRow;
}

/** The protocol a heading (and its table's first header cell, e.g. "Noisy 0.05") states. */
export function settingFromHeading(...texts: string[]): HeadingSetting {
  const text = texts.join(' ');
  const protocol: Protocol = {};
  let perRow: PerRow | undefined;
  const epochs = /(\d+)\s*-?\s*epochs?\b/i.exec(text);
  if (epochs) protocol.epochs = Number(epochs[1]);
  const noise = /(\d*\.\d+)\s+noise ratio/i.exec(text) ?? /\bnoisy\s+(\d*\.\d+)/i.exec(text);
  if (/\bvanilla\b/i.test(text)) protocol.setting = 'single-class';
  if (noise) Object.assign(protocol, { setting: 'noisy', noise_ratio: Number(noise[1]) });
  if (/\bcontinual\b/i.test(text)) protocol.setting = 'continual';
  const shots = /(\d+)\s*shots?\b/i.exec(text) ?? /\bfew-?shot\s+(\d+)\b/i.exec(text);
  if (shots) Object.assign(protocol, { setting: 'few-shot', shots: Number(shots[1]) });
  if (/few-?shot\s+augmentation/i.test(text)) {
    Object.assign(protocol, { setting: 'few-shot', augmentation: true });
    perRow = 'shots';
  }
  if (/\bsemi-supervised\b/i.test(text)) {
    protocol.setting = 'semi-supervised';
    perRow = 'labelled_anomalies';
  }
  return { protocol, perRow };
}

/** What the text before the first table says every setting shares. */
export function protocolFromPreamble(title: string, prose: string): Protocol {
  const protocol: Protocol = {};
  if (/\bmulti-class setting\b/i.test(title)) protocol.setting = 'multi-class';
  const resolution = /(\d+)\s*[x×]\s*(\d+)\s+resolution/i.exec(prose);
  if (resolution) protocol.resolution = `${resolution[1]}x${resolution[2]}`;
  const hardware = /same\s+([A-Za-z0-9-]+)\s+platform/i.exec(prose);
  if (hardware) protocol.hardware = hardware[1];
  return protocol;
}

const SETTING_WORDS: Record<NonNullable<Protocol['setting']>, string> = {
  'single-class': 'Single-class (vanilla)',
  'multi-class': 'Multi-class',
  noisy: 'Noisy training set',
  'few-shot': 'Few-shot',
  continual: 'Continual',
  'semi-supervised': 'Semi-supervised',
};

/** An id and a name for a setting, from what differs in it (the benchmark's shared protocol is left out). */
export function describeSetting(protocol: Protocol): { id: string; name: string } {
  const ids: string[] = [];
  const names: string[] = [];
  if (protocol.setting) {
    ids.push(protocol.setting);
    names.push(SETTING_WORDS[protocol.setting]);
  }
  if (protocol.augmentation) {
    ids.push('augmented');
    names[names.length - 1] = `${names.at(-1) ?? 'Few-shot'} with augmentation`;
  }
  if (protocol.noise_ratio !== undefined) {
    ids.push(String(Math.round(protocol.noise_ratio * 100)));
    names.push(`noise ratio ${protocol.noise_ratio}`);
  }
  if (protocol.shots !== undefined) {
    ids.push(String(protocol.shots));
    names.push(`${protocol.shots} shot${protocol.shots === 1 ? '' : 's'}`);
  }
  if (protocol.labelled_anomalies !== undefined) {
    ids.push(String(protocol.labelled_anomalies));
    names.push(`${protocol.labelled_anomalies} labelled anomal${protocol.labelled_anomalies === 1 ? 'y' : 'ies'}`);
  }
  if (protocol.epochs !== undefined) {
    ids.push(`${protocol.epochs}-epochs`);
    names.push(`${protocol.epochs} epochs`);
  }
  return { id: ids.join('-') || 'default', name: names.join(', ') || 'Default' };
}

const sameProtocol = (a: Protocol, b: Protocol) => {
  const keys = new Set([...Object.keys(a), ...Object.keys(b)] as Array<keyof Protocol>);
  return [...keys].every((key) => a[key] === b[key]);
};

/**
 * The benchmark's setting for a protocol, or a new one appended to it. What
 * the benchmark's own protocol already says is not repeated in the setting.
 */
export function settingFor(benchmark: Benchmark, protocol: Protocol): { setting: Setting; created: boolean } {
  const own: Protocol = Object.fromEntries(Object.entries(protocol).filter(([key, value]) => benchmark.protocol[key as keyof Protocol] !== value));
  const found = benchmark.settings.find((s) => sameProtocol(s.protocol, own));
  if (found) return { setting: found, created: false };
  const { id, name } = describeSetting(own);
  const taken = new Set(benchmark.settings.map((s) => s.id));
  let unique = id;
  for (let n = 2; taken.has(unique); n++) unique = `${id}-${n}`;
  const setting: Setting = { id: unique, name, protocol: own };
  benchmark.settings.push(setting);
  return { setting, created: true };
}
