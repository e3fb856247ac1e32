/** Set by the extension bundle's first line (an esbuild banner), so loading the bundle is timed too. */
declare const __drillsBundleStart: number | undefined;

/** How long activation took, measured inside the extension host. */
export interface ActivationTiming {
  /** Running the bundle's module code: from its first line to the end of extension.ts's top level. */
  readonly loadMs: number;
  /** From the first line of activate to the end of its work (questions loaded, last drill restored). */
  readonly activateMs: number;
  /** The two together: the extension's own work (VS Code's between them, e.g. preparing the context, is not counted). */
  readonly totalMs: number;
}

/** Call at the end of extension.ts's top level: the bundle's modules have run by then. */
export function moduleLoaded(now: () => number = () => performance.now()): { readonly loadMs: number } {
  const at = now();
  return { loadMs: typeof __drillsBundleStart === 'number' ? at - __drillsBundleStart : 0 };
}

/** Call first in activate; `finish` at the end of its work. */
export function activationTimer(load: { readonly loadMs: number }, now: () => number = () => performance.now()): { finish(): ActivationTiming } {
  const started = now();
  return {
    finish() {
      const activateMs = now() - started;
      return { loadMs: load.loadMs, activateMs, totalMs: load.loadMs + activateMs };
    },
  };
}
