/** Geometry of the stats charts in view-box units, apart from the DOM so it can be checked in Node. */

export interface Point {
  readonly x: number;
  readonly y: number;
}

/** Width of a chart text at the 12px chart font: at most about 7 units a character (digits, "%", "/"). */
export function textWidth(text: string): number {
  return text.length * 7;
}

/**
 * The per-topic bars: a column of topic names, the bars, and room after the longest bar for its value
 * ("120/120 · 100%"), so no value is cut off at the chart's edge.
 */
export const TOPIC_BARS = { width: 640, labelWidth: 230, gap: 6, valueWidth: 104, rowHeight: 26 } as const;

export function topicValue(t: { readonly attempted: number; readonly solved: number; readonly accuracy: number }): string {
  return t.attempted ? `${t.solved}/${t.attempted} · ${Math.round(t.accuracy * 100)}%` : '–';
}

export function topicBarWidth(count: number, max: number): number {
  const { width, labelWidth, gap, valueWidth } = TOPIC_BARS;
  return ((width - labelWidth - gap - valueWidth) * count) / Math.max(1, max);
}

export interface Box {
  readonly left: number;
  readonly right: number;
  readonly top: number;
  readonly bottom: number;
}

/**
 * Review scores (1–4) per rubric dimension over time, as points in `box`: time runs left to right,
 * score 1 at the bottom and 4 at the top. Reviews all at one moment (the first review) sit in the
 * middle; each point is drawn as a dot, so even one review shows.
 */
export function reviewSeries(trend: Readonly<Record<string, readonly { readonly at: number; readonly score: number }[]>>, box: Box): { readonly name: string; readonly points: readonly Point[] }[] {
  const dims = Object.entries(trend).filter(([, v]) => v.length > 0);
  const times = dims.flatMap(([, v]) => v.map((p) => p.at));
  const t0 = Math.min(...times);
  const t1 = Math.max(...times);
  const x = (at: number): number => (t1 === t0 ? (box.left + box.right) / 2 : box.left + ((box.right - box.left) * (at - t0)) / (t1 - t0));
  const y = (score: number): number => box.bottom - ((box.bottom - box.top) * (Math.min(4, Math.max(1, score)) - 1)) / 3;
  return dims.map(([name, v]) => ({ name, points: v.map((p) => ({ x: x(p.at), y: y(p.score) })) }));
}

/** A legend entry cut to fit `width`, with an ellipsis; the full name goes in its tooltip. */
export function fitText(text: string, width: number): string {
  const max = Math.floor(width / 7);
  return text.length <= max ? text : `${text.slice(0, Math.max(1, max - 1))}…`;
}
