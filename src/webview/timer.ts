import type { FromTimer, TimerRender, ToTimer } from '../vscode/webviewProtocol';
import { el, vscodeApi } from './lib/vscodeApi';

const api = vscodeApi<FromTimer, never>();
const root = document.getElementById('root')!;
let current: { timer: TimerRender; receivedAt: number } | null = null;

/** Time left, or `+0:09` for time past the end. */
function clock(ms: number): string {
  const sign = ms < 0 ? '+' : '';
  const total = Math.floor(Math.abs(ms) / 1000);
  const h = Math.floor(total / 3600);
  const m = Math.floor((total % 3600) / 60);
  const s = total % 60;
  return `${sign}${h > 0 ? `${h}:${String(m).padStart(2, '0')}` : m}:${String(s).padStart(2, '0')}`;
}

function remaining(): number {
  if (!current) return 0;
  const { timer, receivedAt } = current;
  const counting = timer.running || timer.honest;
  return timer.remainingMs - (counting ? Date.now() - receivedAt : 0);
}

function draw(): void {
  if (!current) {
    root.replaceChildren(el('p', { class: 'muted' }, 'No drill running. Start one from the Topics view or the command "Interview Drills: Start Drill".'));
    return;
  }
  const t = current.timer;
  const left = remaining();
  const overtime = left < 0;
  const elapsedShare = Math.min(1, Math.max(0, (t.durationMs - left) / t.durationMs));
  const bar = el('div', { class: 'phase-bar', role: 'img', 'aria-label': `Phases: ${t.phases.map((p) => p.phase).join(', ')}` });
  let acc = 0;
  for (const p of t.phases) {
    const seg = el('div', { class: `phase${elapsedShare >= acc && elapsedShare < acc + p.share ? ' current' : ''}`, title: `${p.phase}: ${Math.round((p.share * t.durationMs) / 60000)} min` }, p.phase);
    seg.style.flexGrow = String(p.share);
    bar.append(seg);
    acc += p.share;
  }
  const progress = el('div', { class: 'progress' }, el('div', { class: 'progress-fill' }));
  (progress.firstChild as HTMLElement).style.width = `${Math.round(elapsedShare * 100)}%`;
  const state = t.running ? 'running' : 'paused';
  root.replaceChildren(
    el('div', { class: 'timer-title' }, t.title),
    el('div', { class: `clock${overtime ? ' overtime' : left <= 5 * 60_000 ? ' warn' : ''}`, 'data-state': state, id: 'clock' }, clock(left)),
    el('div', { class: 'muted' }, overtime ? `over time${t.pauses ? ` · ${t.pauses} pause${t.pauses > 1 ? 's' : ''}` : ''}` : `${state}${t.pauses ? ` · ${t.pauses} pause${t.pauses > 1 ? 's' : ''}` : ''}${t.honest ? ' · honest mode' : ''}`),
    progress,
    t.phases.length > 0 ? bar : '',
    el(
      'div',
      { class: 'actions' },
      t.running ? el('button', { id: 'pause' }, 'Pause') : el('button', { id: 'resume' }, 'Resume'),
      el('button', { id: 'reset', class: 'secondary' }, 'Reset'),
    ),
  );
}

root.addEventListener('click', (e) => {
  const id = (e.target as HTMLElement).closest('button')?.id;
  if (id === 'pause' || id === 'resume' || id === 'reset') api.postMessage({ type: id });
});

window.addEventListener('message', (e: MessageEvent<ToTimer>) => {
  const msg = e.data;
  if (msg.type === 'state') {
    current = msg.timer ? { timer: msg.timer, receivedAt: Date.now() } : null;
    draw();
  }
});

setInterval(() => {
  if (current && (current.timer.running || current.timer.honest)) {
    const c = document.getElementById('clock');
    if (c) c.textContent = clock(remaining());
    else draw();
  }
}, 250);

draw();
api.postMessage({ type: 'ready' });
