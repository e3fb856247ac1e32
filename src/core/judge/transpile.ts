// Turns a JavaScript or TypeScript solution into CommonJS the harness can `require`.
//
// Sucrase does it: pure JavaScript (bundled into dist, so the package stays universal and runs
// wherever VS Code runs), no type check (a type-only error is not a compile error), and it keeps
// every line where it was, so a runtime error's line in the stack is the person's own line.

export type Transpiled =
  | { readonly ok: true; readonly code: string }
  | { readonly ok: false; readonly message: string; readonly line?: number; readonly column?: number };

type SucraseApi = typeof import('sucrase');
let sucrase: SucraseApi | undefined;

/** Plain JavaScript without `import`/`export` runs as written; TypeScript and ES modules are transpiled. */
export function needsTranspile(code: string, language: 'javascript' | 'typescript'): boolean {
  return language === 'typescript' || /^\s*(export|import)\s/m.test(code);
}

/**
 * CommonJS for the harness, or the syntax error with the line and column (1-based) in the
 * person's own file. The first call loads the transpiler (tens of milliseconds); later calls take a
 * few milliseconds for a typical solution (`npm run bench` measures it).
 */
export async function transpile(code: string, language: 'javascript' | 'typescript'): Promise<Transpiled> {
  if (!needsTranspile(code, language)) return { ok: true, code };
  sucrase ??= await import('sucrase');
  const file = language === 'typescript' ? 'solution.ts' : 'solution.js';
  try {
    const out = sucrase.transform(code, { transforms: language === 'typescript' ? ['typescript', 'imports'] : ['imports'], filePath: file });
    return { ok: true, code: out.code };
  } catch (e) {
    const loc = (e as { loc?: { line?: unknown; column?: unknown } }).loc;
    const line = typeof loc?.line === 'number' ? loc.line : undefined;
    const column = typeof loc?.column === 'number' ? loc.column : undefined;
    // Sucrase says "Error transforming solution.ts: Unexpected token (2:13)"; keep the reason only.
    const reason = String((e as Error).message ?? e)
      .replace(/^Error transforming [^:]*: /, '')
      .replace(/\s*\(\d+:\d+\)$/, '');
    return { ok: false, message: `${reason}${line !== undefined ? ` (line ${line}${column !== undefined ? `, column ${column}` : ''})` : ''}`, ...(line !== undefined ? { line } : {}), ...(column !== undefined ? { column } : {}) };
  }
}
