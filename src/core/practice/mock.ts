import type { Question, Topic } from '../model';

export interface MockFormat {
  readonly id: string;
  readonly title: string;
  readonly minutes: number;
  /** Each slot draws one drill from these topics (and kinds, when given). */
  readonly slots: readonly { readonly topics: readonly Topic[]; readonly kinds?: readonly Question['kind'][]; readonly difficulty?: readonly Question['difficulty'][] }[];
}

export const MOCK_FORMATS: readonly MockFormat[] = [
  { id: 'coding-45', title: '45-minute coding round (two algorithm drills)', minutes: 45, slots: [{ topics: ['algorithms'], difficulty: ['easy', 'medium'] }, { topics: ['algorithms'], difficulty: ['medium', 'hard'] }] },
  {
    id: 'backend-60',
    title: '60-minute backend loop (coding, system design, behavioral)',
    minutes: 60,
    slots: [{ topics: ['algorithms', 'api-design', 'auth', 'concurrency'], kinds: ['coding'] }, { topics: ['system-design'] }, { topics: ['behavioral'] }],
  },
  { id: 'data-30', title: '30-minute data round (SQL and schema design)', minutes: 30, slots: [{ topics: ['databases'] }, { topics: ['databases'] }] },
  { id: 'design-45', title: '45-minute system design round', minutes: 45, slots: [{ topics: ['system-design'] }] },
];

/** Picks one drill per slot, never the same drill twice; `random` in [0, 1) is injected for tests. */
export function planMock(format: MockFormat, questions: readonly Question[], random: () => number): Question[] | undefined {
  const chosen: Question[] = [];
  for (const slot of format.slots) {
    const pool = questions.filter(
      (q) => slot.topics.includes(q.topic) && (!slot.kinds || slot.kinds.includes(q.kind)) && (!slot.difficulty || slot.difficulty.includes(q.difficulty)) && !chosen.includes(q),
    );
    const fallback = questions.filter((q) => slot.topics.includes(q.topic) && !chosen.includes(q));
    const from = pool.length > 0 ? pool : fallback;
    if (from.length === 0) return undefined;
    chosen.push(from[Math.floor(random() * from.length)]!);
  }
  return chosen;
}

/** Settings turned off during a mock interview: completions and suggestions an interviewer would not allow. */
export const LOCKDOWN: readonly { readonly key: string; readonly value: unknown }[] = [
  { key: 'editor.inlineSuggest.enabled', value: false },
  { key: 'editor.quickSuggestions', value: { other: 'off', comments: 'off', strings: 'off' } },
  { key: 'editor.suggestOnTriggerCharacters', value: false },
  { key: 'editor.wordBasedSuggestions', value: 'off' },
  { key: 'editor.parameterHints.enabled', value: false },
  { key: 'editor.acceptSuggestionOnEnter', value: 'off' },
  { key: 'github.copilot.enable', value: { '*': false } },
  { key: 'github.copilot.editor.enableAutoCompletions', value: false },
];

/** What a setting was before lockdown: set to a value, or not set at all (so restore removes it). */
export type Previous = { readonly set: true; readonly value: unknown } | { readonly set: false };

export interface LockdownJournal {
  readonly v: 1;
  readonly target: 'workspace' | 'global';
  readonly previous: Readonly<Record<string, Previous>>;
}

/** Snapshot before applying: for each locked key, its value at the target scope or "unset". */
export function snapshot(read: (key: string) => unknown, target: LockdownJournal['target']): LockdownJournal {
  const previous: Record<string, Previous> = {};
  for (const { key } of LOCKDOWN) {
    const v = read(key);
    previous[key] = v === undefined ? { set: false } : { set: true, value: v };
  }
  return { v: 1, target, previous };
}

/** The writes that put every key back exactly: the old value, or undefined to remove it. */
export function restoreWrites(journal: LockdownJournal): { key: string; value: unknown }[] {
  return Object.entries(journal.previous).map(([key, p]) => ({ key, value: p.set ? p.value : undefined }));
}
