import type { Diagnostic, Question } from '../core/model';

export interface StrictReport {
  readonly failures: Diagnostic[];
  readonly results: unknown[];
}

/** Runs every reference solution (must be accepted) and wrong solution (must not be) through the judge. */
export async function checkSolutions(_questions: readonly Question[], _progress: (line: string) => void): Promise<StrictReport> {
  throw new Error('strict validation needs the judge');
}
