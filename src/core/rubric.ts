import { KINDS } from './kinds';
import type { Kind, Question } from './model';

/** The rubric a drill of each kind is scored on when it does not bring its own. */
export const DEFAULT_RUBRICS: Readonly<Record<Kind, readonly string[]>> = Object.fromEntries(Object.values(KINDS).map((k) => [k.id, k.rubric])) as Record<Kind, readonly string[]>;

/** Coding and SQL drills are always reviewed on the coding rubric; design and STAR drills on their own when they bring one. */
export function rubricDimensions(q: Pick<Question, 'rubric' | 'kind'>): readonly string[] {
  const spec = KINDS[q.kind];
  return spec.ownRubric && q.rubric.length > 0 ? q.rubric.map((r) => r.dimension) : spec.rubric;
}
