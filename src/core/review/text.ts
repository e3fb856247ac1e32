import type { TextLine } from './extract';

/**
 * Words, sentences and how much a sentence says. The review credits ideas only where they come with
 * specifics; a sentence made of stock phrases ("the system will be scalable and reliable") or one that
 * repeats what was already said carries no information and earns nothing.
 */

/** Function words: never evidence of anything. */
const STOP = new Set(
  `a an the and or but nor so yet if then else than that this these those there here it its it's is are was were be been being am
  do does did done doing have has had having will would shall should can could may might must of in on at to from by with without
  for into onto over under about above below between through during before after up down out off again further once only also too
  very just not no yes i me my mine myself we us our ours ourselves you your yours he him his she her hers they them their theirs
  what which who whom whose when where why how all any both each every few more most other some such own same as because while
  until whether one ones lot lots much many thing things something anything everything nothing way ways etc e g eg ie i e via per
  let lets get gets got getting go goes going went gone make makes made making take takes took taken keep kept put set really`
    .split(/\s+/)
    .filter(Boolean),
);

/**
 * Stock vocabulary of interview answers: words that sound like content but, on their own, name no
 * mechanism, number or decision. A sentence built only from these says nothing a reader can check.
 */
const STOCK = new Set(
  `important importance crucial critical essential vital necessary needed need needs
  good great best better excellent nice fine right proper properly appropriate appropriately correct correctly well
  big bigger huge large larger small smaller high higher low lower fast faster quick quickly slow easy easily simple simply hard harder difficult
  clean clear clearly efficient efficiently effective effectively robust reliable reliably scalable scalability available availability
  performant performance consistent consistency secure security safe safely quality efficiency reliability resilient resilience maintainable
  overall general generally various several different certain standard common commonly popular modern typical typically usual usually
  significant significantly main mainly major whole entire everyone everybody anyone people person always often sometimes never
  successful success successfully positive positively happy proud satisfied great carefully careful professional professionally calm respectful
  honest honestly transparent transparency accountable accountability proactive proactively strong strongly together collaboration
  collaborate collaborated collaborating communication communicate communicated communicating teamwork ownership owner responsibility responsible
  system systems solution solutions approach approaches design designs designed designing architecture component components technique techniques
  practice practices best-practices thing stuff part parts aspect aspects feature features functionality functional requirement requirements
  data information problem problems issue issues situation situations project projects team teams teammate teammates colleague colleagues
  company business stakeholder stakeholders customer customers user users client clients result results outcome outcomes lesson lessons
  experience experiences decision decisions point view opinion opinions fact facts emotion emotions relationship relationships
  task tasks goal goals work worked working job time times future process processes plan plans planned planning balance level levels
  scale scaled scaling load traffic request requests amount number numbers lot deal end final finally case cases example examples
  use used uses using utilize leverage leveraged ensure ensured ensures ensuring handle handled handles handling improve improved improves
  improving improvement improvements help helped helps support supported supports provide provided provides allow allowed allows enable enables
  think thought choose chose chosen pick picked focus focused focusing manage managed managing achieve achieved deliver delivered delivering
  try tried want wanted know knew see saw look looked find found solve solved resolve resolved fix fixed learn learned learnt learning
  listen listened listening explain explained stay stayed remain analyse analysed analyze analyzed investigate investigated optimize
  optimized optimise optimised monitor monitored prioritize prioritized prioritise prioritised align aligned inform informed meet met
  implement implemented build built create created consider considered discuss discussed follow followed apply applied address addressed
  grow grows growing growth increase increased reduce reduced become became happen happened occur occurred exist exists matter matters
  sure able like also new old things done every lots anything quite rather pretty extremely highly fully truly definitely
  api apis rest restful endpoint endpoints database databases server servers service services store stored storage application app
  standard industry modern cloud technology technologies tool tools framework frameworks platform platforms`
    .split(/\s+/)
    .filter(Boolean),
);

/** A light stemmer: enough to make "caching", "cached" and "cache", or "shards" and "sharded", meet. */
export function stem(word: string): string {
  let w = word.toLowerCase();
  if (w.length <= 3 || /\d/.test(w)) return w;
  if (w.endsWith('ies') && w.length > 4) w = `${w.slice(0, -3)}y`;
  else if (w.endsWith('sses')) w = w.slice(0, -2);
  else if (w.endsWith('s') && !/(ss|us|is)$/.test(w)) w = w.slice(0, -1);
  if (w.endsWith('ing') && w.length > 5) w = w.slice(0, -3);
  else if (w.endsWith('ed') && w.length > 4) w = w.slice(0, -2);
  else if (w.endsWith('ation') && w.length > 7) w = w.slice(0, -3);
  else if (w.endsWith('ly') && w.length > 5) w = w.slice(0, -2);
  if (/([b-df-hj-np-tv-z])\1$/.test(w) && !/(ll|ss|zz)$/.test(w)) w = w.slice(0, -1);
  if (w.endsWith('e') && w.length > 3) w = w.slice(0, -1);
  return w;
}

const STOP_STEMS = new Set([...STOP].map(stem));
const STOCK_STEMS = new Set([...STOCK].map(stem));

export function isStopWord(stemmed: string): boolean {
  return STOP_STEMS.has(stemmed);
}

/**
 * Lower-case word tokens with where each starts and ends in the text; hyphenated words are split
 * ("fan-out" → fan, out; matching also tries them joined). An apostrophe is dropped ("don't" → dont).
 * A path parameter ("{id}", ":id") is a placeholder, not a word: "/conversations/{id}" does not say
 * "conversation id" (a synonym like `conversation_id` names a column).
 */
export function wordSpans(text: string): { word: string; start: number; end: number }[] {
  const t = text.replace(/\{[^{}\s]{1,40}\}|(?<=\/):[A-Za-z_]\w*/g, (m) => ' '.repeat(m.length));
  const out: { word: string; start: number; end: number }[] = [];
  for (const m of t.matchAll(/[A-Za-z0-9’']+(?:\.[0-9]+)?/g)) {
    const word = m[0].toLowerCase().replace(/[’']/g, '');
    if (word.length > 0) out.push({ word, start: m.index, end: m.index + m[0].length });
  }
  return out;
}

export function words(text: string): string[] {
  return wordSpans(text).map((w) => w.word);
}

export function stems(text: string): string[] {
  return words(text).map(stem);
}

/** Non-function-word stems of a text. */
export function contentStems(text: string): string[] {
  return stems(text).filter((s) => !STOP_STEMS.has(s) && s.length > 1);
}

export interface Sentence {
  /** 1-based line where the sentence starts. */
  readonly line: number;
  readonly text: string;
  /** Stems of every word, in order. */
  readonly stems: readonly string[];
  /** Distinct stems that are neither function words nor stock vocabulary, and are new to the document. */
  readonly specific: readonly string[];
  /** Numbers, names (Kafka, Priya, PostgreSQL), code, acronyms with digits (p99): things a reader can check. */
  readonly hard: readonly string[];
  /** Says nothing specific, or repeats what came before: earns no credit. */
  readonly filler: boolean;
  /** Why it is filler, for the remark. */
  readonly fillerWhy?: 'stock phrases' | 'repeats earlier text' | 'a bare list of terms';
}

interface Segment {
  line: number;
  parts: { line: number; offset: number }[];
  text: string;
}

/** A capitalised label of up to four words and a colon at the start of a line. */
const LABEL = /^[A-Z][\w'’&/-]*(?: [\w'’&/()-]+){0,3}:(?:\s|$)/;

/**
 * Lines → segments (a bullet or a paragraph, with wrapped continuation lines joined) → sentences.
 * Headings, blank lines and template prompts ("- Functional:") separate segments and are not sentences.
 */
function segments(lines: readonly TextLine[]): Segment[] {
  const out: Segment[] = [];
  let cur: Segment | undefined;
  const flush = (): void => {
    if (cur && cur.text.trim()) out.push(cur);
    cur = undefined;
  };
  for (const l of lines) {
    const raw = l.text;
    const t = raw.trim();
    if (!t || /^#{1,6}\s/.test(t) || /^>/.test(t) || /^```/.test(t) || /^[-*_]{3,}$/.test(t)) {
      flush();
      continue;
    }
    const bullet = /^([-*•+]|\d+[.)])\s+/.exec(t);
    const body = bullet ? t.slice(bullet[0].length) : t;
    // A line that opens with a label ("Complexity: O(n)", "Trade-offs:") starts a thought of its own,
    // even when the line before it did not end with a full stop.
    if (bullet || !cur || LABEL.test(body)) {
      flush();
      cur = { line: l.line, parts: [{ line: l.line, offset: 0 }], text: body };
    } else {
      cur.parts.push({ line: l.line, offset: cur.text.length + 1 });
      cur.text += ` ${body}`;
    }
  }
  flush();
  return out;
}

function lineAt(seg: Segment, offset: number): number {
  let line = seg.line;
  for (const p of seg.parts) if (p.offset <= offset) line = p.line;
  return line;
}

const HARD_WORD = /^(?:[A-Z][a-z]+[A-Z][A-Za-z]*|[A-Z]{2,}\d*|[A-Za-z]+\d+[A-Za-z\d]*|\d[\d,.]*[A-Za-z%]*|[a-z]+_[a-z_]+)$/;
/** Acronyms too common in answers to count as specifics on their own. */
const COMMON_ACRONYMS = new Set(['API', 'APIS', 'REST', 'HTTP', 'JSON', 'DB', 'OK', 'UI', 'IT', 'US', 'AM', 'PM', 'STAR', 'I']);

function hardTokens(text: string, first: string | undefined): string[] {
  const out: string[] = [];
  for (const m of text.matchAll(/`([^`]+)`/g)) out.push(m[1]!);
  const plain = text.replace(/`[^`]+`/g, ' ');
  for (const m of plain.matchAll(/[A-Za-z0-9][A-Za-z0-9_.,%-]*[A-Za-z0-9%]|[0-9]/g)) {
    // A number keeps the scale word after it: "2 million payments" says 2 million, not 2.
    const scale = /^\d[\d,.]*$/.test(m[0]) ? /^\s+(hundred|thousand|million|billion|trillion)\b/i.exec(plain.slice(m.index + m[0].length)) : null;
    if (scale) {
      out.push(`${m[0]} ${scale[1]!.toLowerCase()}`);
      continue;
    }
    const w = m[0];
    if (w === first && /^[A-Z][a-z]+$/.test(w)) continue;
    if (COMMON_ACRONYMS.has(w.toUpperCase()) && !/\d/.test(w)) continue;
    if (/^\d+$/.test(w) && Number(w) < 10 && m.index === 0) continue;
    if (HARD_WORD.test(w)) out.push(w);
    else if (/^[A-Z][a-z]{2,}$/.test(w) && m.index !== 0 && !/[.:!?]\s*$/.test(plain.slice(0, m.index))) out.push(w);
  }
  return [...new Set(out)];
}

const NUMBER_WORDS = new Set(['two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten', 'twelve', 'fifteen', 'twenty', 'thirty', 'forty', 'fifty', 'hundred', 'thousand', 'million', 'billion', 'half', 'third', 'quarter', 'twice', 'double', 'triple']);

function bigrams(s: readonly string[]): string[] {
  const out: string[] = [];
  for (let i = 0; i + 1 < s.length; i++) out.push(`${s[i]} ${s[i + 1]}`);
  return out;
}

/**
 * Splits lines into sentences and rates each one. A sentence is filler when, after function words and
 * stock vocabulary are removed, fewer than two new specific words remain and it names nothing hard
 * (a number, a product, a person, code); or when most of its word pairs were already said earlier in
 * the document (the same sentence with one word swapped).
 */
export function sentencesOf(lines: readonly TextLine[], seen: Map<string, number> = new Map(), seenPairs: Set<string> = new Set()): Sentence[] {
  const out: Sentence[] = [];
  for (const seg of segments(lines)) {
    const pieces = seg.text.split(/(?<=[.!?])\s+(?=[A-Z`"(*\d])/);
    let offset = 0;
    for (const piece of pieces) {
      const start = seg.text.indexOf(piece, offset);
      offset = start + piece.length;
      const text = piece.trim();
      // Template prompts with nothing after the colon are not sentences.
      const stripped = text.replace(/^[^:]{1,60}:\s*/, (m) => (/\d/.test(m) ? m : ''));
      if (!/[a-z0-9]/i.test(stripped)) continue;
      const all = stems(text);
      const firstWord = /^[A-Za-z]+/.exec(text)?.[0];
      const hard = hardTokens(text, firstWord);
      const specific = [...new Set(all.filter((s) => !STOP_STEMS.has(s) && !STOCK_STEMS.has(s) && s.length > 1 && !/^\d/.test(s)))];
      const novel = specific.filter((s) => (seen.get(s) ?? 0) < 3 || NUMBER_WORDS.has(s));
      const pairs = bigrams(all.filter((s) => s.length > 0));
      const repeated = pairs.length >= 3 ? pairs.filter((p) => seenPairs.has(p)).length / pairs.length : 0;
      let fillerWhy: Sentence['fillerWhy'];
      if (bareList(stripped)) fillerWhy = 'a bare list of terms';
      else if (hard.length === 0 && novel.length < 2) fillerWhy = 'stock phrases';
      else if (repeated >= 0.6 && hard.length === 0) fillerWhy = 'repeats earlier text';
      for (const s of new Set(specific)) seen.set(s, (seen.get(s) ?? 0) + 1);
      for (const p of pairs) seenPairs.add(p);
      out.push({ line: lineAt(seg, start), text, stems: all, specific: novel, hard, filler: fillerWhy !== undefined, ...(fillerWhy ? { fillerWhy } : {}) });
    }
  }
  return out;
}

/**
 * "Kafka, Redis, Cassandra, sharding, replication and a CDN": four or more comma-separated items
 * that are almost all one or two words, with no number in sight. Naming terms is not explaining them.
 */
export function bareList(text: string): boolean {
  if (/\d/.test(text)) return false;
  // A table written with its columns ("deliveries(notification_id, channel, status)") is a schema.
  if (schemaLike(text)) return false;
  const items = text
    .replace(/[.;:!?]+\s*$/, '')
    .split(/,|\s+(?:and|or)\s+/i)
    .map((x) => x.trim())
    .filter(Boolean);
  if (items.length < 4) return false;
  const short = items.filter((x) => x.split(/\s+/).length <= 2).length;
  return short / items.length >= 0.75;
}

/** Names a record with its fields, one of them a key or a snake_case column: `users(id, email)`. */
function schemaLike(text: string): boolean {
  for (const m of text.matchAll(/\b[A-Za-z_]\w*\s*\(([^()]*,[^()]*)\)/g)) {
    if (m[1]!.split(',').some((f) => /^\s*\w*(?:_\w+|\bid)\b/i.test(f))) return true;
  }
  return false;
}

/** Shortens a quote of the person's own text for a remark. */
export function quote(text: string, max = 90): string {
  const t = text.replace(/\s+/g, ' ').trim();
  return t.length <= max ? t : `${t.slice(0, max - 1).replace(/\s+\S*$/, '')}…`;
}

/** How much of a sentence's opening an elided quote keeps (see `quoteAt`). */
const QUOTE_OPENING = 40;
/** Where an elided quote leaves out the middle of a sentence. */
const ELISION = ' … ';

/** The opening of a sentence that an elided quote keeps. */
function opening(text: string): string {
  return quote(text, QUOTE_OPENING).replace(/…$/, '');
}

/** Whether a quote leaves out the middle of its sentence (`quoteAt`), so it must not be cut again. */
export function isElided(quoted: string): boolean {
  return quoted.includes(ELISION);
}

/**
 * A quote of a sentence that shows the words a finding rests on (`at`: word indices, as `stems`
 * counts them). When they lie past what `quote` shows, the sentence's opening is kept and the middle
 * elided: "I told my director in week one that … and wrote down the risk." The opening stays the same
 * as `quote`'s, so both quotes of one sentence read as one (see `groupEvidence`).
 */
export function quoteAt(text: string, at: readonly number[], max = 90): string {
  const t = text.replace(/\s+/g, ' ').trim();
  const spans = wordSpans(t);
  const hit = at.map((i) => spans[i]).filter((w): w is { word: string; start: number; end: number } => w !== undefined);
  const plain = quote(t, max);
  if (hit.length === 0 || !plain.endsWith('…') || Math.max(...hit.map((w) => w.end)) <= plain.length - 1) return plain;
  const unseen = hit.filter((w) => w.end > plain.length - 1);
  const lo = Math.min(...unseen.map((w) => w.start));
  const hi = Math.max(...unseen.map((w) => w.end));
  const head = opening(t);
  // The opening and the elision take part of the room; the window gets the rest. It opens a few
  // words before the first word the plain quote does not show, and late enough to reach the last.
  const room = max - head.length - ELISION.length;
  const from = spans.find((w) => w.start >= Math.max(lo - 30, hi - (room - 1), head.length))?.start ?? lo;
  if (from <= head.length + 1) return plain;
  return `${head}${ELISION}${quote(t.slice(from), room)}`;
}

/** The opening a quote of a sentence starts with: the same for its plain and its elided quote. */
export function quoteOpening(quoted: string): string {
  const at = quoted.indexOf(ELISION);
  return at >= 0 ? quoted.slice(0, at) : opening(quoted);
}

export { STOCK_STEMS };
