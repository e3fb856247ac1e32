import type { Remark, Review, RubricScore } from '../model';
import { runChecks, type ReviewInput } from './checks';
import { offlineFollowUp, type ReviewFacts } from './followUp';
import { ProviderError, type ChatProvider } from './openaiProvider';
import { parseModelReview } from './parse';
import { buildFollowUpMessages, buildReviewMessages } from './prompt';

export type { ReviewInput } from './checks';
export { ProviderError, OpenAIProvider, PRESETS, type ChatProvider } from './openaiProvider';

export interface ReviewOptions {
  readonly signal?: AbortSignal;
  /** Streaming status: characters received so far. */
  readonly onProgress?: (text: string) => void;
}

/** A model may raise a score by at most this much above what the checklist can justify. */
const MAX_MODEL_UPLIFT = 1;

function mergeScores(checks: readonly RubricScore[], model: readonly RubricScore[]): RubricScore[] {
  const byDim = new Map(model.map((s) => [s.dimension.toLowerCase(), s]));
  const merged = checks.map((c) => {
    const m = byDim.get(c.dimension.toLowerCase());
    if (!m) return c;
    const score = Math.min(m.score, c.score + MAX_MODEL_UPLIFT) as RubricScore['score'];
    // The checklist's evidence stays: it is what a person can check the score against.
    return { dimension: c.dimension, score, why: m.why || c.why, ...(c.evidence ? { evidence: c.evidence } : {}) };
  });
  return merged;
}

function mergeRemarks(checks: readonly Remark[], model: readonly Remark[]): Remark[] {
  const seen = new Set(checks.map((r) => `${r.line}:${r.message.toLowerCase()}`));
  return [...checks, ...model.filter((r) => !seen.has(`${r.line}:${r.message.toLowerCase()}`)).slice(0, 12)];
}

/**
 * Reviews a person's reasoning: deterministic checks first (always, and they always stand), then
 * optionally a model through a ChatProvider, whose remarks are added and whose scores may not rise
 * more than one point above what the checks justify.
 */
export class Reviewer {
  async review(input: ReviewInput, provider: ChatProvider | undefined, opts: ReviewOptions = {}): Promise<Review> {
    const checks = runChecks(input);
    const offline: Review = { provider: 'offline', summary: checks.summary, scores: checks.scores, remarks: checks.remarks };
    if (!provider) return offline;
    const lineCount = input.code.split('\n').length;
    let text: string;
    try {
      text = await provider.complete(buildReviewMessages(input, checks), { ...(opts.signal ? { signal: opts.signal } : {}), ...(opts.onProgress ? { onText: opts.onProgress } : {}) });
    } catch (e) {
      const err = e instanceof ProviderError ? e : new ProviderError(`The review request failed: ${(e as Error).message}`, 'connection');
      const partial = err.partial ? parseModelReview(err.partial, lineCount) : undefined;
      return {
        ...offline,
        provider: provider.id,
        ...(partial ? { remarks: mergeRemarks(checks.remarks, partial.remarks) } : {}),
        ...(err.partial ? { raw: err.partial } : {}),
        error: err.message,
        note: `${err.message} The checklist findings below are complete.`,
      };
    }
    const parsed = parseModelReview(text, lineCount);
    if (!parsed) {
      const error = text.trim()
        ? 'The model\'s answer was not in the expected format (a JSON object with summary, scores and remarks), so it cannot be used; it is shown as received.'
        : 'The model sent an empty answer.';
      return { ...offline, provider: provider.id, ...(text.trim() ? { raw: text.slice(0, 20_000) } : {}), error, note: `${error} The checklist findings are complete.` };
    }
    return {
      provider: provider.id,
      summary: parsed.summary ?? checks.summary,
      scores: mergeScores(checks.scores, parsed.scores),
      remarks: mergeRemarks(checks.remarks, parsed.remarks),
    };
  }

  /**
   * A follow-up in a review thread (or Ask the Interviewer, on line 0): offline, answered from the
   * drill's interviewer notes and the review; with a model, the model answers with both as ground
   * truth (and the offline answer stands in if it fails). `review` is the review the thread belongs
   * to; without one the checklist is run again.
   */
  async followUp(input: ReviewInput, thread: { line: number; messages: readonly string[] }, question: string, provider: ChatProvider | undefined, opts: ReviewOptions & { review?: ReviewFacts } = {}): Promise<string> {
    const facts: ReviewFacts = opts.review ?? runChecks(input);
    if (provider) {
      try {
        const text = await provider.complete(buildFollowUpMessages(input, facts, thread, question), { ...(opts.signal ? { signal: opts.signal } : {}) });
        if (text.trim()) return text.trim().slice(0, 4000);
      } catch (e) {
        const msg = e instanceof ProviderError ? e.message : (e as Error).message;
        return `${offlineFollowUp(input.question, facts, thread, question, input.language === 'markdown' ? input.code : undefined)}\n\n(The model could not answer: ${msg})`;
      }
    }
    return offlineFollowUp(input.question, facts, thread, question, input.language === 'markdown' ? input.code : undefined);
  }
}
