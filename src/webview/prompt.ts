import type { FromPrompt, PromptRender, ToPrompt } from '../vscode/webviewProtocol';
import { el, vscodeApi } from './lib/vscodeApi';

const api = vscodeApi<FromPrompt, { questionId: string }>();
const root = document.getElementById('root')!;

function template(html: string): DocumentFragment {
  // The host renders Markdown with raw HTML disabled; parsing through a template keeps scripts inert.
  const t = document.createElement('template');
  t.innerHTML = html;
  return t.content;
}

function render(p: PromptRender): void {
  api.setState({ questionId: p.questionId });
  const body = el('article', { class: 'prompt' });
  body.append(template(p.html));
  const actions = el(
    'div',
    { class: 'actions' },
    el('button', { id: 'open-solution', title: 'Open your solution file beside the prompt' }, 'Open solution'),
    el('button', { id: 'ask', class: 'secondary', title: 'Ask a clarifying question; the answer is kept below' }, 'Ask the interviewer'),
    el('button', { id: 'start-timer', class: 'secondary', title: 'Restart the countdown for this drill' }, 'Restart timer'),
  );
  const offer = p.offer ? el('div', { class: 'offer', id: 'offer', role: 'status' }, el('span', {}, `${p.offer}. Finish the drill and rate it to schedule its next review.`), el('button', { id: 'finish' }, 'Finish and rate')) : '';
  const asked = el('section', { class: 'asked', id: 'asked' });
  if (p.asked.length > 0) {
    asked.append(el('h2', {}, 'Asked the interviewer'));
    for (const a of p.asked) asked.append(el('div', { class: 'qa' }, el('div', { class: 'q' }, a.question), el('div', { class: 'a' }, `${a.fromModel ? 'Interviewer (model)' : 'Interviewer'}: ${a.answer}`)));
  }
  const examples = el('section', { class: 'examples' });
  if (p.examples.length > 0) {
    examples.append(el('h2', {}, 'Examples'));
    for (const ex of p.examples) {
      examples.append(el('div', { class: 'example' }, el('div', { class: 'example-name' }, ex.name), el('pre', {}, `${ex.call}\n→ ${ex.expected}`)));
    }
  }
  const hints = el('section', { class: 'hints' }, el('h2', {}, `Hints (${p.hints.length}/${p.hintsTotal})`));
  p.hints.forEach((h, i) => {
    const box = el('div', { class: 'hint' }, el('strong', {}, `Hint ${i + 1}`));
    box.append(template(h));
    hints.append(box);
  });
  if (p.hints.length < p.hintsTotal) {
    hints.append(el('button', { id: 'reveal-hint', class: 'secondary' }, p.hints.length === 0 ? 'Reveal a hint' : 'Reveal the next hint'));
  } else if (p.hintsTotal === 0) {
    hints.append(el('p', { class: 'muted' }, 'No hints for this drill.'));
  }
  root.replaceChildren(
    el('header', {}, el('h1', {}, p.title), el('div', { class: 'meta' }, p.meta), p.source ? el('div', { class: 'muted' }, p.source) : ''),
    offer,
    actions,
    body,
    examples,
    asked,
    hints,
  );
}

root.addEventListener('click', (e) => {
  const id = (e.target as HTMLElement).closest('button')?.id;
  if (id === 'reveal-hint') api.postMessage({ type: 'revealHint' });
  else if (id === 'open-solution') api.postMessage({ type: 'openSolution' });
  else if (id === 'start-timer') api.postMessage({ type: 'startTimer' });
  else if (id === 'ask') api.postMessage({ type: 'ask' });
  else if (id === 'finish') api.postMessage({ type: 'finish' });
});

window.addEventListener('message', (e: MessageEvent<ToPrompt>) => {
  const msg = e.data;
  if (msg.type === 'render') render(msg.prompt);
});

api.postMessage({ type: 'ready' });
