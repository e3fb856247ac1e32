import { matchNotes } from '../interviewer';
import { parseClaimedComplexity } from '../judge/complexity';
import { KINDS, type KindSpec } from '../kinds';
import { isTemplateLine } from '../runtimes/starter';
import type { Evidence, Language, Question, Remark, RubricScore, RunResult } from '../model';
import { compileConcept } from './concepts';
import { designReview, starReview } from './docReview';
import { Analysis, conceptEvidence, splitItems } from './evidence';
import { extractReasoning, filled, type Reasoning, type TextLine } from './extract';
import { checkLine } from './quantities';
import { contentStems, quote, stem, STOCK_STEMS } from './text';

export interface ReviewInput {
  readonly question: Question;
  readonly code: string;
  readonly language: Language | 'markdown';
  /** The judge's latest verdicts, when the person has run the tests. */
  readonly run?: RunResult;
  /** The latest complexity measurement, when there is one. */
  readonly measurement?: { readonly cls?: string; readonly agrees?: boolean; readonly message: string };
  /** A run or measurement made before the code last changed: left out of `run`/`measurement`, and said so. */
  readonly edited?: { readonly run?: boolean; readonly measurement?: boolean };
  readonly elapsedMs?: number;
}

export interface CheckResult {
  readonly remarks: Remark[];
  readonly scores: RubricScore[];
  readonly summary: string;
  readonly reasoning: Reasoning;
}

type Score = 1 | 2 | 3 | 4;
const clamp = (n: number): Score => Math.max(1, Math.min(4, Math.round(n))) as Score;
const words = (lines: readonly TextLine[]): number => lines.map((l) => l.text).join(' ').split(/\s+/).filter((w) => /[a-z0-9]/i.test(w)).length;

/** Words that name the part itself, not an item in it ("handle edge cases"). */
const PART_WORDS = new Set(['edge', 'case', 'input', 'handle', 'question', 'clarifying'].map(stem));

/** A reasoning part's bullets (a line without a bullet continues the one before it), without the label. */
export function bulletsOf(part: readonly TextLine[]): { text: string; line: number }[] {
  const chunks: { text: string; line: number }[] = [];
  part.forEach((l, i) => {
    const t = i === 0 ? l.text.replace(/^[^:]*:/, '') : l.text;
    const bullet = /^\s*([-*•+]|\d+[.)])\s*/.exec(t);
    const body = t.replace(/^\s*([-*•+]|\d+[.)])\s*/, '').trim();
    if (!body) return;
    const last = chunks[chunks.length - 1];
    if (!bullet && i > 0 && last && !/[.?!]$/.test(last.text)) last.text += ` ${body}`;
    else chunks.push({ text: body, line: l.line });
  });
  return chunks;
}

/**
 * The distinct items of a reasoning part: its heading's own text after the colon, then each bullet
 * (wrapped lines joined), split at commas and semicolons outside parentheses. Items that say the
 * same thing ("empty input" twice) count once; placeholders and stock words count not at all.
 */
export function distinctItems(part: readonly TextLine[]): { text: string; line: number }[] {
  const out: { text: string; line: number; stems: Set<string> }[] = [];
  for (const c of bulletsOf(part)) {
    for (const piece of splitItems(c.text).flatMap((x) => x.split(/\s+(?:and|or)\s+(?=[a-z])/i))) {
      const st = new Set(contentStems(piece).filter((w) => !STOCK_STEMS.has(w) && !PART_WORDS.has(w)));
      if (st.size === 0 && !/\d/.test(piece)) continue;
      const same = out.find((o) => {
        const shared = [...st].filter((w) => o.stems.has(w)).length;
        return shared > 0 && shared / Math.min(st.size, o.stems.size) >= 0.8;
      });
      if (!same) out.push({ text: piece.trim(), line: c.line, stems: st });
    }
  }
  return out.map(({ text, line }) => ({ text, line }));
}

/**
 * The deterministic part of every review: it always runs first, and a model can add to its findings
 * but never remove them or change a verdict.
 */
export function runChecks(input: ReviewInput): CheckResult {
  return CHECKLISTS[KINDS[input.question.kind].checks](input);
}

const CHECKLISTS: Readonly<Record<KindSpec['checks'], (input: ReviewInput) => CheckResult>> = {
  reasoning: (input) => codingChecks(input),
  design: (input) => designReview(input),
  star: (input) => starReview(input),
};

function codingChecks(input: ReviewInput): CheckResult {
  const { question: q, run } = input;
  const r = extractReasoning(input.code, input.language);
  const remarks: Remark[] = [];
  const at = (lines: readonly TextLine[], fallback = 1): number => lines[0]?.line ?? fallback;
  const add = (line: number, severity: Remark['severity'], message: string): void => void remarks.push({ line, severity, message, source: 'check' });

  const clarifying = r.parts.clarifying;
  const asked = distinctItems(clarifying);
  const notes = matchNotes(q, asked, bulletsOf(clarifying));
  const matched = notes.map((n) => n.note);
  if (!filled(clarifying)) {
    const example = q.clarifications[0]?.question;
    add(at(clarifying), 'essential', `No clarifying questions. Interviewers expect you to pin down the input first (sizes, empty input, duplicates, ordering)${example ? `; this drill's interviewer can answer, for example, "${example}"` : ''}. Use "Ask the Interviewer" to get answers.`);
  } else if (q.clarifications.length > 0) {
    const missed = q.clarifications.filter((n) => !matched.includes(n));
    const which = notes.map((n) => `"${quote(n.text, 60)}" (line ${n.line})`).join(', ');
    if (notes.length > 0) add(at(clarifying), 'celebratory', notes.length === 1 ? `One of your questions is one the interviewer has an answer for: ${which}.` : `${notes.length} of your questions are ones the interviewer has answers for: ${which}.`);
    if (missed.length > 0 && matched.length < q.clarifications.length / 2) add(at(clarifying), 'informative', `The interviewer also has answers about: ${missed.slice(0, 2).map((n) => `"${n.question}"`).join(', ')}.`);
  }

  if (!filled(r.parts.approach)) add(at(r.parts.approach), 'actionable', 'State your approach in two or three sentences before coding: the idea, and why it works.');

  const commentText = r.lines.map((l) => l.text).join('\n');
  const claim = parseClaimedComplexity(r.lines.map((l) => l.text).join('\n'));
  const claimLine = claim.line !== undefined ? r.lines[claim.line - 1]?.line : undefined;
  if (!claim.time) add(at(r.parts.complexity), 'essential', 'No time complexity stated. Say it in big-O (and the space), and why.');
  else if (input.measurement?.agrees === false) add(claimLine ?? at(r.parts.complexity), 'essential', input.measurement.message);
  else if (input.measurement?.agrees === true) add(claimLine ?? at(r.parts.complexity), 'celebratory', input.measurement.message);
  else if (!input.measurement && input.edited?.measurement) add(claimLine ?? at(r.parts.complexity), 'informative', `Your code changed after the last measurement, so it does not count here: run Measure Complexity again to check your ${claim.time} claim.`);
  if (!run && input.edited?.run) add(1, 'informative', 'Your code changed after the last test run, so its verdicts do not count here: run the tests again.');

  if (!filled(r.parts.edgeCases)) add(at(r.parts.edgeCases), 'actionable', 'No edge cases listed. Name the inputs that break naive solutions (empty, one element, duplicates, negatives, very large) and how your code handles them.');
  if (!filled(r.parts.tradeoffs)) add(at(r.parts.tradeoffs), 'informative', 'Mention a trade-off: what you would change with more memory, sorted input or a streaming source.');

  const claimsCorrect = /\b(it works|works for all|all tests pass|passes all|is correct|correct solution|bug-?free)\b/i.exec(commentText);
  const failed = run ? run.cases.filter((c) => c.verdict !== 'accepted') : [];
  if (claimsCorrect && run && failed.length > 0) {
    const line = r.lines.find((l) => l.text.includes(claimsCorrect[0]))?.line ?? 1;
    add(line, 'essential', `You say "${claimsCorrect[0]}", but ${failed.length} of ${run.cases.length} cases ${failed.length === 1 ? 'fails' : 'fail'} (first: "${failed[0]!.name}" → ${failed[0]!.verdict}).`);
  }
  if (input.elapsedMs !== undefined && input.elapsedMs > q.minutes * 60_000) {
    add(1, 'informative', `You took ${Math.round(input.elapsedMs / 60_000)} minutes for a ${q.minutes}-minute drill. In the interview, say out loud when you are running long and what you would cut.`);
  }

  const passRate = run && run.cases.length > 0 ? (run.cases.length - failed.length) / run.cases.length : undefined;
  const edges = distinctItems(r.parts.edgeCases);
  const edgeCount = edges.length;
  const partsFilled = (['clarifying', 'approach', 'complexity', 'edgeCases', 'tradeoffs'] as const).filter((p) => filled(r.parts[p])).length;
  // A drill's own concepts (the idea behind the approach, the edge cases that bite) are evidence too.
  const a = new Analysis(r.lines.filter((l) => !isTemplateLine(q, l.text)), q, false);
  const conceptsOf = (dim: string): { found: Evidence[]; total: number; named: string } => {
    const list = (q.concepts[dim] ?? []).map(compileConcept);
    const findings = list.map((c) => a.find(c)).filter((f) => f.at !== undefined);
    // Which ideas, and where: the summary thread shows this beside the score.
    const named = findings.map((f) => `${f.concept.name} (line ${f.at!.line})`).join(', ');
    return { found: findings.map((f) => conceptEvidence(a, f)!), total: list.length, named };
  };
  const approachIdeas = conceptsOf('approach');
  const edgeIdeas = conceptsOf('edge cases');
  const approachWords = words(r.parts.approach);
  const approachScore: Score = !filled(r.parts.approach) ? 1 : approachWords < 12 && approachIdeas.found.length === 0 ? 2 : passRate === 1 || (approachIdeas.total > 0 && approachIdeas.found.length * 2 >= approachIdeas.total) ? 4 : 3;
  const edgeScore: Score = !filled(r.parts.edgeCases) || edgeCount === 0 ? 1 : clamp(1 + edgeCount + (edgeIdeas.found.length > 0 ? 1 : 0));
  const scores: RubricScore[] = [
    {
      dimension: 'problem understanding & clarifying questions',
      score: !filled(clarifying) ? 1 : matched.length === 0 ? 2 : matched.length * 2 >= Math.max(1, q.clarifications.length) ? 4 : 3,
      why: !filled(clarifying) ? 'no clarifying questions written down' : `${asked.length} question${asked.length === 1 ? '' : 's'} asked; ${matched.length} of the interviewer's ${q.clarifications.length} notes covered`,
      evidence: notes.map((n) => ({ kind: 'question' as const, line: n.line, text: quote(n.text), detail: `covers the interviewer's note "${n.note.question}"` })),
    },
    {
      dimension: 'approach',
      score: approachScore,
      why: !filled(r.parts.approach) ? 'no approach stated' : `${approachWords} words of approach${approachIdeas.total ? `; ${approachIdeas.found.length} of ${approachIdeas.total} key ideas named${approachIdeas.named ? `: ${approachIdeas.named}` : ''}` : ''}${passRate === 1 ? ', and the tests pass' : ''}`,
      evidence: approachIdeas.found,
    },
    {
      dimension: 'correctness reasoning',
      score: passRate === undefined ? 2 : passRate === 1 ? 4 : passRate >= 0.5 ? 2 : 1,
      why: passRate === undefined ? (input.edited?.run ? 'tests not run since the code last changed' : 'tests not run yet') : `${Math.round(passRate * 100)}% of the cases run pass`,
      evidence: run ? [{ kind: 'test', line: 0, text: `${run.cases.length - failed.length}/${run.cases.length} cases accepted`, ...(failed.length ? { detail: `first failure: ${failed[0]!.name} → ${failed[0]!.verdict}`, against: true } : {}) }] : [],
    },
    {
      dimension: 'complexity',
      score: !claim.time ? 1 : input.measurement?.agrees === false ? 2 : input.measurement?.agrees === true ? 4 : 3,
      why: !claim.time ? 'not stated' : input.measurement?.agrees === false ? 'stated, but the measurement disagrees' : input.measurement?.agrees === true ? 'stated and confirmed by measurement' : `stated as ${claim.time}`,
      evidence: claim.time ? [{ kind: 'signal', line: claimLine ?? at(r.parts.complexity), text: claim.time, detail: input.measurement?.message ?? 'your stated time complexity', ...(input.measurement?.agrees === false ? { against: true } : {}) }] : [],
    },
    {
      dimension: 'edge cases',
      score: edgeScore,
      why: edgeCount === 0 ? 'none listed' : `${edgeCount} distinct edge case${edgeCount === 1 ? '' : 's'}: ${edges.slice(0, 5).map((e) => quote(e.text, 30)).join('; ')}`,
      evidence: [...edges.map((e) => ({ kind: 'item' as const, line: e.line, text: quote(e.text), detail: 'an edge case' })), ...edgeIdeas.found],
    },
    { dimension: 'communication', score: clamp(partsFilled - 1), why: `${partsFilled} of 5 reasoning parts filled in` },
  ];
  const essentials = remarks.filter((x) => x.severity === 'essential').length;
  const toWork = remarks.filter((x) => x.severity === 'actionable' || x.severity === 'informative').length;
  const summary =
    essentials > 0
      ? `${essentials} essential gap${essentials > 1 ? 's' : ''} in how you explained this: ${remarks.filter((x) => x.severity === 'essential').map((x) => x.message.split('.')[0]).join('; ')}.`
      : `Your reasoning covers the essentials${passRate === 1 ? ' and the tests pass' : ''}.${toWork ? ` ${toWork} remark${toWork > 1 ? 's' : ''} below point${toWork === 1 ? 's' : ''} at polish.` : ''}`;
  return { remarks, scores, summary, reasoning: r };
}

/** Arithmetic remarks for estimate lines: each statement that does not add up, with the worked result. */
export function checkArithmetic(lines: readonly TextLine[]): Remark[] {
  const out: Remark[] = [];
  for (const l of lines) {
    for (const c of checkLine(l.text)) {
      if (!c.ok) out.push({ line: l.line, severity: 'actionable', message: `Check this arithmetic: ${c.text.replace(/ = [^=]*$/, '')} works out to ${c.computed}, not ${c.claimed} (${c.off}).`, source: 'check' });
    }
  }
  return out;
}
