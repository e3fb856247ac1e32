import { matchedClarifications } from '../interviewer';
import { parseClaimedComplexity } from '../judge/complexity';
import type { Question, Remark, RubricScore, RunResult, SolutionLanguage } from '../model';
import { extractReasoning, filled, type Reasoning, type TextLine } from './extract';

export interface ReviewInput {
  readonly question: Question;
  readonly code: string;
  readonly language: SolutionLanguage | 'markdown';
  /** The judge's latest verdicts, when the person has run the tests. */
  readonly run?: RunResult;
  /** The latest complexity measurement, when there is one. */
  readonly measurement?: { readonly cls?: string; readonly agrees?: boolean; readonly message: string };
  readonly elapsedMs?: number;
}

export interface CheckResult {
  readonly remarks: Remark[];
  readonly scores: RubricScore[];
  readonly summary: string;
  readonly reasoning: Reasoning;
}

const DESIGN_SECTIONS = ['requirements', 'estimates', 'api', 'data model', 'high-level design', 'deep dives', 'bottlenecks & trade-offs'];
const STAR_SECTIONS = ['situation', 'task', 'action', 'result', 'reflection'];

type Score = 1 | 2 | 3 | 4;
const clamp = (n: number): Score => Math.max(1, Math.min(4, Math.round(n))) as Score;
const words = (lines: readonly TextLine[]): number => lines.map((l) => l.text).join(' ').split(/\s+/).filter((w) => /[a-z0-9]/i.test(w)).length;
const items = (lines: readonly TextLine[]): number => lines.slice(1).filter((l) => /^\s*[-*•\d]/.test(l.text) && l.text.replace(/^[\s\-*•\d.)]+/, '').trim().length > 2).length + (lines[0] && lines[0].text.replace(/^[^:]*:/, '').trim().length > 3 ? 1 : 0);

/**
 * The deterministic part of every review: it always runs first, and a model can add to its findings
 * but never remove them or change a verdict.
 */
export function runChecks(input: ReviewInput): CheckResult {
  if (input.question.kind === 'system-design') return designChecks(input);
  if (input.question.kind === 'behavioral') return starChecks(input);
  return codingChecks(input);
}

function codingChecks(input: ReviewInput): CheckResult {
  const { question: q, run } = input;
  const r = extractReasoning(input.code, input.language);
  const remarks: Remark[] = [];
  const at = (lines: readonly TextLine[], fallback = 1): number => lines[0]?.line ?? fallback;
  const add = (line: number, severity: Remark['severity'], message: string): void => void remarks.push({ line, severity, message, source: 'check' });

  const clarifying = r.parts.clarifying;
  const matched = matchedClarifications(q, clarifying.map((l) => l.text));
  if (!filled(clarifying)) {
    const example = q.clarifications[0]?.question;
    add(at(clarifying), 'essential', `No clarifying questions. Interviewers expect you to pin down the input first (sizes, empty input, duplicates, ordering)${example ? `, e.g. "${example}"` : ''}. Use "Ask the Interviewer" to get answers.`);
  } else if (q.clarifications.length > 0) {
    const missed = q.clarifications.filter((n) => !matched.includes(n));
    if (matched.length > 0) add(at(clarifying), 'celebratory', `Good: you asked ${matched.length} of the ${q.clarifications.length} questions the interviewer was waiting for (${matched.map((n) => `"${n.question}"`).join(', ')}).`);
    if (missed.length > 0 && matched.length < q.clarifications.length / 2) add(at(clarifying), 'informative', `Questions worth asking here too: ${missed.slice(0, 2).map((n) => `"${n.question}"`).join(', ')}.`);
  }

  if (!filled(r.parts.approach)) add(at(r.parts.approach), 'actionable', 'State your approach in two or three sentences before coding: the idea, and why it works.');

  const commentText = r.lines.map((l) => l.text).join('\n');
  const claim = parseClaimedComplexity(r.lines.map((l) => l.text).join('\n'));
  const claimLine = claim.line !== undefined ? r.lines[claim.line - 1]?.line : undefined;
  if (!claim.time) add(at(r.parts.complexity), 'essential', 'No time complexity stated. Say it in big-O (and the space), and why.');
  else if (input.measurement?.agrees === false) add(claimLine ?? at(r.parts.complexity), 'essential', input.measurement.message);
  else if (input.measurement?.agrees === true) add(claimLine ?? at(r.parts.complexity), 'celebratory', input.measurement.message);

  if (!filled(r.parts.edgeCases)) add(at(r.parts.edgeCases), 'actionable', 'No edge cases listed. Name the inputs that break naive solutions (empty, one element, duplicates, negatives, very large) and how your code handles them.');
  if (!filled(r.parts.tradeoffs)) add(at(r.parts.tradeoffs), 'informative', 'Mention a trade-off: what you would change with more memory, sorted input or a streaming source.');

  const claimsCorrect = /\b(it works|works for all|all tests pass|passes all|is correct|correct solution|bug-?free)\b/i.exec(commentText);
  const failed = run ? run.cases.filter((c) => c.verdict !== 'accepted') : [];
  if (claimsCorrect && run && failed.length > 0) {
    const line = r.lines.find((l) => l.text.includes(claimsCorrect[0]))?.line ?? 1;
    add(line, 'essential', `You say "${claimsCorrect[0]}", but ${failed.length} of ${run.cases.length} cases fail (first: "${failed[0]!.name}" → ${failed[0]!.verdict}).`);
  }
  if (input.elapsedMs !== undefined && input.elapsedMs > q.minutes * 60_000) {
    add(1, 'informative', `You took ${Math.round(input.elapsedMs / 60_000)} minutes for a ${q.minutes}-minute drill. In the interview, say out loud when you are running long and what you would cut.`);
  }

  const passRate = run && run.cases.length > 0 ? (run.cases.length - failed.length) / run.cases.length : undefined;
  const edgeCount = items(r.parts.edgeCases);
  const partsFilled = (['clarifying', 'approach', 'complexity', 'edgeCases', 'tradeoffs'] as const).filter((p) => filled(r.parts[p])).length;
  const scores: RubricScore[] = [
    {
      dimension: 'problem understanding & clarifying questions',
      score: !filled(clarifying) ? 1 : matched.length === 0 ? 2 : matched.length * 2 >= Math.max(1, q.clarifications.length) ? 4 : 3,
      why: !filled(clarifying) ? 'no clarifying questions written down' : `${matched.length} of ${q.clarifications.length} key questions asked`,
    },
    {
      dimension: 'approach',
      score: !filled(r.parts.approach) ? 1 : words(r.parts.approach) < 12 ? 2 : passRate === 1 ? 4 : 3,
      why: !filled(r.parts.approach) ? 'no approach stated' : `${words(r.parts.approach)} words of approach${passRate === 1 ? ', and the tests pass' : ''}`,
    },
    {
      dimension: 'correctness reasoning',
      score: passRate === undefined ? 2 : passRate === 1 ? 4 : passRate >= 0.5 ? 2 : 1,
      why: passRate === undefined ? 'tests not run yet' : `${Math.round(passRate * 100)}% of the cases run pass`,
    },
    {
      dimension: 'complexity',
      score: !claim.time ? 1 : input.measurement?.agrees === false ? 2 : input.measurement?.agrees === true ? 4 : 3,
      why: !claim.time ? 'not stated' : input.measurement?.agrees === false ? 'stated, but the measurement disagrees' : input.measurement?.agrees === true ? 'stated and confirmed by measurement' : `stated as ${claim.time}`,
    },
    {
      dimension: 'edge cases',
      score: !filled(r.parts.edgeCases) ? 1 : clamp(1 + edgeCount),
      why: !filled(r.parts.edgeCases) ? 'none listed' : `${edgeCount} edge case(s) listed`,
    },
    { dimension: 'communication', score: clamp(partsFilled - 1), why: `${partsFilled} of 5 reasoning parts filled in` },
  ];
  const essentials = remarks.filter((x) => x.severity === 'essential').length;
  const summary =
    essentials === 0
      ? `Your reasoning covers the essentials${passRate === 1 ? ' and the tests pass' : ''}. See the notes for polish.`
      : `${essentials} essential gap${essentials > 1 ? 's' : ''} in how you explained this: ${remarks.filter((x) => x.severity === 'essential').map((x) => x.message.split('.')[0]).join('; ')}.`;
  return { remarks, scores, summary, reasoning: r };
}

/** Parses "3k", "1.5M", "2 billion", "86,400" into a number. */
export function parseQuantity(text: string): number | undefined {
  const m = /^~?\s*([\d][\d,]*(?:\.\d+)?)\s*(k|thousand|m|million|b|bn|billion|t|trillion)?\b/i.exec(text.trim());
  if (!m) return undefined;
  const base = Number((m[1] ?? '').replace(/,/g, ''));
  const unit = (m[2] ?? '').toLowerCase();
  const mult = unit.startsWith('k') || unit === 'thousand' ? 1e3 : unit === 'm' || unit === 'million' ? 1e6 : unit.startsWith('b') ? 1e9 : unit.startsWith('t') ? 1e12 : 1;
  return Number.isFinite(base) ? base * mult : undefined;
}

/** Finds "A × B = C" / "A * B ≈ C" / "A / B = C" in estimate lines and flags results off by more than 2×. */
export function checkArithmetic(lines: readonly TextLine[]): Remark[] {
  const out: Remark[] = [];
  const q = String.raw`(~?\s*[\d][\d,]*(?:\.\d+)?\s*(?:k|thousand|m|million|b|bn|billion|t|trillion)?)`;
  const re = new RegExp(`${q}\\s*(?:[a-z/ ]*?)\\s*([×x*/÷])\\s*${q}\\s*(?:[a-z/ ]*?)\\s*(?:=|≈|~=|~)\\s*${q}`, 'gi');
  for (const l of lines) {
    for (const m of l.text.matchAll(re)) {
      const a = parseQuantity(m[1] ?? '');
      const b = parseQuantity(m[3] ?? '');
      const c = parseQuantity(m[4] ?? '');
      if (a === undefined || b === undefined || c === undefined || c === 0) continue;
      const op = m[2] ?? '*';
      const actual = op === '/' || op === '÷' ? a / b : a * b;
      const ratio = actual / c;
      if (ratio > 2 || ratio < 0.5) {
        out.push({ line: l.line, severity: 'actionable', message: `Check this arithmetic: ${m[1]?.trim()} ${op} ${m[3]?.trim()} is about ${fmt(actual)}, not ${m[4]?.trim()}.`, source: 'check' });
      }
    }
  }
  return out;
}

function fmt(n: number): string {
  const units: [number, string][] = [[1e12, 'T'], [1e9, 'B'], [1e6, 'M'], [1e3, 'k']];
  for (const [v, u] of units) if (Math.abs(n) >= v) return `${(n / v).toFixed(n / v >= 100 ? 0 : 1)}${u}`;
  return n.toFixed(n >= 10 ? 0 : 2);
}

function sectionScore(body: readonly TextLine[] | undefined): Score {
  if (!body) return 1;
  const n = words(body.filter((l) => !/^-\s*[^:]+:\s*$/.test(l.text.trim())));
  return n === 0 ? 1 : n < 20 ? 2 : n < 80 ? 3 : 4;
}

function docChecks(input: ReviewInput, required: readonly string[], what: string): { r: Reasoning; remarks: Remark[]; found: Map<string, { line: number; body: readonly TextLine[] }> } {
  const r = extractReasoning(input.code, 'markdown');
  const remarks: Remark[] = [];
  const found = new Map<string, { line: number; body: readonly TextLine[] }>();
  for (const name of required) {
    const key = [...r.sections.keys()].find((k) => k === name || k.startsWith(name.split(' ')[0]!));
    const s = key ? r.sections.get(key) : undefined;
    if (s) found.set(name, s);
    if (!s) remarks.push({ line: 1, severity: 'essential', message: `Missing the "${title(name)}" section of the ${what}.`, source: 'check' });
    else if (sectionScore(s.body) === 1) remarks.push({ line: s.line, severity: name === 'reflection' || name === 'deep dives' ? 'actionable' : 'essential', message: `"${title(name)}" is empty.`, source: 'check' });
  }
  return { r, remarks, found };
}

function title(s: string): string {
  return s.charAt(0).toUpperCase() + s.slice(1);
}

function scoresFor(input: ReviewInput, defaults: readonly string[], found: Map<string, { line: number; body: readonly TextLine[] }>, r: Reasoning): RubricScore[] {
  const dims = input.question.rubric.length > 0 ? input.question.rubric.map((x) => x.dimension) : defaults;
  return dims.map((dim) => {
    const key = dim.toLowerCase();
    const section = [...found.entries()].find(([name]) => key.includes(name.split(' ')[0]!) || name.includes(key.split(' ')[0]!))?.[1];
    const body = section?.body ?? (key.includes('trade') ? found.get('bottlenecks & trade-offs')?.body : key.includes('scal') || key.includes('reliab') ? [...(found.get('deep dives')?.body ?? []), ...(found.get('bottlenecks & trade-offs')?.body ?? [])] : key.includes('architect') ? found.get('high-level design')?.body : key.includes('ownership') ? found.get('action')?.body : key.includes('impact') ? found.get('result')?.body : undefined);
    const score = body ? sectionScore(body) : clamp(words(r.lines) / 150);
    return { dimension: dim, score, why: body ? `${words(body)} words on it` : 'judged from the whole answer' };
  });
}

function designChecks(input: ReviewInput): CheckResult {
  const { r, remarks, found } = docChecks(input, DESIGN_SECTIONS, 'design document');
  const estimates = found.get('estimates');
  if (estimates) {
    remarks.push(...checkArithmetic(estimates.body));
    if (estimates.body.length > 0 && !/\d/.test(estimates.body.map((l) => l.text).join(' '))) remarks.push({ line: estimates.line, severity: 'essential', message: 'Estimates without numbers: work out requests per second, storage and bandwidth.', source: 'check' });
  }
  const requirements = found.get('requirements');
  if (requirements && !/clarif|asked|assum/i.test(requirements.body.map((l) => l.text).join(' '))) {
    remarks.push({ line: requirements.line, severity: 'informative', message: 'Note which clarifying questions you asked and what you assumed; interviewers look for it.', source: 'check' });
  }
  const scores = scoresFor(input, ['requirements', 'estimates', 'api', 'data model', 'architecture', 'scaling & bottlenecks', 'trade-offs', 'reliability'], found, r);
  const essentials = remarks.filter((x) => x.severity === 'essential').length;
  return { remarks, scores, reasoning: r, summary: essentials ? `${essentials} essential part${essentials > 1 ? 's' : ''} of the design missing or empty.` : 'Every part of the design is there; see the notes for depth.' };
}

function starChecks(input: ReviewInput): CheckResult {
  const { r, remarks, found } = docChecks(input, STAR_SECTIONS, 'STAR answer');
  const result = found.get('result');
  if (result && sectionScore(result.body) > 1 && !/\d/.test(result.body.map((l) => l.text).join(' '))) {
    remarks.push({ line: result.line, severity: 'actionable', message: 'Quantify the result: a number (time saved, errors down, users, revenue) makes it real.', source: 'check' });
  }
  const action = found.get('action');
  if (action) {
    const text = ` ${action.body.map((l) => l.text).join(' ').toLowerCase()} `;
    const we = (text.match(/\b(we|our|us)\b/g) ?? []).length;
    const i = (text.match(/\b(i|my|me)\b/g) ?? []).length;
    if (we > i && we >= 2) remarks.push({ line: action.line, severity: 'actionable', message: `"We" appears ${we} times and "I" ${i} times in your actions. Interviewers need to know what *you* did.`, source: 'check' });
  }
  const scores = scoresFor(input, ['situation/task/action/result completeness', 'ownership', 'measurable impact', 'reflection'], found, r);
  const essentials = remarks.filter((x) => x.severity === 'essential').length;
  return { remarks, scores, reasoning: r, summary: essentials ? `${essentials} STAR part${essentials > 1 ? 's' : ''} missing or empty.` : 'A complete STAR answer; see the notes to sharpen it.' };
}
