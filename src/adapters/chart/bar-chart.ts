// A Chart block of the document model → a PNG bar chart: legend on top, amounts on a
// left scale with light grid lines, one group of bars per category with each bar's
// amount above it ("non saisi" where a value is missing). Drawn at SCALE pixels per
// point so it stays sharp when Word, LibreOffice or Google Docs shows it at its size in points.
import type { Chart } from '../../core/summary/model';
import { frChart } from '../../i18n/fr-bilan';
import { GLYPH_WIDTH, glyph } from './font';
import { encodePng } from './png';

export type ChartImage = { png: Uint8Array; widthPt: number; heightPt: number };

const SCALE = 3;
/** Background, text, grid, axis, then one colour per series (colour-blind safe: a light and a dark blue, amber, green). */
const PALETTE = ['#ffffff', '#1f2933', '#e4e7eb', '#7b8794', '#9fb3c8', '#1f3a5f', '#e0a526', '#5e8c61'];
const [BACKGROUND, TEXT, GRID, AXIS] = [0, 1, 2, 3];
const SERIES = 4;
/** Glyph pixel sizes in image pixels: labels, and the smaller amounts above bars. */
const LABEL = 3;
const SMALL = 2;

class Canvas {
  readonly pixels: Uint8Array;
  constructor(
    readonly width: number,
    readonly height: number,
  ) {
    this.pixels = new Uint8Array(width * height).fill(BACKGROUND);
  }
  rect(x: number, y: number, w: number, h: number, colour: number): void {
    const [x0, y0] = [Math.max(0, Math.round(x)), Math.max(0, Math.round(y))];
    const [x1, y1] = [Math.min(this.width, Math.round(x + w)), Math.min(this.height, Math.round(y + h))];
    for (let row = y0; row < y1; row++) this.pixels.fill(colour, row * this.width + x0, row * this.width + Math.max(x0, x1));
  }
  /** Text whose top-left corner is (x, y), each glyph pixel `size` image pixels. */
  text(x: number, y: number, s: string, size: number, colour: number): void {
    [...s].forEach((ch, i) =>
      glyph(ch).forEach((row, r) => row.forEach((ink, c) => ink && this.rect(x + (i * (GLYPH_WIDTH + 1) + c) * size, y + r * size, size, size, colour))),
    );
  }
}

export const textWidth = (s: string, size: number) => Math.max(0, [...s].length * (GLYPH_WIDTH + 1) - 1) * size;

/** A round step giving about four intervals up to `max`. */
function niceStep(max: number): number {
  const raw = Math.max(max, 1) / 4;
  const magnitude = 10 ** Math.floor(Math.log10(raw));
  const r = raw / magnitude;
  return (r <= 1 ? 1 : r <= 2 ? 2 : r <= 2.5 ? 2.5 : r <= 5 ? 5 : 10) * magnitude;
}

export function chartImage(chart: Chart, widthPt: number, heightPt = Math.round(widthPt * 0.42)): ChartImage {
  const canvas = new Canvas(widthPt * SCALE, heightPt * SCALE);
  const pt = (n: number) => n * SCALE;
  const values = chart.series.flatMap((s) => s.values.filter((v): v is number => v !== null));
  const step = niceStep(Math.max(0, ...values));
  const top = Math.max(step, Math.ceil(Math.max(0, ...values) / step) * step);
  const ticks = Array.from({ length: Math.round(top / step) + 1 }, (_, i) => i * step);
  const tickLabels = ticks.map(frChart.amount);

  // Legend: a square of each series' colour and its name.
  let x = pt(4);
  chart.series.forEach((s, i) => {
    canvas.rect(x, pt(4), pt(7), pt(7), SERIES + i);
    canvas.text(x + pt(10), pt(4), s.name, LABEL, TEXT);
    x += pt(10) + textWidth(s.name, LABEL) + pt(14);
  });

  const plot = {
    left: Math.max(...tickLabels.map((t) => textWidth(t, LABEL))) + pt(8),
    top: pt(24),
    right: canvas.width - pt(4),
    bottom: canvas.height - pt(16),
  };
  const yOf = (v: number) => plot.bottom - ((plot.bottom - plot.top) * Math.max(0, v)) / top;
  ticks.forEach((t, i) => {
    const y = Math.round(yOf(t));
    if (i > 0) canvas.rect(plot.left, y, plot.right - plot.left, 1, GRID);
    canvas.text(plot.left - pt(5) - textWidth(tickLabels[i], LABEL), y - Math.round((7 * LABEL) / 2), tickLabels[i], LABEL, TEXT);
  });

  const group = (plot.right - plot.left) / Math.max(1, chart.categories.length);
  const bar = Math.min(pt(42), (group * 0.7) / Math.max(1, chart.series.length));
  chart.categories.forEach((category, c) => {
    const centre = plot.left + group * (c + 0.5);
    canvas.text(centre - textWidth(category, LABEL) / 2, plot.bottom + pt(5), category, LABEL, TEXT);
    chart.series.forEach((s, i) => {
      const left = centre - (bar * chart.series.length) / 2 + bar * i;
      const value = s.values[c];
      const label = value === null ? frChart.notEntered : frChart.amount(value);
      const y = value === null ? plot.bottom : yOf(value);
      if (value !== null) canvas.rect(left + pt(1), y, bar - pt(2), plot.bottom - y, SERIES + i);
      // The amount above its bar, when it fits the group (too long a label would cover its neighbour's).
      if (textWidth(label, SMALL) <= bar + pt(6) || chart.series.length === 1)
        canvas.text(left + bar / 2 - textWidth(label, SMALL) / 2, y - pt(3) - 7 * SMALL, label, SMALL, value === null ? AXIS : TEXT);
    });
  });
  canvas.rect(plot.left, plot.bottom, plot.right - plot.left, 2, AXIS);
  return { png: encodePng({ width: canvas.width, height: canvas.height, palette: PALETTE, pixels: canvas.pixels }), widthPt, heightPt };
}
