import { SEVERITIES, type Remark, type RubricScore, type Severity } from '../model';

export interface ParsedModelReview {
  readonly summary?: string;
  readonly scores: RubricScore[];
  readonly remarks: Remark[];
}

/** Pulls the JSON object out of a model answer: fenced or not, with prose around it, trailing commas forgiven. */
export function extractJson(text: string): unknown {
  const fenced = /```(?:json)?\s*([\s\S]*?)```/i.exec(text);
  const candidates = [fenced?.[1], text];
  for (const c of candidates) {
    if (!c) continue;
    const start = c.indexOf('{');
    const end = c.lastIndexOf('}');
    if (start < 0 || end <= start) continue;
    const body = c.slice(start, end + 1);
    for (const attempt of [body, body.replace(/,\s*([}\]])/g, '$1')]) {
      try {
        return JSON.parse(attempt) as unknown;
      } catch {
        // try the next form
      }
    }
  }
  return undefined;
}

function severityOf(v: unknown): Severity {
  const s = String(v ?? '').toLowerCase();
  if ((SEVERITIES as readonly string[]).includes(s)) return s as Severity;
  if (/crit|must|error|high|major/.test(s)) return 'essential';
  if (/warn|should|medium|improv/.test(s)) return 'actionable';
  if (/praise|good|great|positive|kudos/.test(s)) return 'celebratory';
  return 'informative';
}

/**
 * Turns a model's answer into structured feedback, or undefined when nothing usable is in it.
 * Lines are clamped into the file; unknown severities are mapped; text is kept as plain text.
 */
export function parseModelReview(text: string, lineCount: number): ParsedModelReview | undefined {
  const data = extractJson(text);
  if (typeof data !== 'object' || data === null) return undefined;
  const d = data as Record<string, unknown>;
  const scores: RubricScore[] = [];
  if (Array.isArray(d['scores'])) {
    for (const s of d['scores'] as unknown[]) {
      if (typeof s !== 'object' || s === null) continue;
      const o = s as Record<string, unknown>;
      const n = Math.round(Number(o['score']));
      if (typeof o['dimension'] !== 'string' || !Number.isFinite(n)) continue;
      scores.push({ dimension: o['dimension'].slice(0, 80), score: Math.max(1, Math.min(4, n)) as 1 | 2 | 3 | 4, why: String(o['why'] ?? o['reason'] ?? '').slice(0, 500) });
    }
  } else if (typeof d['scores'] === 'object' && d['scores'] !== null) {
    for (const [dimension, v] of Object.entries(d['scores'] as Record<string, unknown>)) {
      const n = Math.round(Number(typeof v === 'object' && v !== null ? (v as Record<string, unknown>)['score'] : v));
      if (Number.isFinite(n)) scores.push({ dimension: dimension.slice(0, 80), score: Math.max(1, Math.min(4, n)) as 1 | 2 | 3 | 4, why: '' });
    }
  }
  const remarks: Remark[] = [];
  const list = Array.isArray(d['remarks']) ? (d['remarks'] as unknown[]) : Array.isArray(d['comments']) ? (d['comments'] as unknown[]) : [];
  for (const r of list) {
    if (typeof r !== 'object' || r === null) continue;
    const o = r as Record<string, unknown>;
    const message = String(o['message'] ?? o['comment'] ?? o['text'] ?? '').trim();
    if (!message) continue;
    const raw = Math.round(Number(o['line'] ?? 1));
    const line = Math.max(1, Math.min(Math.max(1, lineCount), Number.isFinite(raw) ? raw : 1));
    remarks.push({ line, severity: severityOf(o['severity']), message: message.slice(0, 2000), source: 'model' });
  }
  const summary = typeof d['summary'] === 'string' ? d['summary'].slice(0, 2000) : undefined;
  if (!summary && scores.length === 0 && remarks.length === 0) return undefined;
  return { ...(summary ? { summary } : {}), scores, remarks };
}
