import type { Question, SolutionLanguage } from './model';

/** The reasoning headings every coding template carries; the reviewer looks for them. */
export const REASONING_HEADINGS = ['Clarifying questions', 'Approach', 'Complexity', 'Edge cases', 'Trade-offs'] as const;
export const DESIGN_SECTIONS = ['Requirements', 'Estimates', 'API', 'Data model', 'High-level design', 'Deep dives', 'Bottlenecks & trade-offs'] as const;
export const STAR_SECTIONS = ['Situation', 'Task', 'Action', 'Result', 'Reflection'] as const;

export type DrillFileKind = SolutionLanguage | 'markdown';

/** Which file a drill is answered in: a design doc or STAR answer for those kinds, code otherwise. */
export function drillFileFor(q: Question, language: SolutionLanguage): { kind: DrillFileKind; name: string } {
  if (q.kind === 'system-design') return { kind: 'markdown', name: 'design.md' };
  if (q.kind === 'behavioral') return { kind: 'markdown', name: 'answer.md' };
  if (q.kind === 'sql') return { kind: 'sql', name: 'solution.sql' };
  const ext = language === 'python' ? 'py' : language === 'typescript' ? 'ts' : 'js';
  return { kind: language, name: `solution.${ext}` };
}

function reasoningLines(q: Question): string[] {
  return [
    `${q.title} (${q.difficulty}, ${q.minutes} min). Think out loud: fill these in as you go.`,
    'Ask before you code: "Interview Drills: Ask the Interviewer" answers clarifying questions.',
    '',
    'Clarifying questions:',
    '  - ',
    'Approach:',
    '  - ',
    'Complexity: time O(?), space O(?)',
    'Edge cases:',
    '  - ',
    'Trade-offs:',
    '  - ',
  ];
}

function jsStarter(q: Question, typed: boolean): string {
  const header = ['/*', ...reasoningLines(q).map((l) => (l ? ` * ${l}` : ' *')), ' */', ''];
  const any = typed ? ': any' : '';
  if (q.className) {
    const ctor = firstOpArgs(q);
    return [
      ...header,
      `class ${q.className} {`,
      `  constructor(${ctor.map((a) => `${a}${any}`).join(', ')}) {`,
      '  }',
      '',
      ...methodNames(q).flatMap(([m, n]) => [`  ${m}(${argList(n).map((a) => `${a}${any}`).join(', ')}) {`, '  }', '']),
      '}',
      '',
    ].join('\n');
  }
  const params = paramNames(q);
  return [...header, `function ${q.function ?? 'solve'}(${params.map((p) => `${p}${any}`).join(', ')}) {`, '', '}', ''].join('\n');
}

function pyStarter(q: Question): string {
  const header = ['"""', ...reasoningLines(q), '"""', ''];
  if (q.className) {
    const ctor = firstOpArgs(q);
    return [
      ...header,
      `class ${q.className}:`,
      `    def __init__(self${ctor.map((a) => `, ${a}`).join('')}):`,
      '        pass',
      '',
      ...methodNames(q).flatMap(([m, n]) => [`    def ${m}(self${argList(n).map((a) => `, ${a}`).join('')}):`, '        pass', '']),
    ].join('\n');
  }
  const params = paramNames(q);
  return [...header, `def ${q.function ?? 'solve'}(${params.join(', ')}):`, '    pass', ''].join('\n');
}

function sqlStarter(q: Question): string {
  return [...reasoningLines(q).map((l) => (l ? `-- ${l}` : '--')), '', 'SELECT 1;', ''].join('\n');
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

/** The starter text for a new drill file: the question's own starter if it has one, else generated. */
export function starterFor(q: Question, language: SolutionLanguage): string {
  const file = drillFileFor(q, language);
  if (q.kind === 'system-design') return designDoc(q);
  if (q.kind === 'behavioral') return starDoc(q);
  const own = q.starter[file.kind === 'markdown' ? 'javascript' : file.kind];
  if (own) {
    if (file.kind === 'python') return ['"""', ...reasoningLines(q), '"""', '', own].join('\n');
    if (file.kind === 'sql') return [...reasoningLines(q).map((l) => (l ? `-- ${l}` : '--')), '', own].join('\n');
    return ['/*', ...reasoningLines(q).map((l) => (l ? ` * ${l}` : ' *')), ' */', '', own].join('\n');
  }
  switch (file.kind) {
    case 'python':
      return pyStarter(q);
    case 'typescript':
      return jsStarter(q, true);
    case 'sql':
      return sqlStarter(q);
    default:
      return jsStarter(q, false);
  }
}

/** Parameter names guessed from the first call test's arity: `a, b, c` or `nums` for one list. */
function paramNames(q: Question): string[] {
  if (q.params.length > 0) return [...q.params];
  const first = q.tests.find((t) => t.type === 'call');
  const arity = first && first.type === 'call' ? first.args.length : 1;
  if (arity === 1 && first && first.type === 'call' && Array.isArray(first.args[0])) return ['nums'];
  return Array.from({ length: arity }, (_, i) => String.fromCharCode(97 + i));
}

function firstOpArgs(q: Question): string[] {
  const t = q.tests.find((x) => x.type === 'ops');
  const n = t && t.type === 'ops' ? (t.args[0]?.length ?? 0) : 0;
  return Array.from({ length: n }, (_, i) => String.fromCharCode(97 + i));
}

/** Each method the tests call, with the number of arguments of its first call. */
function methodNames(q: Question): [string, number][] {
  const names = new Map<string, number>();
  for (const t of q.tests) if (t.type === 'ops') t.ops.forEach((o, i) => i > 0 && !names.has(o) && names.set(o, t.args[i]?.length ?? 0));
  return [...names];
}

function argList(n: number): string[] {
  return n === 1 ? ['x'] : Array.from({ length: n }, (_, i) => String.fromCharCode(97 + i));
}
