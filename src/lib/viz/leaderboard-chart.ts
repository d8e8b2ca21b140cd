/**
 * A leaderboard as a scatter plot: image AUROC (x) against AU-PRO (y) when the
 * table has both, else its first two columns; one labelled point per method.
 * Axes span the values shown (on the table's printed scale), with a little
 * room; labels go right of their point, else left, else the nearest free
 * line, so none overlaps another. Pure arithmetic; LeaderboardChart.astro draws it.
 */
import type { Metric } from '../catalog/results-schema.ts';
import type { Leaderboard } from '../site/leaderboards.ts';
import { textWidth, truncate } from './text-width.ts';

export interface ScatterPoint {
  key: string;
  label: string;
  cx: number;
  cy: number;
  labelX: number;
  labelY: number;
  anchor: 'start' | 'end';
  /** A line from the point to its label, when the label had to move off the point's line. */
  leader?: { x1: number; y1: number; x2: number; y2: number };
  /** "PatchCore: Image AUROC 98.8, AU-PRO 94.2". */
  title: string;
}

export interface ScatterTick {
  value: string;
  at: number;
}

export interface ScatterChart {
  width: number;
  height: number;
  fontSize: number;
  x: Metric;
  y: Metric;
  plot: { left: number; right: number; top: number; bottom: number };
  xTicks: ScatterTick[];
  yTicks: ScatterTick[];
  points: ScatterPoint[];
}

const round = (n: number) => Math.round(n * 10) / 10;

/** The two metrics a board is drawn by, or undefined when it has fewer than two. */
export function scatterAxes(board: Leaderboard): [Metric, Metric] | undefined {
  const byId = (id: string) => board.metrics.find((m) => m.id === id);
  const x = byId('image-auroc');
  const y = byId('aupro');
  if (x && y) return [x, y];
  return board.metrics.length >= 2 ? [board.metrics[0], board.metrics[1]] : undefined;
}

function ticks(min: number, max: number, target = 5): { lo: number; hi: number; values: number[] } {
  const span = max - min || Math.abs(max) || 1;
  const raw = span / target;
  const magnitude = 10 ** Math.floor(Math.log10(raw));
  const step = [1, 2, 5, 10].map((m) => m * magnitude).find((s) => s >= raw)!;
  const lo = Math.floor(min / step) * step;
  const hi = Math.ceil(max / step) * step === lo ? lo + step : Math.ceil(max / step) * step;
  const values: number[] = [];
  for (let v = lo; v <= hi + step / 1e6; v += step) values.push(Number(v.toFixed(10)));
  return { lo, hi, values };
}

const decimalsOf = (values: number[]) => Math.max(0, ...values.map((v) => (String(v).split('.')[1] ?? '').length));

interface Box {
  x0: number;
  x1: number;
  y0: number;
  y1: number;
}
const overlaps = (a: Box, b: Box) => a.x0 < b.x1 && b.x0 < a.x1 && a.y0 < b.y1 && b.y0 < a.y1;

export function scatterChart(board: Leaderboard, { width = 640, height = 400, fontSize = 12 } = {}): ScatterChart | undefined {
  const axes = scatterAxes(board);
  if (!axes) return undefined;
  const [x, y] = axes;
  const rows = board.rows.filter((r) => r.cells[x.id] && r.cells[y.id]);
  if (rows.length === 0) return undefined;
  const xs = rows.map((r) => r.cells[x.id].value);
  const ys = rows.map((r) => r.cells[y.id].value);
  const tx = ticks(Math.min(...xs), Math.max(...xs));
  const ty = ticks(Math.min(...ys), Math.max(...ys));
  const plot = { left: 48, right: width - 12, top: 12, bottom: height - 40 };
  const sx = (v: number) => round(plot.left + ((v - tx.lo) / (tx.hi - tx.lo)) * (plot.right - plot.left));
  const sy = (v: number) => round(plot.bottom - ((v - ty.lo) / (ty.hi - ty.lo)) * (plot.bottom - plot.top));
  const dx = decimalsOf(tx.values);
  const dy = decimalsOf(ty.values);
  const placed: Box[] = [];
  const points: ScatterPoint[] = [];
  // Best points first, so the leaders get their natural spot.
  const order = [...rows].sort((a, b) => a.cells[y.id].rank - b.cells[y.id].rank);
  for (const row of order) {
    const cx = sx(row.cells[x.id].value);
    const cy = sy(row.cells[y.id].value);
    placed.push({ x0: cx - 4, x1: cx + 4, y0: cy - 4, y1: cy + 4 });
  }
  for (const row of order) {
    const cx = sx(row.cells[x.id].value);
    const cy = sy(row.cells[y.id].value);
    const label = truncate(row.name, 22);
    const w = textWidth(label, fontSize);
    const h = fontSize + 2;
    let chosen: { labelX: number; labelY: number; anchor: 'start' | 'end'; box: Box; moved: boolean } | undefined;
    search: for (let step = 0; step < 12; step++) {
      for (const offset of step === 0 ? [0] : [step * h, -step * h]) {
        const baseline = cy + fontSize / 3 + offset;
        for (const anchor of ['start', 'end'] as const) {
          const lx = anchor === 'start' ? cx + 7 : cx - 7;
          const box = { x0: anchor === 'start' ? lx : lx - w, x1: anchor === 'start' ? lx + w : lx, y0: baseline - fontSize, y1: baseline + 2 };
          if (box.x0 < 0 || box.x1 > width || box.y0 < 0 || box.y1 > plot.bottom + 4) continue;
          if (placed.some((p) => overlaps(p, box) && !(p.x0 === cx - 4 && p.y0 === cy - 4))) continue;
          chosen = { labelX: round(lx), labelY: round(baseline), anchor, box, moved: offset !== 0 };
          break search;
        }
      }
    }
    const fallback = { labelX: round(cx + 7), labelY: round(cy + fontSize / 3), anchor: 'start' as const, box: { x0: cx + 7, x1: cx + 7 + w, y0: cy - fontSize, y1: cy + 2 }, moved: false };
    const at = chosen ?? fallback;
    placed.push(at.box);
    points.push({
      key: row.key,
      label,
      cx,
      cy,
      labelX: at.labelX,
      labelY: at.labelY,
      anchor: at.anchor,
      ...(at.moved ? { leader: { x1: cx, y1: cy, x2: round(at.anchor === 'start' ? at.box.x0 - 1 : at.box.x1 + 1), y2: round(at.labelY - fontSize / 3) } } : {}),
      title: `${row.name}: ${x.name} ${row.cells[x.id].printed}, ${y.name} ${row.cells[y.id].printed}`,
    });
  }
  return {
    width,
    height,
    fontSize,
    x,
    y,
    plot,
    xTicks: tx.values.map((v) => ({ value: v.toFixed(dx), at: sx(v) })),
    yTicks: ty.values.map((v) => ({ value: v.toFixed(dy), at: sy(v) })),
    points,
  };
}
