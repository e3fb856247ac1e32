import type { Language } from '../model';
import { RUNTIMES, type CommentSyntax } from '../runtimes';

export interface TextLine {
  /** 1-based line in the file. */
  readonly line: number;
  readonly text: string;
}

export type ReasoningPart = 'clarifying' | 'approach' | 'complexity' | 'edgeCases' | 'tradeoffs';

export interface Reasoning {
  /** Every comment (or document) line with its text, markers stripped. */
  readonly lines: readonly TextLine[];
  /** Lines under each reasoning heading of the template (the heading line included). */
  readonly parts: Readonly<Record<ReasoningPart, readonly TextLine[]>>;
  /** Markdown documents: `#`/`##` sections by lower-cased heading. */
  readonly sections: ReadonlyMap<string, { readonly line: number; readonly body: readonly TextLine[] }>;
}

const PART_HEADINGS: readonly [RegExp, ReasoningPart][] = [
  [/^clarif/i, 'clarifying'],
  [/^(approach|idea|plan|algorithm)\b/i, 'approach'],
  [/^(complexity|time complexity|big-?o)\b/i, 'complexity'],
  [/^edge[ -]?cases?\b/i, 'edgeCases'],
  [/^trade-?offs?\b/i, 'tradeoffs'],
];

/** Comment lines of a source file in its runtime's comment syntax (`//`, `/* … *\/`, `#` and docstrings, `--`). */
export function commentLines(code: string, language: Language | 'markdown'): TextLine[] {
  if (language === 'markdown') return code.split('\n').map((text, i) => ({ line: i + 1, text }));
  return split(code, language).comments;
}

/**
 * The code of a source file without its comments, one line per line that has code, trimmed: two
 * versions that differ only in their reasoning comments (or blank lines) give the same text.
 */
export function codeOutsideComments(code: string, language: Language | 'markdown'): string {
  return language === 'markdown' ? code : split(code, language).code.join('\n');
}

function split(code: string, language: Language): { comments: TextLine[]; code: string[] } {
  const src = code.split('\n');
  const syntax: CommentSyntax = RUNTIMES[language].comments;
  const out: TextLine[] = [];
  const kept: string[] = [];
  let inBlock: string | null = null;
  for (let i = 0; i < src.length; i++) {
    let rest = src[i] ?? '';
    const line = i + 1;
    let codeHere = '';
    while (rest.length > 0) {
      if (inBlock) {
        const end = rest.indexOf(inBlock);
        const body = end >= 0 ? rest.slice(0, end) : rest;
        const cleaned = body.replace(/^\s*\*(?!\/)\s?/, '').trim();
        if (cleaned !== '' || end < 0) out.push({ line, text: cleaned });
        if (end < 0) break;
        rest = rest.slice(end + inBlock.length);
        inBlock = null;
        continue;
      }
      const lc = findOutsideStrings(rest, syntax.line);
      const triple = syntax.docstrings ? /("""|''')/.exec(rest) : null;
      if (triple && (lc < 0 || triple.index < lc)) {
        codeHere += rest.slice(0, triple.index);
        inBlock = triple[1]!;
        rest = rest.slice(triple.index + 3);
        if (rest.trim() === '') break;
        continue;
      }
      const bc = syntax.block ? findOutsideStrings(rest, syntax.block[0]) : -1;
      if (syntax.block && bc >= 0 && (lc < 0 || bc < lc)) {
        codeHere += rest.slice(0, bc);
        inBlock = syntax.block[1];
        rest = rest.slice(bc + syntax.block[0].length).replace(/^\*/, '');
        if (rest.trim() === '') break;
        continue;
      }
      if (lc >= 0) out.push({ line, text: rest.slice(lc + syntax.line.length).trim() });
      codeHere += lc >= 0 ? rest.slice(0, lc) : rest;
      break;
    }
    if (codeHere.trim() !== '') kept.push(codeHere.trim());
  }
  return { comments: out, code: kept };
}

/** Index of `marker` outside simple quoted strings, or -1. */
function findOutsideStrings(text: string, marker: string): number {
  let quote: string | null = null;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i]!;
    if (quote) {
      if (ch === '\\') i++;
      else if (ch === quote) quote = null;
    } else if (ch === '"' || ch === "'" || ch === '`') quote = ch;
    else if (text.startsWith(marker, i)) return i;
  }
  return -1;
}

/** A JSDoc tag line (`@param {number[]} nums`): a type annotation of the generated starter, not reasoning. */
const DOC_TAG = /^@(param|returns?|typedef|property|prop|type|template|callback)\b/;

export function extractReasoning(code: string, language: Language | 'markdown'): Reasoning {
  const lines = language === 'markdown' ? commentLines(code, language) : commentLines(code, language).filter((l) => !DOC_TAG.test(l.text));
  const parts: Record<ReasoningPart, TextLine[]> = { clarifying: [], approach: [], complexity: [], edgeCases: [], tradeoffs: [] };
  const sections = new Map<string, { line: number; body: TextLine[] }>();
  let current: ReasoningPart | undefined;
  let section: { line: number; body: TextLine[] } | undefined;
  for (const l of lines) {
    const heading = /^#{1,3}\s+(.*)$/.exec(l.text.trim());
    if (language === 'markdown' && heading) {
      section = { line: l.line, body: [] };
      sections.set((heading[1] ?? '').trim().toLowerCase(), section);
    } else if (section) section.body.push(l);
    const text = l.text.replace(/^#{1,3}\s+/, '').trim();
    const found = PART_HEADINGS.find(([re]) => re.test(text));
    if (found && (/:/.test(text) || heading)) current = found[1];
    if (current) parts[current].push(l);
  }
  return { lines, parts, sections };
}

/** Whether a part has content beyond its heading and template placeholders ("-", "O(?)"). */
export function filled(part: readonly TextLine[]): boolean {
  return part.some((l, i) => {
    const body = (i === 0 ? l.text.replace(/^[^:]*:/, '') : l.text).replace(/O\(\?\)/g, '').replace(/time|space|[-*,:.]/gi, '').trim();
    return body.length > 2;
  });
}
