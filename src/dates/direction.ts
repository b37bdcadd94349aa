// Which way an underspecified date points. News looks back: a bare "Tuesday" or "March" is the
// latest past one, unless the clause around it speaks of the future ("will", "is scheduled",
// "plans", "next"). Only the clause before the expression is read, so "said Friday it will"
// keeps Friday in the past.

import { textBefore, type ParsingContext } from './context.js';

const FUTURE_CUE = /(?<![\p{L}])(?:will|['’]ll|shall|going\s+to|scheduled|plans?|planned|planning|due\s+to|set\s+to|is\s+to|are\s+to|next|upcoming|coming|begins|starts|resumes|takes?\s+effect|payable|deadline|later\s+this|would)(?![\p{L}])/iu;
const CLAUSE_BREAK = /[;:!?]|,\s|\bbut\b|\band\b|\bwhich\b|\bwho\b|\bthat\b|\bsaid\b|\bsays\b/giu;

export function pointsToFuture(ctx: ParsingContext, start: number): boolean {
  let before = textBefore(ctx, start, 70);
  // keep only the clause the expression sits in
  let cut = 0;
  for (const m of before.matchAll(CLAUSE_BREAK)) cut = m.index + m[0].length;
  before = before.slice(cut);
  return FUTURE_CUE.test(before);
}
