import type { DimensionClass } from './concepts';
import { compileConcept, matchConcept, type CompiledConcept } from './concepts';
import type { TextLine } from './extract';
import { contentStems, stems } from './text';

/**
 * Section headings and rubric dimensions matched by meaning: "Capacity estimates" and
 * "Back-of-the-envelope" are the estimates, "Scaling and bottlenecks" is scaling, "What I did" is
 * the action, "Lessons" the reflection.
 */
const CLASS_WORDS: readonly [DimensionClass, readonly string[]][] = [
  ['requirements', ['requirements', 'requirement', 'scope', 'functional', 'non-functional', 'goals & non-goals', 'use cases', 'features', 'clarifying', 'clarifications', 'assumptions', 'problem statement']],
  ['estimates', ['estimates', 'estimate', 'estimation', 'capacity', 'back of the envelope', 'back-of-the-envelope', 'back of envelope', 'numbers', 'sizing', 'math', 'calculations', 'load estimates', 'traffic']],
  ['api', ['api', 'apis', 'interface', 'endpoints', 'protocol', 'contract', 'rest', 'grpc', 'resources', 'operations']],
  ['data model', ['data model', 'data', 'schema', 'storage', 'database', 'tables', 'entities', 'persistence', 'model', 'storage layout']],
  ['architecture', ['high-level design', 'high level design', 'high-level', 'architecture', 'components', 'overview', 'system design', 'design', 'request flow', 'flow']],
  ['deep dives', ['deep dives', 'deep dive', 'details', 'detailed design', 'design details']],
  ['scaling', ['scaling', 'scale', 'scalability', 'bottlenecks', 'bottleneck', 'performance', 'hot spots', 'growth', 'capacity planning']],
  ['trade-offs', ['trade-offs', 'trade-off', 'tradeoffs', 'tradeoff', 'alternatives', 'alternatives considered', 'decisions', 'pros and cons', 'discussion', 'choices', 'risks']],
  ['reliability', ['reliability', 'failure', 'failures', 'failure modes', 'fault tolerance', 'availability', 'durability', 'resilience', 'disaster recovery', 'recovery', 'operations', 'monitoring', 'redundancy', 'what can go wrong']],
  ['situation', ['situation', 'context', 'background', 'setting', 'setup']],
  ['task', ['task', 'goal', 'objective', 'responsibility', 'my role', 'role', 'the problem']],
  ['action', ['action', 'actions', 'what i did', 'steps', 'my actions', 'how i did it']],
  ['result', ['result', 'results', 'outcome', 'outcomes', 'impact', 'what happened']],
  ['reflection', ['reflection', 'lessons', 'lesson', 'lessons learned', 'what i learned', 'learnings', 'takeaways', 'takeaway', 'retrospective', 'looking back', 'what i would do differently']],
  ['process', ['process', 'approach', 'method', 'my approach', 'how i approach', 'steps']],
  ['example', ['example', 'story', 'case study']],
];

const COMPILED: readonly [DimensionClass, CompiledConcept][] = CLASS_WORDS.map(([cls, w]) => [cls, compileConcept({ name: w[0]!, synonyms: w.slice(1) })]);

/** The meaning of a heading: every class it names ("Bottlenecks & trade-offs" is scaling and trade-offs). */
export function classesOfHeading(heading: string): DimensionClass[] {
  const s = stems(heading);
  return COMPILED.filter(([, c]) => matchConcept(c, s)).map(([cls]) => cls);
}

/** The class of a rubric dimension; dimensions specific to one drill ("fan-out strategy") have none. */
export function classOfDimension(dimension: string): DimensionClass | undefined {
  const d = dimension.toLowerCase().trim();
  if (/situation\/task|star completeness|completeness/.test(d)) return 'completeness';
  if (/ownership/.test(d)) return 'ownership';
  if (/measurable impact|^impact$/.test(d)) return 'result';
  if (/^scal/.test(d)) return 'scaling';
  const exact = CLASS_WORDS.find(([cls]) => cls === d);
  if (exact) return exact[0];
  const s = stems(d);
  // Names first match their own class's words in this order; "architecture" is tried last because
  // "design" is in so many names.
  const order: DimensionClass[] = ['requirements', 'estimates', 'api', 'data model', 'scaling', 'trade-offs', 'reliability', 'situation', 'task', 'action', 'result', 'reflection', 'process', 'example', 'deep dives'];
  for (const cls of order) {
    const c = COMPILED.find(([k]) => k === cls)![1];
    if (matchConcept(c, s)) return cls;
  }
  if (/architecture|high-level/.test(d)) return 'architecture';
  return undefined;
}

export interface DocSection {
  readonly heading: string;
  /** Line of the heading. */
  readonly line: number;
  readonly level: number;
  readonly body: readonly TextLine[];
  readonly classes: readonly DimensionClass[];
}

/** Markdown sections in order; a lone `#` title above `##` sections is not one of them. */
export function docSections(lines: readonly TextLine[]): DocSection[] {
  const out: { heading: string; line: number; level: number; body: TextLine[]; classes: DimensionClass[] }[] = [];
  let cur: (typeof out)[number] | undefined;
  for (const l of lines) {
    const h = /^(#{1,4})\s+(.*?)\s*#*\s*$/.exec(l.text.trim());
    const bold = /^\*\*([^*]{2,60})\*\*:?\s*$/.exec(l.text.trim());
    if (h || bold) {
      const heading = (h ? h[2]! : bold![1]!).replace(/[*_`]/g, '').trim();
      cur = { heading, line: l.line, level: h ? h[1]!.length : 3, body: [], classes: classesOfHeading(heading) };
      out.push(cur);
    } else if (cur) cur.body.push(l);
  }
  // A single "# Title" above "##" sections is the document's title, not a section of it.
  const titles = out.filter((s) => s.level === 1);
  if (titles.length === 1 && out.some((s) => s.level > 1)) return out.filter((s) => s.level > 1);
  return out;
}

/** Sections that belong to a rubric dimension: by class, or by sharing the dimension's own words. */
export function sectionsFor(dimension: string, cls: DimensionClass | undefined, sections: readonly DocSection[]): DocSection[] {
  const wanted: DimensionClass[] = cls === undefined ? [] : cls === 'ownership' ? ['action'] : cls === 'completeness' ? [] : cls === 'process' ? ['process', 'action'] : cls === 'example' ? ['situation', 'task', 'action', 'result'] : [cls];
  const own = contentStems(dimension).filter((s) => !['and', 'strategy'].includes(s));
  return sections.filter((s) => s.classes.some((c) => wanted.includes(c)) || (cls === undefined && own.length > 0 && contentStems(s.heading).some((w) => own.includes(w))));
}
