// Which way an underspecified date points. News looks back: a bare "Tuesday" or "March" is the
// latest past one, unless the clause around it speaks of the future ("will", "is scheduled",
// "plans to", "next"). The cues are verb phrases, not bare words: "announced the plan
// Aug. 21" and "better-than-expected earnings Wednesday" stay in the past. Only the clause before the expression is read, so "said Friday it will"
// keeps Friday in the past.

import { textBefore, type ParsingContext } from './context.js';

const FUTURE_CUE = /(?<![\p{L}])(?:will|['’]ll|shall|going\s+to|scheduled|plans?\s+to|planned|planning|postponed\s+until|as\s+(?:soon|early)\s+as|(?:is|are)\s+due|due\s+to\s+(?:be|start|begin|open|close|expire|meet|vote|arrive|leave|end)|set\s+to|is\s+to|are\s+to|(?:is|are)\s+expected\s+to|next|upcoming|coming|begins|starts|resumes|takes?\s+effect|payable|deadline|later\s+this)(?![\p{L}])/iu;
// the past perfect speaks of a plan that lay in the past ("had been scheduled to expire Friday")
const PAST_PERFECT = /(?<![\p{L}])had(?![\p{L}])/iu;
const CLAUSE_BREAK = /[;:!?]|,\s|\bbut\b|\band\b|\bwhich\b|\bwho\b|\bthat\b|\bsaid\b|\bsays\b/giu;

export function pointsToFuture(ctx: ParsingContext, start: number): boolean {
  let before = textBefore(ctx, start, 70);
  // keep only the clause the expression sits in
  let cut = 0;
  for (const m of before.matchAll(CLAUSE_BREAK)) cut = m.index + m[0].length;
  before = before.slice(cut);
  return FUTURE_CUE.test(before) && !PAST_PERFECT.test(before);
}
