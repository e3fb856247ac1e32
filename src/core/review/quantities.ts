/**
 * Quantities as people write them in estimates — "3.3M links/day", "500 bytes", "~1.7 GB/day",
 * "86,400 s", "20k QPS", "62^7" — and the arithmetic between them ("A × B = C ≈ D").
 *
 * A bare "B" is read both ways (billion or bytes) and the reading that makes the units agree wins.
 * Rates are compared in the unit the person wrote them in, or converted (per second/day/month/year)
 * when the two sides use different time units and the person did not convert by hand.
 */

export interface Quantity {
  /** Offset in the line. */
  readonly start: number;
  readonly end: number;
  /** As written, e.g. "3.3M links/day". */
  readonly raw: string;
  /** The digits' value (62 for "62", 3.3 for "3.3M"). */
  readonly n: number;
  /** k/M/B/T multiplier. */
  readonly mag: number;
  /** A bare B after the number: billion, or bytes. */
  readonly ambiguousB: boolean;
  /** Byte scale (1 for bytes, 1e3 for KB, …) or 0 for no byte unit. */
  readonly bytes: number;
  /** Seconds per unit for a duration ("86,400 s", "365 days"). */
  readonly dur?: number;
  /** Seconds of the rate's time unit ("/day" → 86,400). */
  readonly per?: number;
  readonly perUnit?: string;
  readonly percent: boolean;
  /** "3–4 TB": the upper end, same units. */
  readonly hi?: number;
}

const TIME_UNITS: readonly [RegExp, number, string][] = [
  [/^(ms|msec|millis(?:econds?)?|milliseconds?)$/i, 1e-3, 'ms'],
  [/^(s|sec|secs|seconds?)$/i, 1, 's'],
  [/^(min|mins|minutes?)$/i, 60, 'min'],
  [/^(h|hr|hrs|hours?)$/i, 3600, 'h'],
  [/^(d|days?)$/i, 86_400, 'day'],
  [/^(wk|wks|weeks?)$/i, 7 * 86_400, 'week'],
  [/^(mo|mos|months?)$/i, 30 * 86_400, 'month'],
  [/^(y|yr|yrs|years?)$/i, 365 * 86_400, 'year'],
];

function timeUnit(word: string): { s: number; name: string } | undefined {
  for (const [re, s, name] of TIME_UNITS) if (re.test(word)) return { s, name };
  return undefined;
}

const BYTE_UNITS: Readonly<Record<string, number>> = {
  byte: 1, bytes: 1, kb: 1e3, kib: 1024, mb: 1e6, mib: 1024 ** 2, gb: 1e9, gib: 1024 ** 3, tb: 1e12, tib: 1024 ** 4, pb: 1e15, pib: 1024 ** 5,
  kilobytes: 1e3, megabytes: 1e6, gigabytes: 1e9, terabytes: 1e12, petabytes: 1e15, kilobyte: 1e3, megabyte: 1e6, gigabyte: 1e9, terabyte: 1e12,
};
const BIT_RATES: Readonly<Record<string, number>> = { kbps: 1e3 / 8, mbps: 1e6 / 8, gbps: 1e9 / 8, tbps: 1e12 / 8 };

const MAGNITUDES: readonly [RegExp, number][] = [
  [/^(k|thousand)$/i, 1e3],
  [/^(M|mn|mil|million|mm)$/, 1e6],
  [/^(m|million)$/, 1e6],
  [/^(bn|billion)$/i, 1e9],
  [/^(T|tn|trillion)$/, 1e12],
  [/^trillion$/i, 1e12],
];

/** Words that may sit between a number and the next operator: "2M active keys × 3 limits". */
const MAX_LABEL_WORDS = 3;
/** Back-of-the-envelope rounding: a result within this factor of the true value stands. */
export const TOLERANCE = 1.5;

type Tok =
  | { t: 'num'; q: Quantity }
  | { t: 'op'; op: '*' | '/' | '^' | 'of'; at: number }
  | { t: 'rel'; at: number; raw: string }
  | { t: 'word'; w: string; at: number }
  | { t: 'sep'; at: number; raw: string };

const NUM = /\d+(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?(?:e[+-]?\d+)?/y;

function parseNumberAt(text: string, i: number): { q: Quantity; end: number } | undefined {
  NUM.lastIndex = i;
  const m = NUM.exec(text);
  if (!m) return undefined;
  let n = Number(m[0].replace(/,/g, ''));
  if (!Number.isFinite(n)) return undefined;
  let j = i + m[0].length;
  // Scientific notation is one number: "3.5 × 10^12 keys", "2.2 x 10^12 ms".
  const sci = /^\s?[×xX*·]\s?10\s?(?:\^|\*\*)\s?(-?\d{1,3})\b/.exec(text.slice(j));
  if (sci) {
    n *= 10 ** Number(sci[1]);
    j += sci[0].length;
  }
  let mag = 1;
  let bytes = 0;
  let ambiguousB = false;
  let dur: number | undefined;
  let per: number | undefined;
  let perUnit: string | undefined;
  let percent = false;
  let hi: number | undefined;
  // A range: "3-4 TB", "200–300/s".
  const range = /^\s?[-–]\s?(\d+(?:,\d{3})*(?:\.\d+)?)/.exec(text.slice(j));
  if (range && !/^\s?[-–]\s?\d+\s*[-–]/.test(text.slice(j))) {
    hi = Number(range[1]!.replace(/,/g, ''));
    j += range[0].length;
  }
  const word = (at: number): { w: string; end: number } | undefined => {
    const r = /^\s?([A-Za-z]+)/.exec(text.slice(at));
    return r ? { w: r[1]!, end: at + r[0].length } : undefined;
  };
  if (text[j] === '%') {
    percent = true;
    j++;
  } else if (/^x\b/i.test(text.slice(j)) && !/^x\s*\d/i.test(text.slice(j))) {
    j++; // "3x": a factor
  } else {
    let w = word(j);
    const magnitude = w ? MAGNITUDES.find(([re]) => re.test(w!.w)) : undefined;
    // "m" directly before "s" is milliseconds, and a spaced lone "m" is too unclear to be million.
    if (w && magnitude && !(w.w === 'm' && text[j] === ' ')) {
      mag = magnitude[1];
      j = w.end;
      w = word(j);
    } else if (w && /^[Bb]$/.test(w.w)) {
      // "6B" / "500 B": billion, or bytes. Followed by a counted noun ("6B links") it is a count.
      const next = word(w.end);
      ambiguousB = !(next && !/^(per|each|of|for|a|and|to|in|on|at|or|with)$/i.test(next.w) && BYTE_UNITS[next.w.toLowerCase()] === undefined && !timeUnit(next.w));
      if (!ambiguousB) mag = 1e9;
      j = w.end;
      w = word(j);
    }
    if (w && BYTE_UNITS[w.w.toLowerCase()] !== undefined) {
      bytes = BYTE_UNITS[w.w.toLowerCase()]!;
      j = w.end;
    } else if (w && BIT_RATES[w.w.toLowerCase()] !== undefined) {
      bytes = BIT_RATES[w.w.toLowerCase()]!;
      per = 1;
      perUnit = 's';
      j = w.end;
    } else if (w && /^(qps|rps|tps)$/i.test(w.w)) {
      per = 1;
      perUnit = 's';
      j = w.end;
    } else if (w && timeUnit(w.w) && !/^(d|h|y|m)$/i.test(w.w)) {
      dur = timeUnit(w.w)!.s;
      j = w.end;
    }
  }
  // Up to two label words, then a rate: "links/day", "req/s", "per second", "a day", "/s".
  if (per === undefined) {
    const rate = /^((?:\s?[A-Za-z][A-Za-z-]*){0,2}?)\s?(?:\/\s?|\s(?:per|a|each|every)\s)([A-Za-z]+)\b/.exec(text.slice(j));
    const tu = rate ? timeUnit(rate[2]!) : undefined;
    if (rate && tu && !/\b(per|a|each|every)\b/i.test(rate[1] ?? '')) {
      per = tu.s;
      perUnit = tu.name;
      j += rate[0].length;
      if (dur !== undefined && perUnit) {
        // "5 ms per request" is a duration, not a rate.
        per = undefined;
        perUnit = undefined;
      }
    } else {
      const tail = /^((?:\s?[A-Za-z][A-Za-z-]*){0,2}?)\s?(qps|rps|tps)\b/i.exec(text.slice(j));
      if (tail) {
        per = 1;
        perUnit = 's';
        j += tail[0].length;
      }
    }
  }
  if (hi !== undefined && hi < n) hi = undefined;
  return { q: { start: i, end: j, raw: text.slice(i, j).trim(), n, mag, ambiguousB, bytes, ...(dur !== undefined ? { dur } : {}), ...(per !== undefined ? { per, perUnit: perUnit! } : {}), percent, ...(hi !== undefined ? { hi } : {}) }, end: j };
}

function tokenize(text: string): Tok[] {
  const out: Tok[] = [];
  let i = 0;
  while (i < text.length) {
    const ch = text[i]!;
    const rest = text.slice(i);
    if (/\s/.test(ch)) {
      i++;
      continue;
    }
    // Skip code spans, URLs and version-like tokens: nothing to compute there.
    if (ch === '`') {
      const end = text.indexOf('`', i + 1);
      out.push({ t: 'sep', at: i, raw: '`' });
      i = end < 0 ? text.length : end + 1;
      continue;
    }
    const rel = /^(≈|~=|≃|≅|=>|->|→|==|=|\bis\s+(?:about|around|roughly|approximately|approx\.?|~)|\bcomes\s+to\b|\bworks\s+out\s+(?:to|at)\b)/i.exec(rest);
    if (rel) {
      out.push({ t: 'rel', at: i, raw: rel[0] });
      i += rel[0].length;
      continue;
    }
    if (ch === '~') {
      // "~" between a quantity and a number is a relation; before a number it only means "about".
      const prev = out[out.length - 1];
      const prevIsOperand = prev && (prev.t === 'num' || (prev.t === 'word' && out.slice(-MAX_LABEL_WORDS - 1).some((x) => x.t === 'num')));
      if (prevIsOperand && /^~\s*\d/.test(rest) && /\s/.test(text[i - 1] ?? '')) out.push({ t: 'rel', at: i, raw: '~' });
      i++;
      continue;
    }
    if (/\d/.test(ch)) {
      // A digit glued to letters before it (p99, v1, HTTP/2, base62) is a name, not a quantity.
      if (/[A-Za-z_]/.test(text[i - 1] ?? '') || (text[i - 1] === '/' && /[A-Za-z]/.test(text[i - 2] ?? '')) || text[i - 1] === '.') {
        while (i < text.length && /[\w.]/.test(text[i]!)) i++;
        continue;
      }
      const p = parseNumberAt(text, i);
      if (p) {
        out.push({ t: 'num', q: p.q });
        i = p.end;
        continue;
      }
    }
    if (ch === '×' || ch === '*' || ch === '·' || ch === '✕') {
      out.push({ t: 'op', op: '*', at: i });
      i++;
      continue;
    }
    if ((ch === 'x' || ch === 'X') && /\s/.test(text[i - 1] ?? ' ') && /^[xX]\s+[~\d]/.test(rest)) {
      out.push({ t: 'op', op: '*', at: i });
      i++;
      continue;
    }
    if (ch === '÷' || (ch === '/' && /^\/\s*[~\d]/.test(rest))) {
      out.push({ t: 'op', op: '/', at: i });
      i++;
      continue;
    }
    if (ch === '^' || rest.startsWith('**')) {
      out.push({ t: 'op', op: '^', at: i });
      i += ch === '^' ? 1 : 2;
      continue;
    }
    const w = /^[A-Za-z][A-Za-z'-]*/.exec(rest);
    if (w) {
      const prev = out[out.length - 1];
      if (/^of$/i.test(w[0]) && prev?.t === 'num' && prev.q.percent) out.push({ t: 'op', op: 'of', at: i });
      else if (/^(and|but|so|then|with|while|which|where|because|plus|or|if|when|at|for)$/i.test(w[0])) out.push({ t: 'sep', at: i, raw: w[0] });
      else out.push({ t: 'word', w: w[0], at: i });
      i += w[0].length;
      continue;
    }
    if (/[,;:()[\]{}|!?]/.test(ch) || (ch === '.' && /^\.(\s|$)/.test(rest)) || ch === '/' || ch === '+' || ch === '-' || ch === '–' || ch === '—' || ch === '<' || ch === '>' || ch === '≤' || ch === '≥') {
      out.push({ t: 'sep', at: i, raw: ch });
      i++;
      continue;
    }
    i++;
  }
  return out;
}

interface Operand {
  readonly q: Quantity;
  readonly op?: '*' | '/' | '^' | 'of';
}

export interface ArithmeticCheck {
  /** The statement as written, e.g. "3.3M links/day x 500 bytes = ~1.7 GB/day". */
  readonly text: string;
  readonly ok: boolean;
  /** The worked result in the claim's units, e.g. "1.65 GB/day". */
  readonly computed: string;
  /** The result as the person wrote it. */
  readonly claimed: string;
  /** How far off, when not ok: "10× too large". */
  readonly off?: string;
}

/** Parses one line into statements: operand chains joined by relations. */
function statements(tokens: readonly Tok[]): { segs: Operand[][]; rels: number[]; start: number; end: number }[] {
  const out: { segs: Operand[][]; rels: number[]; start: number; end: number }[] = [];
  let segs: Operand[][] = [];
  let rels: number[] = [];
  let cur: Operand[] = [];
  let pendingOp: Operand['op'];
  let labels = 0;
  let start = -1;
  let end = 0;
  const close = (): void => {
    if (cur.length > 0) segs.push(cur);
    if (segs.length >= 2) out.push({ segs, rels, start, end });
    segs = [];
    rels = [];
    cur = [];
    pendingOp = undefined;
    labels = 0;
    start = -1;
  };
  for (let k = 0; k < tokens.length; k++) {
    const tok = tokens[k]!;
    if (tok.t === 'num') {
      if (cur.length > 0 && !pendingOp) {
        // Two numbers with no operator between them: a new, unrelated quantity.
        if (segs.length >= 1) close();
        else cur = [];
      }
      if (start < 0) start = tok.q.start;
      cur.push(pendingOp ? { q: tok.q, op: pendingOp } : { q: tok.q });
      end = tok.q.end;
      pendingOp = undefined;
      labels = 0;
    } else if (tok.t === 'op') {
      if (cur.length === 0) {
        close();
        continue;
      }
      pendingOp = tok.op;
    } else if (tok.t === 'rel') {
      if (cur.length === 0 || pendingOp) {
        close();
        continue;
      }
      segs.push(cur);
      rels.push(tok.at);
      cur = [];
      labels = 0;
    } else if (tok.t === 'word') {
      if (pendingOp) continue; // "× ~3 limits": words after an operator and before its number
      if (++labels > MAX_LABEL_WORDS) {
        close();
      }
    } else {
      // A comma directly followed by a relation continues the chain: "800 GB/day, ≈ 290 TB/year".
      if (tok.raw === ',' && tokens[k + 1]?.t === 'rel' && cur.length > 0) continue;
      close();
    }
  }
  close();
  return out;
}

const CONVERSION_FACTORS = [60, 24, 7, 12, 30, 31, 52, 365, 1440, 3600, 86_400, 1e5, 2.5e6, 2.6e6, 2.592e6, 2.628e6, 3e7, 3.15e7, 3.2e7, 3.1536e7];

function isConversion(q: Quantity): boolean {
  const v = q.n * q.mag;
  return q.dur !== undefined || CONVERSION_FACTORS.some((f) => Math.abs(v - f) / f < 0.02);
}

/** Raw value: digits × magnitude × byte scale (rates and durations as written). */
function raw(q: Quantity, bAsBytes: boolean): number {
  const mag = q.ambiguousB ? (bAsBytes ? 1 : 1e9) : q.mag;
  const bytes = q.ambiguousB ? (bAsBytes ? 1 : 0) : q.bytes;
  return q.n * mag * (bytes || 1) * (q.percent ? 0.01 : 1);
}

/** Normalised value: rates per second, durations in seconds. */
function normal(q: Quantity, bAsBytes: boolean): number {
  return (raw(q, bAsBytes) * (q.dur ?? 1)) / (q.per ?? 1);
}

function evaluate(ops: readonly Operand[], value: (q: Quantity) => number): number {
  // ^ binds tightest, then × / "of" left to right.
  const factors: { v: number; op?: Operand['op'] }[] = [];
  for (const o of ops) {
    // "2^41 ms": the unit written after the exponent belongs to the power, not the exponent.
    if (o.op === '^' && factors.length > 0) factors[factors.length - 1]!.v = factors[factors.length - 1]!.v ** o.q.n * (value(o.q) / o.q.n);
    else factors.push({ v: value(o.q), ...(o.op ? { op: o.op } : {}) });
  }
  let acc = factors[0]?.v ?? NaN;
  for (const f of factors.slice(1)) acc = f.op === '/' ? acc / f.v : acc * f.v;
  return acc;
}

const isBytes = (q: Quantity, bAsBytes: boolean): boolean => (q.ambiguousB ? bAsBytes : q.bytes > 0);

/** Checks every "A op B = C" in a line; each statement gives one result per claimed value. */
export function checkLine(text: string): ArithmeticCheck[] {
  const out: ArithmeticCheck[] = [];
  for (const st of statements(tokenize(text))) {
    for (let k = 1; k < st.segs.length; k++) {
      const lhs = st.segs[k - 1]!;
      const claimQ = st.segs[k]![0]!.q;
      const ambiguous = [...lhs.map((o) => o.q), claimQ].filter((q) => q.ambiguousB);
      if (ambiguous.length > 4) continue;
      const single = lhs.length === 1;
      const lhsRate = lhs.find((o) => o.q.per !== undefined)?.q;
      const converted = lhs.slice(1).some((o) => isConversion(o.q));
      let best: { ok: boolean; ratio: number; computed: number; claim: number; normalised: boolean; bytes: boolean } | undefined;
      for (let mask = 0; mask < 1 << ambiguous.length; mask++) {
        const asBytes = (q: Quantity): boolean => {
          const idx = ambiguous.indexOf(q);
          return idx >= 0 && (mask & (1 << idx)) !== 0;
        };
        const lhsBytes = lhs.some((o) => isBytes(o.q, asBytes(o.q)));
        const claimBytes = isBytes(claimQ, asBytes(claimQ));
        // Byte units on one side only: a reading where the units disagree (unless nothing is in bytes on the left at all).
        if (claimBytes !== lhsBytes && (ambiguous.length > 0 || (single && claimBytes !== lhsBytes))) continue;
        if (single) {
          const a = lhs[0]!.q;
          // One quantity restated in other units: only rates against rates, or bytes against bytes.
          const bothRates = a.per !== undefined && claimQ.per !== undefined;
          if (!(bothRates || (lhsBytes && claimBytes)) || (a.per === undefined) !== (claimQ.per === undefined) || a.dur !== undefined || claimQ.dur !== undefined) continue;
        }
        const tries: boolean[] = [];
        const rawAllowed = !(lhsRate && claimQ.per !== undefined && lhsRate.per !== claimQ.per && !converted) && !(single && lhsRate && claimQ.per !== undefined && lhsRate.per !== claimQ.per);
        if (rawAllowed) tries.push(false);
        tries.push(true);
        for (const normalised of tries) {
          const value = (q: Quantity): number => (normalised ? normal(q, asBytes(q)) : raw(q, asBytes(q)));
          const computed = evaluate(lhs, value);
          const claim = value(claimQ);
          const claimHi = claimQ.hi !== undefined ? (claim / claimQ.n) * claimQ.hi : claim;
          if (!Number.isFinite(computed) || claim === 0) continue;
          const ok = computed >= claim / TOLERANCE && computed <= claimHi * TOLERANCE;
          const ratio = computed / claim;
          const dist = Math.abs(Math.log(ratio));
          if (!best || (ok && !best.ok) || (ok === best.ok && dist < Math.abs(Math.log(best.ratio)))) best = { ok, ratio, computed, claim, normalised, bytes: claimBytes };
        }
      }
      if (!best) continue;
      const claimText = st.segs[k]![0]!.q.raw;
      const lhsText = text.slice(lhs[0]!.q.start, st.rels[k - 1] ?? lhs[lhs.length - 1]!.q.end).replace(/[\s,]+$/, '').trim();
      const computedInClaimUnits = best.normalised ? best.computed * (claimQ.per ?? 1) / (claimQ.dur ?? 1) : best.computed;
      const r = best.ratio;
      out.push({
        text: `${lhsText} = ${claimText}`,
        ok: best.ok,
        computed: format(computedInClaimUnits, best.bytes, claimQ.perUnit),
        claimed: claimText,
        ...(best.ok ? {} : { off: r > 1 ? `about ${round(r)}× more than you wrote` : `about ${round(1 / r)}× less than you wrote` }),
      });
    }
  }
  return out;
}

function round(x: number): string {
  return x >= 10 ? String(Math.round(x)) : x.toFixed(1).replace(/\.0$/, '');
}

/** 1650000000 bytes → "1.65 GB"; 46296 → "46.3k"; with "/day" when the claim was per day. */
export function format(v: number, bytes: boolean, perUnit?: string): string {
  const units: [number, string][] = bytes
    ? [[1e15, ' PB'], [1e12, ' TB'], [1e9, ' GB'], [1e6, ' MB'], [1e3, ' KB'], [1, ' bytes']]
    : [[1e12, 'T'], [1e9, 'B'], [1e6, 'M'], [1e3, 'k'], [1, '']];
  let s = '';
  for (const [d, u] of units) {
    if (Math.abs(v) >= d || d === 1) {
      const x = v / d;
      s = `${x >= 100 ? Math.round(x) : x >= 10 ? x.toFixed(1).replace(/\.0$/, '') : x.toFixed(2).replace(/\.?0+$/, '')}${u}`;
      break;
    }
  }
  if (Math.abs(v) < 1 && v !== 0) s = v.toPrecision(2);
  return `${s}${perUnit ? `/${perUnit}` : ''}`;
}

/** Every quantity in a line (for the estimates evidence): what kind of number it is. */
export type QuantityKind = 'throughput' | 'storage' | 'bandwidth' | 'count' | 'duration';

export function quantitiesIn(text: string): { q: Quantity; kind: QuantityKind }[] {
  const out: { q: Quantity; kind: QuantityKind }[] = [];
  for (const t of tokenize(text)) {
    if (t.t !== 'num') continue;
    const q = t.q;
    const bytes = q.bytes > 0 || q.ambiguousB;
    const kind: QuantityKind = bytes && q.per !== undefined ? 'bandwidth' : bytes ? 'storage' : q.per !== undefined ? 'throughput' : q.dur !== undefined ? 'duration' : 'count';
    out.push({ q, kind });
  }
  return out;
}
