import { matchNotes, type NoteMatch } from '../interviewer';
import type { Evidence, Question, Remark, RubricScore } from '../model';
import { compileConcept, matchConcept, sharedConcept, type CompiledConcept, type DimensionClass } from './concepts';
import { Analysis, conceptEvidence, conceptsFor, dimensionsOf, fillerEvidence, scoreFromRatio, splitItems, type Analysed, type ConceptFinding } from './evidence';
import { extractReasoning, type Reasoning } from './extract';
import { checkLine, quantitiesIn, type QuantityKind } from './quantities';
import { classOfDimension, sectionsFor, type DocSection } from './sections';
import { quote } from './text';

type Score = 1 | 2 | 3 | 4;

export interface DocResult {
  readonly remarks: Remark[];
  readonly scores: RubricScore[];
  readonly summary: string;
  readonly reasoning: Reasoning;
}

interface Ctx {
  readonly q: Question;
  readonly a: Analysis;
  readonly remarks: Remark[];
  add(line: number, severity: Remark['severity'], message: string): void;
}

const cap = (s: string): string => s.charAt(0).toUpperCase() + s.slice(1);
const lineOf = (a: Analysis, secs: readonly DocSection[]): number => secs[0]?.line ?? a.sections[0]?.line ?? 1;

function context(input: { question: Question; code: string }, strict: boolean): { ctx: Ctx; r: Reasoning } {
  const r = extractReasoning(input.code, 'markdown');
  const a = new Analysis(r.lines, input.question, true, strict);
  const remarks: Remark[] = [];
  return { r, ctx: { q: input.question, a, remarks, add: (line, severity, message) => void remarks.push({ line, severity, message, source: 'check' }) } };
}

interface Part {
  readonly cls: readonly DimensionClass[];
  readonly name: string;
  readonly severity: Remark['severity'];
}

/**
 * Required parts of a document, found by the meaning of its headings. A missing heading is essential
 * only when the drill scores that part and nothing elsewhere in the answer covers it; otherwise it is
 * a note about structure.
 */
function requireParts(ctx: Ctx, parts: readonly Part[], what: string, scores?: readonly RubricScore[], customAsDeepDive = false): void {
  const { a } = ctx;
  for (const p of parts) {
    const secs = a.sections.filter((s) => s.classes.some((c) => p.cls.includes(c)));
    const dims = (scores ?? []).filter((x) => {
      const cls = classOfDimension(x.dimension);
      return cls ? p.cls.includes(cls) : customAsDeepDive && p.cls.includes('deep dives');
    });
    const best = dims.reduce<RubricScore | undefined>((m, x) => (!m || x.score > m.score ? x : m), undefined);
    const scored = !scores || (best !== undefined && best.score <= 2);
    if (secs.length === 0) {
      if (scored) ctx.add(1, p.severity, `Missing the "${p.name}" part of the ${what} (no heading like "${p.name}").`);
      else if (best) ctx.add(1, 'informative', `No "${p.name}" heading: what you wrote elsewhere covers it (${best.dimension} ${best.score}/4), but a section of its own makes it easier to follow.`);
      else ctx.add(1, 'informative', `No "${p.name}" heading. This drill does not score it, but interviewers expect a few lines on it.`);
      continue;
    }
    const said = a.inSections(secs.map((s) => a.sections.indexOf(s)));
    if (said.length > 0) continue;
    if (scored) ctx.add(secs[0]!.line, p.severity, `"${secs[0]!.heading}" is empty.`);
    else ctx.add(secs[0]!.line, 'informative', `"${secs[0]!.heading}" is empty${best ? `; what you wrote elsewhere covers it (${best.dimension} ${best.score}/4)` : '; this drill does not score it, but a few lines help the interviewer follow'}.`);
  }
}

/** A remark per section where most sentences say nothing checkable. */
function fillerRemarks(ctx: Ctx, star = false): void {
  const { a } = ctx;
  a.sections.forEach((sec, i) => {
    const ss = a.sentences.filter((s) => s.section === i);
    const filler = ss.filter((s) => s.filler);
    if (filler.length >= 2 && filler.length * 2 >= ss.length) {
      ctx.add(sec.line, 'actionable', `${filler.length} of ${ss.length} sentences under "${sec.heading}" ${filler.length === 1 ? 'names' : 'name'} no mechanism, number or decision (e.g. "${quote(filler[0]!.text, 70)}"), so they earn nothing. ${star ? 'Say what you did or what happened, with names and numbers.' : 'Say what you would build, with which numbers, and what it costs.'}`);
    }
  });
}

function notesEvidence(m: readonly NoteMatch[]): Evidence[] {
  return m.map((x) => ({ kind: 'question', line: x.line, text: quote(x.text), detail: `covers the interviewer's note "${x.note.question}"` }));
}

function conceptDimension(ctx: Ctx, dim: string, cls: DimensionClass | undefined, secs: readonly DocSection[]): { score: Score; why: string; evidence: Evidence[]; found: ConceptFinding[] } {
  const { a, q } = ctx;
  const { authored, shared } = conceptsFor(q, dim, cls);
  // Where an idea is named in the dimension's own sections, that is the evidence shown (the
  // deliveries table under "Data model", not the status endpoint under "API"); else anywhere.
  const own = new Set(secs.map((s) => a.sections.indexOf(s)));
  const find = (c: CompiledConcept): ConceptFinding => a.find(c, own.size ? (s) => own.has(s.section) : undefined);
  const found = authored.map(find);
  const sharedFound = shared.map(find).filter((f) => f.at);
  const af = found.filter((f) => f.at);
  const inSecs = a.inSections([...own]);
  const solid = inSecs.filter((s) => a.substantive(s));
  const filler = inSecs.filter((s) => s.filler);
  let ratio: number;
  let why: string;
  if (authored.length > 0) {
    ratio = Math.min(1, (af.length + 0.5 * Math.min(sharedFound.length, 2)) / authored.length);
    why = `${af.length} of ${authored.length} key ideas named${af.length ? `: ${af.map((f) => `${f.concept.name} (line ${f.at!.line})`).join(', ')}` : ''}${sharedFound.length ? `; also ${sharedFound.slice(0, 3).map((f) => f.concept.name).join(', ')}` : ''}`;
  } else if (shared.length > 0) {
    ratio = Math.min(3, sharedFound.length) / 3;
    why = sharedFound.length ? `names ${sharedFound.map((f) => `${f.concept.name} (line ${f.at!.line})`).join(', ')}` : 'no common idea for this named with specifics';
  } else {
    ratio = Math.min(5, solid.length) / 5;
    why = `${solid.length} specific sentence${solid.length === 1 ? '' : 's'} under ${secs.map((s) => `"${s.heading}"`).join(', ') || 'a matching heading'}`;
  }
  let score = scoreFromRatio(ratio);
  if (score === 1 && solid.length >= 2) {
    score = 2;
    why += `; ${solid.length} specific sentences under "${secs[0]!.heading}"`;
  }
  if (filler.length > 0) why += `; ${filler.length} filler sentence${filler.length > 1 ? 's' : ''} earn nothing`;
  const evidence: Evidence[] = [
    ...[...found, ...sharedFound].map((f) => conceptEvidence(a, f)).filter((e): e is Evidence => e !== undefined),
    ...filler.slice(0, 3).map(fillerEvidence),
  ];
  if (authored.length === 0 && shared.length === 0) evidence.push(...solid.slice(0, 4).map((s) => ({ kind: 'signal' as const, line: s.line, text: quote(s.text), detail: 'a specific sentence' })));
  return { score, why, evidence, found: [...found, ...sharedFound] };
}

// ───────────────────────────── system design ─────────────────────────────

export function designReview(input: { question: Question; code: string }): DocResult {
  const { r, ctx } = context(input, false);
  const { a, q } = ctx;
  const partsRequired: Part[] = [
    { cls: ['requirements'], name: 'Requirements', severity: 'essential' },
    { cls: ['estimates'], name: 'Estimates', severity: 'essential' },
    { cls: ['api'], name: 'API', severity: 'essential' },
    { cls: ['data model'], name: 'Data model', severity: 'essential' },
    { cls: ['architecture'], name: 'High-level design', severity: 'essential' },
    { cls: ['deep dives', 'scaling', 'reliability'], name: 'Deep dives', severity: 'actionable' },
    { cls: ['trade-offs'], name: 'Bottlenecks & trade-offs', severity: 'essential' },
  ];
  // A drill-specific section ("Ordering and delivery") is a deep dive too.
  const custom = dimensionsOf(q).filter((d) => classOfDimension(d) === undefined);
  const deepDive = a.sections.some((s) => custom.some((d) => sectionsFor(d, undefined, [s]).length > 0));

  // Arithmetic anywhere in the document.
  const checks: { line: number; ok: boolean; ev: Evidence }[] = [];
  for (const l of r.lines) {
    for (const c of checkLine(l.text)) {
      checks.push({
        line: l.line,
        ok: c.ok,
        ev: { kind: 'arithmetic', line: l.line, text: c.text, detail: c.ok ? `adds up: ${c.computed}` : `works out to ${c.computed}, not ${c.claimed} (${c.off})`, ...(c.ok ? {} : { against: true }) },
      });
      if (!c.ok) ctx.add(l.line, 'actionable', `Check this arithmetic: ${c.text.replace(/ = [^=]*$/, '')} works out to ${c.computed}, not ${c.claimed} (${c.off}).`);
    }
  }
  const estSecs = a.sections.filter((s) => s.classes.includes('estimates'));
  const estSentences = estSecs.length ? a.inSections(estSecs.map((s) => a.sections.indexOf(s))) : [];
  if (estSecs.length && estSentences.length > 0 && !estSentences.some((s) => quantitiesIn(s.text).length > 0)) {
    ctx.add(estSecs[0]!.line, 'essential', 'Estimates without numbers: work out requests per second, storage and bandwidth.');
  }

  // Clarifying questions: the person's own items, matched to the interviewer's notes.
  const reqSecs = a.sections.filter((s) => s.classes.includes('requirements'));
  const reqSentences = (reqSecs.length ? a.inSections(reqSecs.map((s) => a.sections.indexOf(s))) : a.sentences).filter((s) => !s.filler);
  const items = reqSentences.flatMap((s) => splitItems(s.text.replace(/^[A-Za-z][^:\d]{0,39}:\s*/, '')).map((text) => ({ text, line: s.line })));
  const notes = matchNotes(q, items);
  if (reqSecs.length) {
    if (notes.length === 0) ctx.add(reqSecs[0]!.line, 'informative', `Note which clarifying questions you asked and what you assumed; interviewers look for it. This drill's interviewer has answers about: ${q.clarifications.slice(0, 3).map((n) => `"${n.question}"`).join(', ')}.`);
    else {
      const distinct = [...new Map(notes.map((n) => [`${n.line}:${n.text}`, n])).values()];
      ctx.add(notes[0]!.line, 'celebratory', `You pinned down ${notes.length} of the ${q.clarifications.length} things the interviewer has answers for, in your words: ${distinct.slice(0, 4).map((n) => `"${quote(n.text, 50)}" (line ${n.line})`).join(', ')}.`);
    }
  }

  const scores: RubricScore[] = [];
  for (const dim of dimensionsOf(q)) {
    const cls = classOfDimension(dim);
    const secs = sectionsFor(dim, cls, a.sections);
    if (cls === 'requirements') scores.push(requirementsScore(ctx, dim, secs, notes));
    else if (cls === 'estimates') scores.push(estimatesScore(ctx, dim, estSentences, checks));
    else {
      const s = conceptDimension(ctx, dim, cls, secs);
      scores.push({ dimension: dim, score: s.score, why: s.why, evidence: s.evidence });
    }
  }
  const before = ctx.remarks.splice(0);
  requireParts(ctx, deepDive ? partsRequired.filter((p) => p.name !== 'Deep dives') : partsRequired, 'design document', scores, true);
  ctx.remarks.push(...before);
  fillerRemarks(ctx);
  dimensionRemarks(ctx, scores);
  return { remarks: ctx.remarks, scores, reasoning: r, summary: summaryOf(ctx.remarks, scores, 'design') };
}

function requirementsScore(ctx: Ctx, dim: string, secs: readonly DocSection[], notes: readonly NoteMatch[]): RubricScore {
  const { a, q } = ctx;
  const c = conceptDimension(ctx, dim, 'requirements', secs);
  const { authored } = conceptsFor(q, dim, 'requirements');
  const af = c.found.filter((f) => f.at && authored.some((x) => x.name === f.concept.name)).length;
  const sharedF = c.found.filter((f) => f.at).length - af;
  const inSecs = a.inSections(secs.map((s) => a.sections.indexOf(s))).filter((s) => !s.filler);
  const targets = inSecs.filter((s) => quantitiesIn(s.text).length > 0 || /\bp\d{2}\b|\d+(\.\d+)?\s*%|\d+\s*ms\b/i.test(s.text));
  const expected = authored.length + Math.min(3, q.clarifications.length) + 1;
  const credit = af + Math.min(3, notes.length) + (targets.length > 0 ? 1 : 0) + 0.5 * Math.min(1, sharedF);
  const score = inSecs.length === 0 && credit === 0 ? 1 : scoreFromRatio(credit / expected);
  const why = [
    `${notes.length} of the interviewer's ${q.clarifications.length} notes covered`,
    authored.length ? `${af} of ${authored.length} requirement ideas named` : '',
    targets.length ? `targets with numbers (line ${targets[0]!.line})` : 'no numeric targets',
  ].filter(Boolean);
  return { dimension: dim, score, why: why.join('; '), evidence: [...notesEvidence(notes), ...c.evidence, ...targets.slice(0, 2).map((s) => ({ kind: 'quantity' as const, line: s.line, text: quote(s.text), detail: 'a target with a number' }))] };
}

function estimatesScore(ctx: Ctx, dim: string, estSentences: readonly Analysed[], checks: readonly { line: number; ok: boolean; ev: Evidence }[]): RubricScore {
  const { a, q } = ctx;
  const pool = estSentences.length ? estSentences : a.sentences;
  const kinds = new Map<QuantityKind, { line: number; raw: string }>();
  for (const s of pool) {
    for (const x of quantitiesIn(s.text)) {
      const named = x.kind !== 'count' || /servers?|nodes?|machines?|connections?|sockets?|gateways?|partitions?|shards?|keys?|rows?|users?|dau/i.test(s.text.slice(x.q.end, x.q.end + 30));
      if (named && x.kind !== 'duration' && !kinds.has(x.kind)) kinds.set(x.kind, { line: s.line, raw: x.q.raw });
    }
  }
  const ok = checks.filter((c) => c.ok);
  const wrong = checks.filter((c) => !c.ok);
  const { authored } = conceptsFor(q, dim, 'estimates');
  const found = authored.map((c) => a.find(c));
  const af = found.filter((f) => f.at);
  const credit = Math.min(3, kinds.size) + Math.min(4, ok.length) + af.length;
  const expected = 3 + 4 + authored.length;
  let score = kinds.size === 0 && checks.length === 0 ? 1 : scoreFromRatio(credit / expected);
  if (wrong.length > 0 && score > 3) score = 3;
  const why = `${kinds.size ? `${[...kinds.keys()].join(', ')} estimated` : 'no quantities'}; ${ok.length} calculation${ok.length === 1 ? ' that adds' : 's that add'} up${wrong.length ? `, ${wrong.length} that do not` : ''}${authored.length ? `; ${af.length} of ${authored.length} estimate ideas (${af.map((f) => f.concept.name).join(', ') || 'none'})` : ''}`;
  const evidence: Evidence[] = [
    ...[...kinds.entries()].map(([k, v]) => ({ kind: 'quantity' as const, line: v.line, text: v.raw, detail: k })),
    ...checks.map((c) => c.ev),
    ...found.map((f) => conceptEvidence(a, f)).filter((e): e is Evidence => e !== undefined),
  ];
  return { dimension: dim, score, why, evidence };
}

/** Low dimensions get a remark that says what was found and what the rubric looks for; the best one a word of credit. */
function dimensionRemarks(ctx: Ctx, scores: readonly RubricScore[]): void {
  const { a, q } = ctx;
  for (const s of scores) {
    const item = q.rubric.find((x) => x.dimension === s.dimension);
    const secs = sectionsFor(s.dimension, classOfDimension(s.dimension), a.sections);
    if (s.score <= 2 && item?.lookFor) ctx.add(lineOf(a, secs), 'informative', `${cap(s.dimension)} ${s.score}/4 (${s.why}). The interviewer looks for: ${item.lookFor}.`);
  }
  const best = scores.filter((s) => s.score === 4 && classOfDimension(s.dimension) !== 'requirements' && (s.evidence ?? []).some((e) => !e.against && e.kind !== 'filler')).slice(0, 2);
  for (const s of best) {
    const ev = (s.evidence ?? []).find((e) => !e.against && e.kind !== 'filler')!;
    ctx.add(ev.line || 1, 'celebratory', `Strong ${s.dimension}: ${s.why}.`);
  }
}

function summaryOf(remarks: readonly Remark[], scores: readonly RubricScore[], what: 'design' | 'star'): string {
  const essentials = remarks.filter((x) => x.severity === 'essential');
  const toWork = remarks.filter((x) => x.severity === 'actionable' || x.severity === 'informative').length;
  const total = scores.reduce((n, s) => n + s.score, 0);
  const of = `${total}/${scores.length * 4}`;
  if (essentials.length) return `${essentials.length} essential part${essentials.length > 1 ? 's' : ''} of the ${what === 'design' ? 'design' : 'STAR answer'} missing or empty (${of}).`;
  const lead = what === 'design' ? 'Every part of the design is there' : 'A complete STAR answer';
  return toWork ? `${lead} (${of}); ${toWork} remark${toWork > 1 ? 's' : ''} below say${toWork === 1 ? 's' : ''} what to deepen.` : `${lead} (${of}), with specifics behind every score.`;
}

// ───────────────────────────── behavioral (STAR) ─────────────────────────────

const I_RE = /\b(I|I'm|I've|I'd|my|me)\b/g;
const WE_RE = /\b(we|our|us|we're|we've)\b/gi;
const DECIDE_RE = /\bI\s+(?:decided|chose|proposed|suggested|refused|insisted|pushed|asked for|asked|convinced|wrote|built|set up|rewrote|added|ran|split|paired|took|declared|rolled back|told|cancelled|introduced|measured|negotiated|argued|volunteered|owned|led)\b/;
const CHANGE_RE = /\b(now I|I now|next time|since then|these days|nowadays|I have started|I've started|I started|differently|from then on|I always|now,? (?:when|whenever|before|if)\b)/i;
/**
 * Numbers written out count as measurements too: "from five incidents a quarter to one", "zero double
 * charges" (zero is the measurement; "double" there names the kind of charge, so only "doubled" counts).
 */
const NUMBER_WORD = /^(zero|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty|thirty|forty|fifty|hundred|thousand|million|half|twice|doubled|halved|tripled)$/i;

export function starReview(input: { question: Question; code: string }): DocResult {
  const { r, ctx } = context(input, true);
  const { a, q } = ctx;
  requireParts(
    ctx,
    [
      { cls: ['situation'], name: 'Situation', severity: 'essential' },
      { cls: ['task'], name: 'Task', severity: 'essential' },
      { cls: ['action'], name: 'Action', severity: 'essential' },
      { cls: ['result'], name: 'Result', severity: 'essential' },
      { cls: ['reflection'], name: 'Reflection', severity: 'actionable' },
    ],
    'STAR answer',
  );
  const part = (cls: DimensionClass): Analysed[] => a.inSections(a.sections.flatMap((s, i) => (s.classes.includes(cls) ? [i] : [])));
  const solid = (ss: readonly Analysed[]): Analysed[] => ss.filter((s) => a.substantive(s));
  const secLine = (cls: DimensionClass): number => a.sections.find((s) => s.classes.includes(cls))?.line ?? 1;

  const result = part('result');
  const numbersIn = (ss: readonly Analysed[]): { s: Analysed; n: string }[] =>
    // A percentile's name ("p99") says which latency, not how much.
    ss.filter((s) => !s.filler).flatMap((s) => [...s.hard.filter((h) => /\d/.test(h) && !/^p\d{2,3}$/i.test(h)), ...(s.text.match(/\b[A-Za-z]+\b/g) ?? []).filter((w) => NUMBER_WORD.test(w) && !/^one$/i.test(w))].map((n) => ({ s, n })));
  if (result.length > 0 && numbersIn(result).length === 0) ctx.add(secLine('result'), 'actionable', 'Quantify the result: a number (time saved, errors down, users, revenue) makes it real.');
  const action = part('action');
  const actionText = action.map((s) => s.text).join(' ');
  const we = (actionText.match(WE_RE) ?? []).length;
  const i = (actionText.match(I_RE) ?? []).length;
  if (we > i && we >= 2) ctx.add(secLine('action'), 'actionable', `"We" appears ${we} times and "I" ${i} times in your actions. Interviewers need to know what *you* did.`);

  const scores: RubricScore[] = [];
  for (const dim of dimensionsOf(q)) {
    const cls = classOfDimension(dim);
    const secs = sectionsFor(dim, cls, a.sections);
    scores.push(starScore(ctx, dim, cls, secs, { part, solid, numbersIn, we, i }));
  }
  fillerRemarks(ctx, true);
  dimensionRemarks(ctx, scores);
  return { remarks: ctx.remarks, scores, reasoning: r, summary: summaryOf(ctx.remarks, scores, 'star') };
}

interface StarHelpers {
  part(cls: DimensionClass): Analysed[];
  solid(ss: readonly Analysed[]): Analysed[];
  numbersIn(ss: readonly Analysed[]): { s: Analysed; n: string }[];
  we: number;
  i: number;
}

function sig(s: Analysed, detail: string): Evidence {
  return { kind: 'signal', line: s.line, text: quote(s.text), detail };
}

function starScore(ctx: Ctx, dim: string, cls: DimensionClass | undefined, secs: readonly DocSection[], h: StarHelpers): RubricScore {
  const { a } = ctx;
  const fillerOf = (ss: readonly Analysed[]): Evidence[] => ss.filter((s) => s.filler).slice(0, 3).map(fillerEvidence);
  const withConcepts = (base: { score: Score; why: string; evidence: Evidence[] }): RubricScore => {
    // A drill's own concepts for this dimension can lift a score that signals alone leave low.
    const c = conceptDimension(ctx, dim, undefined, secs);
    const { authored } = conceptsFor(ctx.q, dim, undefined);
    if (authored.length === 0) return { dimension: dim, ...base };
    const score = Math.max(1, Math.min(4, Math.round((base.score + c.score) / 2))) as Score;
    return { dimension: dim, score, why: `${base.why}; ${c.why}`, evidence: [...base.evidence, ...c.evidence.filter((e) => e.kind !== 'filler')] };
  };
  switch (cls) {
    case 'situation': {
      const ss = h.part('situation');
      const ok = h.solid(ss);
      const hard = [...new Set(ok.flatMap((s) => s.hard))];
      const score: Score = ok.length === 0 ? 1 : hard.length >= 3 ? 4 : hard.length >= 1 ? 3 : 2;
      return withConcepts({ score, why: ok.length ? `${ok.length} specific sentence${ok.length > 1 ? 's' : ''} of context; specifics: ${hard.slice(0, 5).join(', ') || 'none'}` : 'no specific context', evidence: [...ok.slice(0, 3).map((s) => sig(s, `context with ${s.hard.slice(0, 3).join(', ') || 'detail'}`)), ...fillerOf(ss)] });
    }
    case 'task': {
      const ss = h.part('task');
      const ok = h.solid(ss);
      // Saying what was yours is the point of the Task, even in a short sentence ("I was the on-call engineer").
      const responsibility = compileConcept(sharedConcept('personal responsibility')!);
      const own = ss.filter((s) => !s.filler && /\b(I|my|mine)\b/.test(s.text) && (ok.includes(s) || matchConcept(responsibility, s.stems) !== undefined));
      const score: Score = own.length > 0 ? (own.some((s) => s.hard.length > 0) || ok.some((s) => s.hard.length > 0) ? 4 : 3) : ok.length > 0 ? 2 : 1;
      return withConcepts({ score, why: own.length ? `your responsibility stated (line ${own[0]!.line})` : ok.length ? 'the task is described, but not what was yours' : 'no specific task', evidence: [...own.slice(0, 2).map((s) => sig(s, 'your responsibility')), ...fillerOf(ss)] });
    }
    case 'action':
    case 'process': {
      const ss = cls === 'process' ? a.sentences.filter((s) => s.section < 0 || a.sections[s.section]!.classes.some((c) => c === 'process' || c === 'action')) : h.part('action');
      const ok = h.solid(ss);
      const mine = ok.filter((s) => /\bI\b/.test(s.text));
      const c = conceptDimension(ctx, dim, cls, secs.length ? secs : a.sections.filter((s) => s.classes.includes('action')));
      const volume: Score = mine.length === 0 && ok.length === 0 ? 1 : mine.length >= 4 ? 4 : mine.length >= 2 || ok.length >= 3 ? 3 : 2;
      const score = Math.max(1, Math.min(4, Math.min(volume, c.score + 1), Math.round((volume + c.score) / 2))) as Score;
      return { dimension: dim, score, why: `${mine.length} specific step${mine.length === 1 ? '' : 's'} you took; ${c.why}`, evidence: [...mine.slice(0, 4).map((s) => sig(s, 'a step you took')), ...c.evidence] };
    }
    case 'result': {
      const ss = h.part('result');
      const ok = h.solid(ss);
      const nums = [...new Map(h.numbersIn(ss).map((x) => [x.n, x])).values()];
      const score: Score = ok.length === 0 ? 1 : nums.length === 0 ? 2 : nums.length >= 3 ? 4 : 3;
      return withConcepts({ score, why: nums.length ? `${nums.length} measured outcome${nums.length > 1 ? 's' : ''}: ${nums.slice(0, 4).map((x) => x.n).join(', ')}` : ok.length ? 'an outcome without numbers' : 'no specific outcome', evidence: [...nums.slice(0, 4).map((x) => ({ kind: 'quantity' as const, line: x.s.line, text: x.n, detail: `in "${quote(x.s.text, 60)}"` })), ...fillerOf(ss)] });
    }
    case 'ownership': {
      const ok = h.solid(h.part('action'));
      const mine = ok.filter((s) => /\bI\b/.test(s.text));
      const decisions = mine.filter((s) => DECIDE_RE.test(s.text));
      const score: Score = mine.length === 0 ? 1 : h.we > h.i && h.we >= 2 ? 2 : mine.length >= 3 && decisions.length >= 2 ? 4 : mine.length >= 2 ? 3 : 2;
      return { dimension: dim, score, why: `${mine.length} specific "I" step${mine.length === 1 ? '' : 's'}, ${decisions.length} decision${decisions.length === 1 ? '' : 's'} you made; "I" ${h.i}× vs "we" ${h.we}×`, evidence: decisions.slice(0, 4).map((s) => sig(s, 'a decision you made')) };
    }
    case 'reflection': {
      const ss = h.part('reflection');
      const ok = h.solid(ss);
      // What you now do differently is the substance of a reflection, even in a short sentence that
      // names the story's own words again ("Now I ask, for every new endpoint, what happens when the
      // client sends it twice"): any sentence that is not filler counts for it.
      const change = ok.find((s) => CHANGE_RE.test(s.text)) ?? ss.find((s) => !s.filler && CHANGE_RE.test(s.text));
      const score: Score = change && ok.length - (ok.includes(change) ? 1 : 0) >= 1 ? 4 : change || ok.length >= 2 ? 3 : ok.length ? 2 : 1;
      return withConcepts({ score, why: change ? `a lasting change (line ${change.line})` : ok.length ? `${ok.length} specific lesson${ok.length > 1 ? 's' : ''}, no change in how you work` : 'no specific lesson', evidence: [...(change ? [sig(change, 'what you do differently now')] : []), ...ok.filter((s) => s !== change).slice(0, 2).map((s) => sig(s, 'a lesson')), ...fillerOf(ss)] });
    }
    case 'completeness':
    case 'example': {
      const parts: DimensionClass[] = ['situation', 'task', 'action', 'result'];
      const present = parts.filter((p) => h.solid(h.part(p)).length > 0);
      const nums = h.numbersIn(h.part('result')).length;
      const score: Score = present.length === 4 && nums > 0 ? 4 : present.length >= 3 ? 3 : present.length >= 1 ? 2 : 1;
      return withConcepts({ score, why: `${present.length} of 4 STAR parts with specifics (${present.join(', ') || 'none'})${nums ? ', a measured result' : ''}`, evidence: present.map((p) => sig(h.solid(h.part(p))[0]!, `${p} with specifics`)) });
    }
    default: {
      const c = conceptDimension(ctx, dim, cls, secs);
      return { dimension: dim, score: c.score, why: c.why, evidence: c.evidence };
    }
  }
}
