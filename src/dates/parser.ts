// The parser contract (chrono style): a module-level global regex run over one sentence, and an
// extract function turning a match into candidates (or nothing, when the context vetoes it).

import type { Candidate, ParsingContext } from './context.js';

export interface Parser {
  name: string;
  pattern: RegExp;
  /** `m.index` is relative to the sentence; `offset` turns it into an article offset. */
  extract(ctx: ParsingContext, m: RegExpExecArray, offset: number): Candidate | Candidate[] | null;
}

/** Every candidate the parser finds in the current sentence. */
export function runParser(parser: Parser, ctx: ParsingContext): Candidate[] {
  const out: Candidate[] = [];
  const re = parser.pattern;
  re.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = re.exec(ctx.sentenceText)) !== null) {
    if (m[0].length === 0) {
      re.lastIndex++;
      continue;
    }
    const found = parser.extract(ctx, m, ctx.sentence.start);
    if (Array.isArray(found)) out.push(...found);
    else if (found) out.push(found);
  }
  return out;
}

/** Word boundaries for patterns: no letter or digit right before or after. */
export const B = String.raw`(?<![\p{L}\p{N}])`;
export const E = String.raw`(?![\p{L}\p{N}])`;

export function candidate(
  source: string,
  start: number,
  text: string,
  fields: Omit<Candidate, 'start' | 'end' | 'source' | 'range'> & { range?: Candidate['range'] },
): Candidate {
  return { start, end: start + text.length, range: null, source, ...fields };
}
