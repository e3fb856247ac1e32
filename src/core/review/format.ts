// How a score's evidence reads wherever a review is shown (the summary thread in VS Code, `drills
// review`): one line per quote of the person's words, with every idea it counts as, so the same
// sentence credited for three ideas is shown once.
import type { Evidence } from '../model';
import { isElided, quoteOpening } from './text';

export interface EvidenceGroup {
  /** Evidence against the score (arithmetic that does not add up, filler, a failing test). */
  readonly against: boolean;
  /** 1-based line in the person's file; 0 when the evidence is not on one line (test results). */
  readonly line: number;
  /** The person's words, or the measured fact. */
  readonly text: string;
  /** What it counts as, in the order found. */
  readonly details: readonly string[];
}

/** The first `max` distinct quotes of a score's evidence, each with what it counts as. */
export function groupEvidence(evidence: readonly Evidence[] | undefined, max = 4): EvidenceGroup[] {
  const groups = new Map<string, { against: boolean; line: number; text: string; details: string[] }>();
  for (const e of evidence ?? []) {
    // Quotes of one of the person's sentences (not a quantity, a calculation or a test result) open
    // the same way: one of its start, one that elides the middle to show the words an idea was
    // found in (`quoteAt`). They are one quote, shown with the elision.
    const sentence = e.kind === 'concept' || e.kind === 'signal' || e.kind === 'question' || e.kind === 'item' || e.kind === 'filler';
    const key = `${e.against ? '-' : '+'}${e.line}\u0000${sentence ? `${quoteOpening(e.text)}\u0000sentence` : e.text}`;
    let g = groups.get(key);
    if (!g) {
      if (groups.size >= max) continue;
      g = { against: e.against === true, line: e.line, text: e.text, details: [] };
      groups.set(key, g);
    } else if (isElided(e.text) && !isElided(g.text)) g.text = e.text;
    if (e.detail && !g.details.includes(e.detail)) g.details.push(e.detail);
  }
  return [...groups.values()];
}

/** `✓ <where>"<words>" — <what they count as>`; `where` names the line in the caller's terms. */
export function evidenceText(g: EvidenceGroup, where: string): string {
  return `${g.against ? '✗' : '✓'} ${where}"${g.text}"${g.details.length ? ` — ${g.details.join('; ')}` : ''}`;
}
