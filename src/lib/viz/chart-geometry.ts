/**
 * Scales and shapes for the build-time SVG charts: stacked columns (papers per
 * year) and horizontal bars (venues, modalities). Pure arithmetic; the chart
 * components turn the result into SVG elements.
 */
import { textWidth, truncate } from './text-width.ts';

const round = (n: number) => Math.round(n * 10) / 10;

/** A round axis maximum ≥ max and evenly spaced ticks from 0 to it (1, 2 or 5 × 10ⁿ steps). */
export function niceTicks(max: number, target = 5): number[] {
  if (max <= 0) return [0, 1];
  const raw = max / target;
  const magnitude = 10 ** Math.floor(Math.log10(raw));
  const step = [1, 2, 5, 10].map((m) => m * magnitude).find((s) => s >= raw)!;
  const stepInt = Math.max(1, step);
  const top = Math.ceil(max / stepInt) * stepInt;
  return Array.from({ length: top / stepInt + 1 }, (_, i) => i * stepInt);
}

export interface ColumnSeries {
  label: string;
  color: number;
  values: number[];
}

export interface Rect {
  x: number;
  y: number;
  width: number;
  height: number;
}

export interface ColumnBar extends Rect {
  color: number;
  /** Tooltip text, e.g. "2023 · Unsupervised AD: 14". */
  title: string;
}

export interface Tick {
  /** Position along the axis (y for the value axis, x for categories). */
  at: number;
  label: string;
}

export interface ColumnChart {
  width: number;
  height: number;
  fontSize: number;
  plot: Rect;
  bars: ColumnBar[];
  yTicks: Tick[];
  xTicks: Tick[];
  /** Labels above the columns (at = x), with the y of their baseline. */
  topLabels: (Tick & { y: number })[];
}

export interface ColumnOptions {
  categories: string[];
  series: ColumnSeries[];
  width?: number;
  height?: number;
  /** Fixed axis maximum (e.g. 1 for shares); otherwise from the tallest stack. */
  max?: number;
  format?: (value: number) => string;
  fontSize?: number;
  /** Text above each column, e.g. its total; left out when columns are too narrow for it. */
  topLabels?: string[];
}

/** Stacked vertical columns, one per category, series bottom-up in the given order. */
export function columnChart({ categories, series, width = 400, height = 240, max, format = String, fontSize = 12, topLabels = [] }: ColumnOptions): ColumnChart {
  const totals = categories.map((_, i) => series.reduce((sum, s) => sum + s.values[i], 0));
  const ticks = max === undefined ? niceTicks(Math.max(0, ...totals)) : [0, 0.25, 0.5, 0.75, 1].map((f) => f * max);
  const top = ticks[ticks.length - 1];
  const left = Math.max(...ticks.map((t) => textWidth(format(t), fontSize))) + 10;
  const small = fontSize - 1;
  const plot: Rect = { x: left, y: fontSize + (topLabels.length ? small + 4 : 0), width: width - left - 8, height: 0 };
  plot.height = height - plot.y - fontSize * 2.2;
  const slot = plot.width / Math.max(categories.length, 1);
  const barWidth = Math.max(2, slot * 0.7);
  const scale = (v: number) => (v / top) * plot.height;
  const bars: ColumnBar[] = [];
  categories.forEach((category, i) => {
    let base = plot.y + plot.height;
    for (const s of series) {
      const value = s.values[i];
      if (value <= 0) continue;
      const h = scale(value);
      base -= h;
      bars.push({ x: round(plot.x + slot * i + (slot - barWidth) / 2), y: round(base), width: round(barWidth), height: round(h), color: s.color, title: `${category} · ${s.label}: ${format(value)}` });
    }
  });
  // Label every category when they fit, else every second or fifth one.
  const every = [1, 2, 5, 10].find((n) => slot * n >= textWidth(categories[0] ?? '', fontSize) + 6) ?? 10;
  const fits = topLabels.every((label) => textWidth(label, small) <= slot - 2);
  return {
    width,
    height,
    fontSize,
    plot,
    topLabels: fits
      ? topLabels.map((label, i) => ({ at: round(plot.x + slot * (i + 0.5)), y: round(plot.y + plot.height - scale(max === undefined ? totals[i] : Math.min(totals[i], top)) - 4), label }))
      : [],
    bars,
    yTicks: ticks.map((t) => ({ at: round(plot.y + plot.height - scale(t)), label: format(t) })),
    xTicks: categories.flatMap((label, i) => (i % every === 0 ? [{ at: round(plot.x + slot * (i + 0.5)), label }] : [])),
  };
}

export interface BarRow {
  label: string;
  title: string;
  value: number;
  /** Where the bar links to (a site page, base included), if anywhere. */
  href?: string;
}

export interface HorizontalBar extends Rect {
  label: string;
  title: string;
  value: number;
  /** Baseline of the row's text. */
  textY: number;
  href?: string;
}

export interface BarChart {
  width: number;
  height: number;
  fontSize: number;
  /** Where the bars start; labels end here, right-aligned. */
  axisX: number;
  bars: HorizontalBar[];
}

const LABEL_MAX = 24;

/** One horizontal bar per row, labelled on the left with the value at the bar's end. */
export function barChart(rows: BarRow[], { width = 420, fontSize = 13 } = {}): BarChart {
  const row = Math.round(fontSize * 2);
  const labels = rows.map((r) => truncate(r.label, LABEL_MAX));
  const axisX = Math.max(0, ...labels.map((l) => textWidth(l, fontSize))) + 12;
  const valueRoom = Math.max(0, ...rows.map((r) => textWidth(String(r.value), fontSize, { bold: true }))) + 10;
  const max = Math.max(1, ...rows.map((r) => r.value));
  const span = width - axisX - valueRoom;
  return {
    width,
    height: rows.length * row + 4,
    fontSize,
    axisX,
    bars: rows.map((r, i) => ({
      x: axisX,
      y: 4 + i * row,
      width: round(Math.max(1, (r.value / max) * span)),
      height: row - 8,
      textY: round(4 + i * row + (row - 8) / 2 + fontSize * 0.35),
      label: labels[i],
      title: r.title === r.label ? `${r.label}: ${r.value}` : `${r.title} (${r.label}): ${r.value}`,
      value: r.value,
      ...(r.href ? { href: r.href } : {}),
    })),
  };
}
