import type { Language, Question } from './model';
import { RUNTIMES } from './runtimes';

/** The reasoning headings every coding template carries; the reviewer looks for them. */
export const REASONING_HEADINGS = ['Clarifying questions', 'Approach', 'Complexity', 'Edge cases', 'Trade-offs'] as const;
export const DESIGN_SECTIONS = ['Requirements', 'Estimates', 'API', 'Data model', 'High-level design', 'Deep dives', 'Bottlenecks & trade-offs'] as const;
export const STAR_SECTIONS = ['Situation', 'Task', 'Action', 'Result', 'Reflection'] as const;

export type DrillFileKind = Language | 'markdown';

/**
 * Which file a drill is answered in: a design doc or STAR answer for those kinds, else the
 * solution file of the runtime that answers the kind (the person's language, or SQL).
 */
export function drillFileFor(q: Question, language: Language): { kind: DrillFileKind; name: string } {
  if (q.kind === 'system-design') return { kind: 'markdown', name: 'design.md' };
  if (q.kind === 'behavioral') return { kind: 'markdown', name: 'answer.md' };
  const runtime = RUNTIMES[language].kinds.includes(q.kind) ? RUNTIMES[language] : Object.values(RUNTIMES).find((r) => r.kinds.includes(q.kind));
  return runtime ? { kind: runtime.id, name: runtime.solutionFileName } : { kind: 'markdown', name: 'answer.md' };
}

function designDoc(q: Question): string {
  return [
    `# ${q.title}`,
    '',
    `> ${q.minutes} minutes. Think out loud: ask clarifying questions first (the "Ask the Interviewer" command answers them), then work top-down.`,
    '',
    '## Requirements',
    '- Functional:',
    '- Non-functional (latency, availability, consistency):',
    '- Clarifying questions I asked:',
    '',
    '## Estimates',
    '- Users / requests per second:',
    '- Storage per day / year:',
    '- Bandwidth:',
    '',
    '## API',
    '',
    '## Data model',
    '',
    '## High-level design',
    '',
    '## Deep dives',
    '',
    '## Bottlenecks & trade-offs',
    '',
  ].join('\n');
}

function starDoc(q: Question): string {
  return [
    `# ${q.title}`,
    '',
    '> Answer with STAR. Be specific: one real situation, what *you* did, and numbers for the result.',
    '',
    '## Situation',
    '',
    '## Task',
    '',
    '## Action',
    '',
    '## Result',
    '',
    '## Reflection',
    '- What I learned / would do differently:',
    '',
  ].join('\n');
}

/** The starter text for a new drill file: a design or STAR template, or the runtime's generated starter. */
export function starterFor(q: Question, language: Language): string {
  if (q.kind === 'system-design') return designDoc(q);
  if (q.kind === 'behavioral') return starDoc(q);
  const file = drillFileFor(q, language);
  return file.kind === 'markdown' ? starDoc(q) : RUNTIMES[file.kind].starter(q);
}
