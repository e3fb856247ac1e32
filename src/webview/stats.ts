import type { FromStats, StatsRender, ToStats } from '../vscode/webviewProtocol';
import { fitText, reviewSeries, TOPIC_BARS, topicBarWidth, topicValue } from './lib/chartLayout';
import { el, vscodeApi } from './lib/vscodeApi';

const api = vscodeApi<FromStats, never>();
const root = document.getElementById('root')!;
const SVG = 'http://www.w3.org/2000/svg';

function svg(tag: string, attrs: Record<string, string | number>, text?: string): SVGElement {
  const node = document.createElementNS(SVG, tag);
  for (const [k, v] of Object.entries(attrs)) node.setAttribute(k, String(v));
  if (text !== undefined) node.textContent = text;
  return node;
}

function chart(width: number, height: number, label: string): SVGSVGElement {
  const s = svg('svg', { viewBox: `0 0 ${width} ${height}`, width: '100%', role: 'img', 'aria-label': label }) as SVGSVGElement;
  s.classList.add('chart');
  return s;
}

/** Attempted vs solved per topic, as horizontal bars. */
function topicBars(stats: StatsRender): SVGSVGElement {
  const { width, labelWidth, gap, rowHeight } = TOPIC_BARS;
  const s = chart(width, stats.topics.length * rowHeight + 10, 'Attempted and solved drills per topic');
  const max = Math.max(1, ...stats.topics.map((t) => t.attempted));
  stats.topics.forEach((t, i) => {
    const y = 5 + i * rowHeight;
    s.append(svg('text', { x: 0, y: y + 15, class: 'label' }, t.title));
    const full = topicBarWidth(t.attempted, max);
    const ok = topicBarWidth(t.solved, max);
    s.append(svg('rect', { x: labelWidth, y: y + 3, width: Math.max(full, 1), height: 16, class: 'bar-attempted', rx: 2 }));
    s.append(svg('rect', { x: labelWidth, y: y + 3, width: ok, height: 16, class: 'bar-solved', rx: 2 }));
    s.append(svg('text', { x: labelWidth + full + gap, y: y + 15, class: 'value' }, topicValue(t)));
  });
  return s;
}

function line(points: readonly { x: number; y: number }[], cls: string): SVGElement {
  return svg('polyline', { points: points.map((p) => `${p.x},${p.y}`).join(' '), class: cls, fill: 'none' });
}

/** Minutes to solve per solved coding attempt, oldest to newest. */
function solveTrend(stats: StatsRender): SVGSVGElement {
  const w = 640;
  const h = 160;
  const s = chart(w, h, 'Minutes to solve, oldest to newest');
  const pts = stats.timeToSolve;
  if (pts.length === 0) {
    s.append(svg('text', { x: 10, y: 30, class: 'label' }, 'Solve a coding drill to start this trend.'));
    return s;
  }
  const max = Math.max(...pts.map((p) => p.minutes), 1);
  const xy = pts.map((p, i) => ({ x: 40 + (pts.length === 1 ? 0 : (i * (w - 60)) / (pts.length - 1)), y: h - 20 - ((h - 40) * p.minutes) / max }));
  s.append(svg('line', { x1: 40, y1: h - 20, x2: w - 20, y2: h - 20, class: 'axis' }));
  s.append(svg('text', { x: 0, y: 24, class: 'label' }, `${Math.round(max)} min`));
  s.append(line(xy, 'trend'));
  xy.forEach((p, i) => s.append(svg('circle', { cx: p.x, cy: p.y, r: 3, class: 'dot' }, `${pts[i]!.questionId}: ${pts[i]!.minutes} min`)));
  return s;
}

/** Review scores (1–4) per rubric dimension over time: a dot per review, joined once there are two. */
function reviewTrend(stats: StatsRender): SVGSVGElement {
  const w = 640;
  const h = 170;
  const s = chart(w, h, 'Review scores per rubric dimension over time');
  const series = reviewSeries(stats.reviewTrend, { left: 40, right: w - 180, top: 20, bottom: h - 20 }).slice(0, 8);
  if (series.length === 0) {
    s.append(svg('text', { x: 10, y: 30, class: 'label' }, 'Review a drill to start these trends.'));
    return s;
  }
  for (let score = 1; score <= 4; score++) {
    const y = h - 20 - ((h - 40) * (score - 1)) / 3;
    s.append(svg('line', { x1: 30, y1: y, x2: w - 170, y2: y, class: 'grid' }));
    s.append(svg('text', { x: 10, y: y + 4, class: 'label' }, String(score)));
  }
  series.forEach(({ name, points }, k) => {
    const cls = `series s${k}`;
    if (points.length > 1) s.append(line(points, cls));
    const scores = stats.reviewTrend[name] ?? [];
    points.forEach((p, i) => {
      const dot = svg('circle', { cx: p.x, cy: p.y, r: 3.5, class: `dot s${k}` });
      dot.append(svg('title', {}, `${name}: ${scores[i]?.score ?? ''}/4`));
      s.append(dot);
    });
    const legend = svg('text', { x: w - 160, y: 20 + k * 16, class: `legend s${k}` }, fitText(name, 160));
    legend.append(svg('title', {}, name));
    s.append(legend);
  });
  return s;
}

/** Drills due on each of the next 14 days. */
function forecast(stats: StatsRender): SVGSVGElement {
  const w = 640;
  const h = 130;
  const s = chart(w, h, 'Drills due in the next 14 days');
  const max = Math.max(1, ...stats.dueForecast);
  const bw = (w - 40) / 14;
  stats.dueForecast.forEach((n, i) => {
    const bh = ((h - 40) * n) / max;
    s.append(svg('rect', { x: 20 + i * bw + 3, y: h - 20 - bh, width: bw - 6, height: bh, class: 'bar-due', rx: 2 }));
    s.append(svg('text', { x: 20 + i * bw + bw / 2, y: h - 5, class: 'label center' }, i === 0 ? 'today' : `+${i}`));
    if (n) s.append(svg('text', { x: 20 + i * bw + bw / 2, y: h - 24 - bh, class: 'value center' }, String(n)));
  });
  return s;
}

function render(stats: StatsRender): void {
  const due = stats.dueToday;
  root.replaceChildren(
    el('h1', {}, 'Your practice'),
    stats.skippedLines > 0 ? el('p', { class: 'muted', id: 'skipped' }, `${stats.skippedLines} damaged line${stats.skippedLines === 1 ? '' : 's'} in history.jsonl ${stats.skippedLines === 1 ? 'was' : 'were'} skipped; the figures below leave ${stats.skippedLines === 1 ? 'it' : 'them'} out.`) : '',
    el(
      'div',
      { class: 'tiles' },
      el('div', { class: 'tile' }, el('div', { class: 'big' }, String(stats.attempts)), el('div', { class: 'muted' }, 'attempts')),
      el('div', { class: 'tile' }, el('div', { class: 'big' }, `${stats.streak}`), el('div', { class: 'muted' }, `day streak`)),
      el('div', { class: 'tile' }, el('div', { class: 'big' }, String(due)), el('div', { class: 'muted' }, 'due today')),
    ),
    due > 0 ? el('div', { class: 'actions' }, el('button', { id: 'start-due' }, 'Start a due drill')) : '',
    el('h2', {}, 'By topic: solved of attempted'),
    topicBars(stats),
    el('h2', {}, 'Time to solve'),
    solveTrend(stats),
    el('h2', {}, 'Review scores'),
    reviewTrend(stats),
    el('h2', {}, 'Due in the next 14 days'),
    forecast(stats),
  );
}

root.addEventListener('click', (e) => {
  if ((e.target as HTMLElement).closest('button')?.id === 'start-due') api.postMessage({ type: 'startDue' });
});
window.addEventListener('message', (e: MessageEvent<ToStats>) => {
  if (e.data.type === 'stats') render(e.data.stats);
});
api.postMessage({ type: 'ready' });
