// Turns a JavaScript or TypeScript solution into CommonJS the harness can `require`: the one place
// a solution is transpiled (the TypeScript and JavaScript runtimes both call it).
//
// esbuild does it, loaded on first use: no type check (a type-only error is not a compile error),
// and an inline source map, so a runtime error's line in the stack is the person's own line.

export type Transpiled =
  | { readonly ok: true; readonly code: string }
  | { readonly ok: false; readonly message: string; readonly line?: number; readonly column?: number };

/** Plain JavaScript without `import`/`export` runs as written; TypeScript and ES modules are transpiled. */
export function needsTranspile(code: string, language: 'javascript' | 'typescript'): boolean {
  return language === 'typescript' || /^\s*(export|import)\s/m.test(code);
}

/** CommonJS for the harness, or the syntax error with the line and column (1-based) in the person's own file. */
export async function transpile(code: string, language: 'javascript' | 'typescript'): Promise<Transpiled> {
  if (!needsTranspile(code, language)) return { ok: true, code };
  const esbuild = await import('esbuild');
  try {
    const out = await esbuild.transform(code, {
      loader: language === 'typescript' ? 'ts' : 'js',
      format: 'cjs',
      target: 'node18',
      sourcemap: 'inline',
      sourcefile: language === 'typescript' ? 'solution.ts' : 'solution.js',
      logLevel: 'silent',
    });
    return { ok: true, code: out.code };
  } catch (e) {
    const err = (e as { errors?: { text: string; location?: { line: number; column: number } }[] }).errors?.[0];
    if (!err) return { ok: false, message: (e as Error).message };
    const at = err.location;
    return { ok: false, message: `${err.text}${at ? ` (line ${at.line}, column ${at.column + 1})` : ''}`, ...(at ? { line: at.line, column: at.column + 1 } : {}) };
  }
}
