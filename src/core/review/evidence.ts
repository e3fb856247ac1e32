import type { Concept, Evidence, Question } from '../model';
import { rubricDimensions } from '../rubric';
import { compileConcept, matchConcept, SHARED_CONCEPTS, sharedConceptsFor, type CompiledConcept, type DimensionClass } from './concepts';
import type { TextLine } from './extract';
import { docSections, type DocSection } from './sections';
import { quote, quoteAt, sentencesOf, stems, type Sentence } from './text';

export interface Analysed extends Sentence {
  /** Index of its section in `Analysis.sections`, or -1 before the first heading. */
  readonly section: number;
  /** Stems that belong to concept names matched in this sentence (they do not count as its specifics). */
  readonly conceptStems: ReadonlySet<string>;
}

export interface ConceptFinding {
  readonly concept: CompiledConcept;
  /** The first sentence that names it with specifics. */
  readonly at?: Analysed;
  /** The words of that sentence (or of `bare`) that named it, as word indices. */
  readonly words?: readonly number[];
  /** Named, but only in filler or in a bare list of buzzwords. */
  readonly bare?: Analysed;
}

/** Everything the reviewer reads in an answer, computed once. */
export class Analysis {
  readonly sections: readonly DocSection[];
  readonly sentences: readonly Analysed[];
  private readonly all: readonly CompiledConcept[];

  /**
   * @param strict STAR answers: a sentence counts only with a number, a name or code, or at least four
   * concrete words beyond the concepts it names ("I communicated with the team" does not).
   */
  constructor(
    lines: readonly TextLine[],
    readonly question: Question,
    private readonly markdown: boolean,
    private readonly strict = false,
  ) {
    this.sections = markdown ? docSections(lines) : [];
    const authored = Object.values(question.concepts).flat();
    this.all = [...authored, ...SHARED_CONCEPTS].map(compileConcept);
    const seen = new Map<string, number>();
    const pairs = new Set<string>();
    const out: Analysed[] = [];
    const add = (ls: readonly TextLine[], section: number): void => {
      for (const s of sentencesOf(ls, seen, pairs)) {
        const idx = new Set<number>();
        for (const c of this.all) for (const i of matchConcept(c, s.stems, s.text) ?? []) idx.add(i);
        out.push({ ...s, section, conceptStems: new Set([...idx].map((i) => s.stems[i]!)) });
      }
    };
    if (markdown) {
      const first = this.sections[0]?.line ?? Infinity;
      add(lines.filter((l) => l.line < first && !/^#\s/.test(l.text.trim())), -1);
      this.sections.forEach((s, i) => add(s.body, i));
    } else add(lines, -1);
    this.sentences = out;
  }

  /** Whether a sentence says something beyond the concept names in it. */
  substantive(s: Analysed): boolean {
    if (s.filler) return false;
    const rest = s.specific.filter((w) => !s.conceptStems.has(w));
    const hard = s.hard.filter((h) => !stems(h).every((w) => s.conceptStems.has(w)));
    if (this.strict) return hard.length >= 1 || rest.length >= 4;
    return rest.length >= 2 || (rest.length >= 1 && hard.length >= 1) || hard.length >= 2;
  }

  /**
   * The first sentence that names a concept with specifics (and its words), else the first that
   * names it bare. With `prefer`, a sentence it accepts wins over an earlier one elsewhere (a
   * dimension's own sections), in the same single pass.
   */
  find(concept: CompiledConcept, prefer?: (s: Analysed) => boolean): ConceptFinding {
    let bare: { s: Analysed; words: number[] } | undefined;
    let first: { s: Analysed; words: number[] } | undefined;
    for (const s of this.sentences) {
      const words = matchConcept(concept, s.stems, s.text);
      if (!words) continue;
      if (!this.substantive(s)) bare ??= { s, words };
      else if (!prefer || prefer(s)) return { concept, at: s, words };
      else first ??= { s, words };
    }
    if (first) return { concept, at: first.s, words: first.words };
    return { concept, ...(bare ? { bare: bare.s, words: bare.words } : {}) };
  }

  inSections(indices: readonly number[]): Analysed[] {
    const set = new Set(indices);
    return this.sentences.filter((s) => set.has(s.section));
  }

  /** The heading of a document's section a sentence is in; none for code, whose comments have no headings. */
  sectionName(s: Analysed): string | undefined {
    if (!this.markdown) return undefined;
    return s.section >= 0 ? this.sections[s.section]!.heading : 'the opening lines';
  }
}

/** The concepts a dimension looks for: the drill's own, and the shared ones for its kind of dimension. */
export function conceptsFor(q: Question, dimension: string, cls: DimensionClass | undefined): { authored: CompiledConcept[]; shared: CompiledConcept[] } {
  const own: readonly Concept[] = q.concepts[dimension.toLowerCase()] ?? [];
  const authored = own.map(compileConcept);
  const names = new Set(own.map((c) => c.name.toLowerCase()));
  // A shared idea the drill already lists under another name ("websocket" in both) is not counted twice.
  const phrases = new Set(authored.flatMap((c) => c.alternatives.map((alt) => alt.map((p) => p.join(' ')).join('&'))));
  const shared = cls
    ? sharedConceptsFor(cls)
        .filter((s) => !names.has(s.name))
        .map(compileConcept)
        .filter((c) => !c.alternatives.some((alt) => phrases.has(alt.map((p) => p.join(' ')).join('&'))))
    : [];
  return { authored, shared };
}

export function conceptEvidence(a: Analysis, f: ConceptFinding): Evidence | undefined {
  if (f.at) {
    const section = a.sectionName(f.at);
    return { kind: 'concept', line: f.at.line, text: quoteAt(f.at.text, f.words ?? []), detail: section === undefined ? f.concept.name : `${f.concept.name} (in "${section}")` };
  }
  if (f.bare) return { kind: 'concept', line: f.bare.line, text: quoteAt(f.bare.text, f.words ?? []), detail: `${f.concept.name}, named without specifics: no credit`, against: true };
  return undefined;
}

export function fillerEvidence(s: Sentence): Evidence {
  return { kind: 'filler', line: s.line, text: quote(s.text), detail: s.fillerWhy === 'repeats earlier text' ? 'repeats earlier text' : 'no mechanism, number or decision', against: true };
}

/** Every dimension a drill is scored on, in rubric order. */
export function dimensionsOf(q: Question): readonly string[] {
  return rubricDimensions(q);
}

/** Ratio → score: most of the ideas named → 4; a third → 3; any → 2; none → 1. */
export function scoreFromRatio(ratio: number): 1 | 2 | 3 | 4 {
  return ratio >= 0.6 ? 4 : ratio >= 0.34 ? 3 : ratio > 0 ? 2 : 1;
}

/** Splits a list-like text into items: commas, semicolons and "?" outside parentheses. */
export function splitItems(text: string): string[] {
  const out: string[] = [];
  let depth = 0;
  let cur = '';
  for (let i = 0; i < text.length; i++) {
    const ch = text[i]!;
    if (ch === '(' || ch === '[') depth++;
    if (ch === ')' || ch === ']') depth = Math.max(0, depth - 1);
    // A thousands separator ("1,000 requests") does not end an item.
    const inNumber = ch === ',' && /\d/.test(text[i - 1] ?? '') && /^\d{3}(?!\d)/.test(text.slice(i + 1));
    if (depth === 0 && !inNumber && (ch === ',' || ch === ';' || ch === '?')) {
      if (ch === '?') cur += ch;
      if (cur.trim()) out.push(cur.trim());
      cur = '';
      continue;
    }
    cur += ch;
  }
  if (cur.trim()) out.push(cur.trim());
  // "negative numbers, which the sum handles": a clause that continues the item is not a new item.
  return out.reduce<string[]>((acc, piece) => {
    // After a question mark it is the question's answer: "Can it be empty? Then return []".
    if (acc.length > 0 && /^(which|that|where|so|because|since|when|as|but|then|otherwise|e\.g\.|i\.e\.)\b/i.test(piece)) acc[acc.length - 1] += `${acc[acc.length - 1]!.endsWith('?') ? '' : ','} ${piece}`;
    else acc.push(piece);
    return acc;
  }, []);
}
