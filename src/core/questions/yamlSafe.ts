import { Lexer, LineCounter, parseDocument, type Document } from 'yaml';


/** Question files are untrusted text: these bounds keep a hostile file from stalling or crashing the host. */
export const MAX_FILE_BYTES = 256 * 1024;
export const MAX_NESTING = 40;
export const MAX_ALIASES = 20;

export interface SafeParseProblem {
  readonly line: number;
  readonly col: number;
  readonly message: string;
}

export interface SafeParse {
  readonly doc?: Document.Parsed;
  readonly lineCounter: LineCounter;
  readonly problems: readonly SafeParseProblem[];
}

const SCALAR = '\x1f';
const CONTROL = new Set(['\x02', '\x18', SCALAR]);

/**
 * How deeply collections nest, measured on the `yaml` lexer's tokens (which is iterative, so it is
 * safe on any input): flow `[`/`{` levels plus block levels, counted from indentation and from block
 * indicators sharing a line (`- - - x`). Brackets inside scalars, block strings and comments are
 * text and do not count. Returns the deepest level and where the limit was first crossed. The parser
 * recurses on nesting and can exhaust the stack, so this runs before it.
 */
export function nestingDepth(text: string, limit = MAX_NESTING): { depth: number; line: number; col: number } {
  let offset = 0;
  let crossedAt = -1;
  let max = 0;
  let flow = 0;
  const indents: number[] = [];
  let lineStart = true;
  let indent = 0;
  let indicators = 0;
  let scalarNext = false;
  for (const tok of new Lexer().lex(text)) {
    const at = offset;
    if (!CONTROL.has(tok)) offset += tok.length;
    if (tok === SCALAR) {
      scalarNext = true;
      continue;
    }
    const isScalar = scalarNext;
    scalarNext = false;
    if (CONTROL.has(tok)) continue;
    if (!isScalar) {
      if (tok === '\n' || tok === '\r\n') {
        if (flow === 0) {
          lineStart = true;
          indent = 0;
        }
        continue;
      }
      if (tok.startsWith('#') || tok.startsWith('%')) continue;
      if (/^[ \t]+$/.test(tok)) {
        if (lineStart && flow === 0) indent = tok.length;
        continue;
      }
      if (tok === '---' || tok === '...') {
        indents.length = 0;
        continue;
      }
    }
    if (lineStart && flow === 0) {
      while (indents.length > 0 && (indents[indents.length - 1] ?? 0) > indent) indents.pop();
      if (indents[indents.length - 1] !== indent) indents.push(indent);
      lineStart = false;
      indicators = 0;
    }
    if (!isScalar) {
      if (tok === '[' || tok === '{') flow++;
      else if (tok === ']' || tok === '}') flow = Math.max(0, flow - 1);
      else if (flow === 0 && (tok === '-' || tok === '?' || tok === ':')) indicators++;
    }
    const depth = indents.length + Math.max(0, indicators - 1) + flow;
    if (depth > max) {
      max = depth;
      if (crossedAt < 0 && max > limit) crossedAt = at;
    }
    // A block scalar's token ends with its last line break: what follows starts a line.
    if (flow === 0 && tok.endsWith('\n')) {
      lineStart = true;
      indent = 0;
    }
  }
  if (crossedAt < 0) return { depth: max, line: 0, col: 0 };
  const before = text.slice(0, crossedAt);
  const line = before.split('\n').length;
  return { depth: max, line, col: crossedAt - before.lastIndexOf('\n') };
}

export function parseYamlSafely(text: string): SafeParse {
  const lineCounter = new LineCounter();
  const bytes = Buffer.byteLength(text, 'utf8');
  if (bytes > MAX_FILE_BYTES) {
    return {
      lineCounter,
      problems: [
        {
          line: 1,
          col: 1,
          message: `file is ${Math.round(bytes / 1024)} KB; question files are limited to ${MAX_FILE_BYTES / 1024} KB`,
        },
      ],
    };
  }
  const nesting = nestingDepth(text);
  if (nesting.depth > MAX_NESTING) {
    return {
      lineCounter,
      problems: [
        {
          line: nesting.line,
          col: nesting.col,
          message: `nesting is ${nesting.depth} levels deep; at most ${MAX_NESTING} are allowed`,
        },
      ],
    };
  }
  let doc: Document.Parsed;
  try {
    doc = parseDocument(text, { lineCounter, uniqueKeys: true, prettyErrors: false, strict: true });
  } catch (e) {
    if (!isStackOverflow(e)) throw e;
    return { lineCounter, problems: [{ line: 1, col: 1, message: TOO_DEEP }] };
  }
  const problems: SafeParseProblem[] = [];
  for (const e of doc.errors) {
    const pos = e.linePos?.[0] ?? lineCounter.linePos(e.pos[0]);
    problems.push({ line: pos.line, col: pos.col, message: isStackOverflow(e) ? TOO_DEEP : `YAML: ${firstLine(e.message)}` });
  }
  for (const w of doc.warnings) {
    const pos = w.linePos?.[0] ?? lineCounter.linePos(w.pos[0]);
    problems.push({ line: pos.line, col: pos.col, message: `YAML: ${firstLine(w.message)}` });
  }
  return { doc, lineCounter, problems };
}

/** The pre-check should stop deep input first; a parser that still runs out of stack says the same thing. */
export const TOO_DEEP = `nesting is too deep to read; at most ${MAX_NESTING} levels are allowed`;

export function isStackOverflow(e: unknown): boolean {
  return e instanceof RangeError || (e instanceof Error && /Maximum call stack size exceeded/.test(e.message));
}

function firstLine(message: string): string {
  return message.split('\n')[0] ?? message;
}
