// The refiner contract: a pass over one sentence's candidates, returning the new list.

import type { Candidate, ParsingContext } from './context.js';

export interface Refiner {
  name: string;
  refine(ctx: ParsingContext, candidates: Candidate[]): Candidate[];
}

export const byStart = (a: Candidate, b: Candidate): number => a.start - b.start || b.end - a.end;
