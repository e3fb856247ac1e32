import type { Question } from './model';

/** The section headings of a new design document; the reviewer matches sections by meaning, not by these words. */
export const DESIGN_SECTIONS = ['Requirements', 'Estimates', 'API', 'Data model', 'High-level design', 'Deep dives', 'Bottlenecks & trade-offs'] as const;
export const STAR_SECTIONS = ['Situation', 'Task', 'Action', 'Result', 'Reflection'] as const;

/** A new system-design answer: the sections an interviewer walks through, top-down. */
export function designDocument(q: Question): string {
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

/** A new behavioral answer in STAR form. */
export function starDocument(q: Question): string {
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
