import { KINDS } from './kinds';
import type { Language, Question } from './model';
import { RUNTIMES, runtimesFor } from './runtimes';

/** The reasoning headings every coding template carries; the reviewer looks for them. */
export const REASONING_HEADINGS = ['Clarifying questions', 'Approach', 'Complexity', 'Edge cases', 'Trade-offs'] as const;
export { DESIGN_SECTIONS, STAR_SECTIONS } from './documents';

export type DrillFileKind = Language | 'markdown';

/**
 * Which file a drill is answered in: its kind's document (design doc, STAR answer), else the
 * solution file of the runtime that answers the kind (the person's language, or SQL).
 */
export function drillFileFor(q: Question, language: Language): { kind: DrillFileKind; name: string } {
  const answer = KINDS[q.kind].answer;
  if (answer.type === 'document') return { kind: 'markdown', name: answer.fileName };
  const runtime = RUNTIMES[language].kinds.includes(q.kind) ? RUNTIMES[language] : runtimesFor(q.kind)[0];
  return runtime ? { kind: runtime.id, name: runtime.solutionFileName } : { kind: 'markdown', name: 'answer.md' };
}

/** The starter text for a new drill file: the kind's document template, or the runtime's generated starter. */
export function starterFor(q: Question, language: Language): string {
  const answer = KINDS[q.kind].answer;
  if (answer.type === 'document') return answer.template(q);
  const file = drillFileFor(q, language);
  return file.kind === 'markdown' ? '' : RUNTIMES[file.kind].starter(q);
}
