import { LineCounter, parseDocument, type Document } from 'yaml';


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

/**
 * Deepest flow-collection nesting (`[`/`{`) outside quoted scalars and comments, with the position
 * where the limit was first crossed. The `yaml` parser can crash Node on deeply nested flow
 * collections, so this runs before it.
 */
export function flowNestingDepth(text: string, limit = MAX_NESTING): { depth: number; line: number; col: number } {
  let depth = 0;
  let max = 0;
  let line = 1;
  let col = 0;
  let quote: '"' | "'" | null = null;
  let inComment = false;
  let at = { line: 0, col: 0 };
  for (let i = 0; i < text.length; i++) {
    const ch = text[i];
    col++;
    if (ch === '\n') {
      line++;
      col = 0;
      inComment = false;
      continue;
    }
    if (inComment) continue;
    if (quote) {
      if (ch === '\\' && quote === '"') {
        i++;
        col++;
      } else if (ch === quote) {
        quote = null;
      }
      continue;
    }
    if (ch === '#' && (i === 0 || /\s/.test(text[i - 1] ?? ' '))) {
      inComment = true;
    } else if (ch === '"' || ch === "'") {
      quote = ch;
    } else if (ch === '[' || ch === '{') {
      depth++;
      if (depth > max) {
        max = depth;
        if (max === limit + 1) at = { line, col };
      }
    } else if (ch === ']' || ch === '}') {
      depth = Math.max(0, depth - 1);
    }
  }
  return { depth: max, line: at.line, col: at.col };
}

/** Deepest block indentation in columns; a bound on block-collection nesting. */
function maxIndent(text: string): { indent: number; line: number } {
  let indent = 0;
  let where = 0;
  const lines = text.split('\n');
  for (let i = 0; i < lines.length; i++) {
    const m = /^( *)\S/.exec(lines[i] ?? '');
    if (m && m[1] && m[1].length > indent) {
      indent = m[1].length;
      where = i + 1;
    }
  }
  return { indent, line: where };
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
  const nesting = flowNestingDepth(text);
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
  const indent = maxIndent(text);
  if (indent.indent > MAX_NESTING * 8) {
    return {
      lineCounter,
      problems: [{ line: indent.line, col: 1, message: `indentation of ${indent.indent} columns is too deep` }],
    };
  }
  const doc = parseDocument(text, {
    lineCounter,
    uniqueKeys: true,
    prettyErrors: false,
    strict: true,
  });
  const problems: SafeParseProblem[] = [];
  for (const e of doc.errors) {
    const pos = e.linePos?.[0] ?? lineCounter.linePos(e.pos[0]);
    problems.push({ line: pos.line, col: pos.col, message: `YAML: ${firstLine(e.message)}` });
  }
  for (const w of doc.warnings) {
    const pos = w.linePos?.[0] ?? lineCounter.linePos(w.pos[0]);
    problems.push({ line: pos.line, col: pos.col, message: `YAML: ${firstLine(w.message)}` });
  }
  return { doc, lineCounter, problems };
}

function firstLine(message: string): string {
  return message.split('\n')[0] ?? message;
}
