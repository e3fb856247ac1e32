import type { Kind, Question } from './model';

/** The rubric a drill is scored on when it does not bring its own. */
export const DEFAULT_RUBRICS: Readonly<Record<Kind, readonly string[]>> = {
  coding: ['problem understanding & clarifying questions', 'approach', 'correctness reasoning', 'complexity', 'edge cases', 'communication'],
  sql: ['problem understanding & clarifying questions', 'approach', 'correctness reasoning', 'complexity', 'edge cases', 'communication'],
  'system-design': ['requirements', 'estimates', 'api', 'data model', 'architecture', 'scaling & bottlenecks', 'trade-offs', 'reliability'],
  behavioral: ['situation/task/action/result completeness', 'ownership', 'measurable impact', 'reflection'],
};

export function rubricDimensions(q: Pick<Question, 'rubric' | 'kind'>): readonly string[] {
  // Coding and SQL drills are always reviewed on the coding rubric; design and STAR drills on their own.
  if (q.kind === 'coding' || q.kind === 'sql') return DEFAULT_RUBRICS[q.kind];
  return q.rubric.length > 0 ? q.rubric.map((r) => r.dimension) : DEFAULT_RUBRICS[q.kind];
}
