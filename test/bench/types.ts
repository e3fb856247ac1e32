export type { Question } from '../../src/core/model';
export type { Solution } from '../../src/core/judge';
