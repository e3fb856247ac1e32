// Growth-class fitting for measured timings, and reading the complexity a person claimed.

export const COMPLEXITY_CLASSES = ['O(1)', 'O(log n)', 'O(n)', 'O(n log n)', 'O(n^2)', 'O(n^3)', 'O(2^n)'] as const;
export type ComplexityClass = (typeof COMPLEXITY_CLASSES)[number];

const GROWTH: Readonly<Record<ComplexityClass, (n: number) => number>> = {
  'O(1)': () => 1,
  'O(log n)': (n) => Math.log2(Math.max(2, n)),
  'O(n)': (n) => n,
  'O(n log n)': (n) => n * Math.log2(Math.max(2, n)),
  'O(n^2)': (n) => n * n,
  'O(n^3)': (n) => n * n * n,
  'O(2^n)': (n) => Math.pow(2, Math.min(n, 1000)),
};

export interface TimingPoint {
  readonly n: number;
  /** The time of one call. */
  readonly ms: number;
  /**
   * How many calls the timing spanned (each on its own copy of the input), when more than one: the
   * judge's round trip, which every timing carries, then weighs on each call that many times less.
   */
  readonly calls?: number;
}

export interface ComplexityFit {
  /** Undefined when the timings are too small or too noisy to tell. */
  readonly cls?: ComplexityClass;
  /** 0..1: how much better the best class fits than the runner-up. */
  readonly confidence: number;
  readonly points: readonly TimingPoint[];
  /** Time ratio when n doubles, from the two largest sizes (for messages). */
  readonly doublingRatio?: number;
  readonly note?: string;
}

/**
 * How much a timing can move for reasons that are not the code: the judge's round trip to the child
 * (about 0.3 ms), a garbage collection, another process taking the core. A constant-time call on
 * 800 000 numbers measured 0.37, 0.41, 0.54 and 1.69 ms on a busy machine, best of three each.
 */
export const TIMING_NOISE_MS = 2;

/** The points with a size and a time, by growing n. */
function ordered(points: readonly TimingPoint[]): TimingPoint[] {
  return [...points].filter((p) => p.n > 0 && p.ms >= 0).sort((a, b) => a.n - b.n);
}

/** The fewest calls any size was timed over. */
function fewestCalls(points: readonly TimingPoint[]): number {
  return Math.min(...points.map((p) => p.calls ?? 1));
}

/**
 * How much one call's time can move when a timing spans `calls` calls: the noise of a timing,
 * shared by them. Across sizes, the one timed over the fewest calls decides.
 */
function noiseOver(calls: number): number {
  return TIMING_NOISE_MS / calls;
}

/** Suffix minimum (see fitComplexity): a size slower than a larger one is bounded by the larger one's time. */
function boundedBy(sorted: readonly TimingPoint[]): TimingPoint[] {
  const bounded: TimingPoint[] = [];
  for (let i = sorted.length - 1; i >= 0; i--) bounded.unshift({ ...sorted[i]!, ms: Math.min(sorted[i]!.ms, bounded[0]?.ms ?? Infinity) });
  return bounded;
}

/** A smaller size, timed over several calls, that took clearly longer than a larger one, if any. */
function shrinking(sorted: readonly TimingPoint[], noise: number): [TimingPoint, TimingPoint] | undefined {
  const timed = sorted.filter((p) => (p.calls ?? 1) > 1);
  for (let i = 0; i < timed.length; i++) {
    for (let j = i + 1; j < timed.length; j++) {
      const [a, b] = [timed[i]!, timed[j]!];
      if (a.ms > 1.5 * b.ms && a.ms - b.ms > noise) return [a, b];
    }
  }
  return undefined;
}

/** Bounded times (see boundedBy) that differ by less than the noise and start inside it. */
function tooClose(bounded: readonly TimingPoint[], noise: number): boolean {
  return bounded[bounded.length - 1]!.ms - bounded[0]!.ms < noise && bounded[0]!.ms < noise;
}

/** True when the sizes' times differ by less than the noise and start inside it: no class can be read from them. */
export function withinNoise(points: readonly TimingPoint[]): boolean {
  const sorted = ordered(points);
  return sorted.length > 0 && tooClose(boundedBy(sorted), noiseOver(fewestCalls(sorted)));
}

/**
 * Fits growth classes by comparing observed ratios between consecutive sizes with each class's
 * predicted ratio (in log space, so a constant factor does not matter). The class with the smallest
 * squared error wins. Timings that differ by less than the noise, all near the round trip, give no
 * class: their ratios would be the noise's.
 */
export function fitComplexity(points: readonly TimingPoint[]): ComplexityFit {
  const sorted = ordered(points);
  if (sorted.length < 3) return { confidence: 0, points: sorted, note: 'need at least three sizes to fit a growth class' };
  // The judge's clock can only add to a call's time (a busy core, a collection, code not yet
  // compiled), and a larger n does not take less: a size slower than a larger one was slowed down,
  // and the larger one's time is the closer bound. Without this, a first size measured on cold code
  // made a linear solution look constant.
  const bounded = boundedBy(sorted);
  const largest = bounded[bounded.length - 1]!;
  const fastest = bounded[0]!.ms;
  const slowest = largest.ms;
  const fewest = fewestCalls(sorted);
  const noise = noiseOver(fewest);
  if (tooClose(bounded, noise)) {
    const over = fewest > 1 ? ` per call, timed over at least ${fewest} calls` : '';
    return { confidence: 0, points: sorted, note: `too fast to measure reliably (n=${largest.n} took ${ms(slowest)} ms and the fastest size ${ms(fastest)} ms${over}: closer than the ${ms(noise)} ms a timing can move on a busy machine)` };
  }
  // Timed over several calls, a time is close to exact: a larger size that took clearly less than a
  // smaller one (by a third, and by more than the noise) says the sizes' inputs do not take
  // comparable work (a generator whose input shape varies), or the code was still being compiled.
  // Either way no growth can be read from them. (One call's timing can only be slowed: see above.)
  const drop = shrinking(sorted, noise);
  if (drop) {
    const [a, b] = drop;
    return { confidence: 0, points: sorted, note: `the time per call does not grow with n (n=${a.n} took ${ms(a.ms)} ms, n=${b.n} took ${ms(b.ms)} ms): the inputs at these sizes may not take comparable work` };
  }
  // Sizes near the round trip would add fake flatness: keep the measurable tail.
  const usable = bounded.filter((p) => p.ms >= noise / 4);
  const pts = usable.length >= 3 ? usable : bounded.slice(-3);
  const errors = COMPLEXITY_CLASSES.map((cls) => {
    const f = GROWTH[cls];
    let err = 0;
    for (let i = 1; i < pts.length; i++) {
      const a = pts[i - 1]!;
      const b = pts[i]!;
      const observed = Math.log(Math.max(b.ms, 1e-6) / Math.max(a.ms, 1e-6));
      const predicted = Math.log(f(b.n) / f(a.n));
      err += (observed - predicted) ** 2;
    }
    return { cls, err: err / (pts.length - 1) };
  }).sort((x, y) => x.err - y.err);
  const best = errors[0]!;
  const second = errors[1]!;
  const confidence = Math.max(0, Math.min(1, 1 - Math.sqrt(best.err) / Math.max(1e-9, Math.sqrt(second.err))));
  const prev = pts[pts.length - 2]!;
  const ratio = largest.ms / Math.max(prev.ms, 1e-6);
  const sizeRatio = largest.n / prev.n;
  const doublingRatio = Math.pow(ratio, Math.log(2) / Math.log(sizeRatio));
  return { cls: best.cls, confidence, points: sorted, doublingRatio };
}

/** A point's time for a report: more digits below 0.1 ms, where calls timed together land. */
export function pointTime(p: TimingPoint): string {
  return p.ms.toFixed(p.ms < 0.1 ? 4 : 3);
}

const ms = (v: number): string => String(v >= 0.01 ? Math.round(v * 1000) / 1000 : Number(v.toPrecision(2)));

const WORDS: Readonly<Record<string, ComplexityClass>> = {
  constant: 'O(1)',
  logarithmic: 'O(log n)',
  linear: 'O(n)',
  linearithmic: 'O(n log n)',
  quadratic: 'O(n^2)',
  cubic: 'O(n^3)',
  exponential: 'O(2^n)',
};
/** Words that name a growth class whatever the sentence; "constant" and "linear" need "time" nearby. */
const UNAMBIGUOUS = new Set(['logarithmic', 'linearithmic', 'quadratic', 'cubic', 'exponential']);
const ABOUT_SPACE = /^[\s-]*(extra\s+|auxiliary\s+|additional\s+)?(space|memory)\b/i;

/** A complexity word on a line that is not about space: "linear time", "it is quadratic". */
function wordClaim(line: string): { cls: ComplexityClass; raw: string } | undefined {
  const aboutTime = /time|runtime|runs in|complexity/i.test(line);
  for (const m of line.matchAll(/\b(constant|logarithmic|linearithmic|linear|quadratic|cubic|exponential)\b/gi)) {
    const word = (m[1] ?? '').toLowerCase();
    const cls = WORDS[word];
    if (!cls || ABOUT_SPACE.test(line.slice((m.index ?? 0) + m[0].length))) continue;
    if (UNAMBIGUOUS.has(word) || aboutTime) return { cls, raw: word };
  }
  return undefined;
}

/** Maps the inside of O(...) to a class: "n log n", "nlogn", "N^2", "n²", "n*n", "log(n)", "m+n" → O(n). */
export function classOf(expr: string): ComplexityClass | undefined {
  const e = expr
    .toLowerCase()
    .replace(/\s+/g, '')
    .replace(/²/g, '^2')
    .replace(/³/g, '^3')
    .replace(/ⁿ/g, '^n')
    .replace(/\*\*/g, '^')
    .replace(/\|/g, '')
    .replace(/log\(([a-z])\)/g, 'log$1')
    .replace(/lg/g, 'log')
    .replace(/[·×*]/g, '');
  if (/^1$/.test(e)) return 'O(1)';
  if (/^log[a-z]$/.test(e)) return 'O(log n)';
  if (/^[a-z]$/.test(e) || /^[a-z]\+[a-z]$/.test(e)) return 'O(n)';
  if (/^[a-z]log[a-z]$/.test(e) || /^[a-z]log[a-z]\+[a-z]$/.test(e)) return 'O(n log n)';
  if (/^([a-z])\^2$/.test(e) || /^([a-z])\1$/.test(e) || /^[a-z][a-z]$/.test(e)) return 'O(n^2)';
  if (/^([a-z])\^3$/.test(e) || /^([a-z])\1\1$/.test(e)) return 'O(n^3)';
  if (/^2\^[a-z]$/.test(e)) return 'O(2^n)';
  return undefined;
}

type Label = 'time' | 'space' | 'both';
const labelOf = (word: string): Label => (/time/i.test(word) ? 'time' : 'space');
/** A label right after an O(...): "O(n) time", "O(1) extra space", unless it labels the next one ("time O(n) space O(1)"). */
const LABEL_AFTER = /^[\s-]*(?:extra\s+|auxiliary\s+|additional\s+)?(time|runtime|space|memory)\b(?![\s:=-]*(?:(?:complexity\s+)?is\s+)?O\()/i;
const LABEL_WORD = /\b(time|runtime|space|memory)\b/gi;
/** "Time and space: O(n)" is about both. */
const BOTH = /\b(?:(?:run)?time\s*(?:and|&|\/|,)\s*(?:space|memory)|(?:space|memory)\s*(?:and|&|\/|,)\s*(?:run)?time)\b/i;

/**
 * Each O(...) on a line with what it is about. A label written after it ("O(n) time, O(1) space")
 * or before it ("time O(n), space O(1)", "Space: O(n), Time: O(n^2)") counts; the nearest wins.
 */
function boundsOn(line: string): { expr: string; label?: Label }[] {
  const found: { expr: string; label?: Label }[] = [];
  let from = 0;
  for (const m of line.matchAll(/\bO\(([^)]*)\)/g)) {
    const start = m.index ?? 0;
    const end = start + m[0].length;
    const after = LABEL_AFTER.exec(line.slice(end));
    const segment = line.slice(from, start);
    const before = BOTH.test(segment) ? 'both' : [...segment.matchAll(LABEL_WORD)].pop()?.[1];
    const label = after ? labelOf(after[1]!) : before === 'both' ? 'both' : before ? labelOf(before) : undefined;
    found.push({ expr: m[1] ?? '', ...(label ? { label } : {}) });
    // A label after this one is its own: the next O(...) looks for its label past it.
    from = after ? end + after[0].length : end;
  }
  return found;
}

/**
 * Finds the time complexity the person claimed in their reasoning: the first O(...) labelled as
 * time ("time O(n)", "O(n) time"), else the first O(...) not labelled as space, else words like
 * "linear time" and "quadratic".
 */
export function parseClaimedComplexity(text: string): { time?: ComplexityClass; space?: ComplexityClass; line?: number; raw?: string } {
  const lines = text.split('\n');
  let fallback: { time: ComplexityClass; line: number; raw: string } | undefined;
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i] ?? '';
    if (line.toLowerCase().includes('o(?)')) continue;
    const bounds = boundsOn(line);
    const time = bounds.find((b) => (b.label === 'time' || b.label === 'both') && classOf(b.expr));
    if (time) {
      const spaceBound = bounds.find((b) => b.label === 'space' || b.label === 'both');
      const space = spaceBound ? classOf(spaceBound.expr) : undefined;
      return { time: classOf(time.expr)!, ...(space ? { space } : {}), line: i + 1, raw: `O(${time.expr})` };
    }
    if (!fallback) {
      const any = bounds.find((b) => b.label === undefined && classOf(b.expr));
      const word = any ? undefined : wordClaim(line);
      if (any) fallback = { time: classOf(any.expr)!, line: i + 1, raw: `O(${any.expr})` };
      else if (word) fallback = { time: word.cls, line: i + 1, raw: word.raw };
    }
  }
  return fallback ?? {};
}

/** A sentence comparing the claim with the measurement, for the CLI, the UI and the reviewer. */
export function compareClaim(claimed: ComplexityClass | undefined, fit: ComplexityFit): { agrees: boolean | undefined; message: string } {
  const measured = fit.cls;
  const ratio = fit.doublingRatio !== undefined ? ` (time ×${fit.doublingRatio.toFixed(1)} when n doubles)` : '';
  if (!measured) return { agrees: undefined, message: `Could not measure a growth class${fit.note ? `: ${fit.note}` : ''}.` };
  if (!claimed) return { agrees: undefined, message: `Measured growth looks like ${measured}${ratio}. State your time complexity in the reasoning comment so it can be checked.` };
  if (claimed === measured) return { agrees: true, message: `You claimed ${claimed}; the measured growth agrees${ratio}.` };
  const close = (a: ComplexityClass, b: ComplexityClass): boolean => {
    const ia = COMPLEXITY_CLASSES.indexOf(a);
    const ib = COMPLEXITY_CLASSES.indexOf(b);
    return Math.abs(ia - ib) === 1 && [a, b].every((c) => c === 'O(n)' || c === 'O(n log n)' || c === 'O(1)' || c === 'O(log n)');
  };
  if (close(claimed, measured) && fit.confidence < 0.5) return { agrees: true, message: `You claimed ${claimed}; the measurement (${measured}${ratio}) is too close to tell apart.` };
  return { agrees: false, message: `You claimed ${claimed} but the measured growth looks like ${measured}${ratio}.` };
}
