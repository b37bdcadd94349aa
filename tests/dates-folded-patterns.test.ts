// runParser runs an `iu` date pattern without `i` on a case-folded copy of the sentence (cheaper to
// compile, src/dates/parser.ts foldedSource): it must find exactly what the pattern finds with its
// own flags, group texts included, in any case and with the two letters beyond ASCII that `iu`
// matches to ASCII ones (the Kelvin sign, the long s) or that change length in lower case (İ).
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { PARSERS } from '../src/dates/configuration.js';
import type { ParsingContext } from '../src/dates/context.js';
import { runParser, type Parser } from '../src/dates/parser.js';

function viaRunParser(parser: Parser, text: string): string[][] {
  const found: string[][] = [];
  const probe: Parser = { name: parser.name, pattern: parser.pattern, extract: (_ctx, m) => (found.push([String(m.index), ...m.map(String)]), null) };
  runParser(probe, { sentenceText: text, sentence: { start: 0, end: text.length } } as unknown as ParsingContext);
  return found;
}

function viaWholePattern(parser: Parser, text: string): string[][] {
  const re = new RegExp(parser.pattern.source, parser.pattern.flags);
  const found: string[][] = [];
  let m: RegExpExecArray | null;
  while ((m = re.exec(text)) !== null) {
    if (m[0].length === 0) {
      re.lastIndex++;
      continue;
    }
    found.push([String(m.index), ...m.map(String)]);
  }
  return found;
}

describe('folded patterns', () => {
  const words = fc.constantFrom(
    'six', '\u017Fix', 'SIX', 'Twenty-Five', 'two', 'a', 'An', 'days', 'DAYS', 'wee\u212A', 'weeks', 'years', 'Year', 'ago', 'AGO', 'from now',
    'in', 'In', 'every', 'EACH', 'other', 'the', 'The', 'last', 'Next', 'Monday', 'december', 'Christmas', 'Day', "1990's", 'nineteen', 'Ninety',
    'spring', 'quarter', 'first', 'half', 'fiscal', 'FY', '2024', '3', 'morning', 'tonight', 'minutes', 'hour', 'o\u2019clock', 'noon', 'earlier',
    '\u0130', '\u03A3', '\u00C9t\u00E9', ' ', ' ', ' ', '-', ',', '.',
  );
  const folded = PARSERS.filter((p) => p.pattern.flags.includes('i') && p.pattern.flags.includes('u'));
  it.each(folded.map((p) => [p.name, p] as const))('%s finds what its pattern finds', (_name, parser) => {
    fc.assert(
      fc.property(fc.array(words, { maxLength: 14 }), (parts) => {
        const text = parts.join(' ');
        expect(viaRunParser(parser, text)).toEqual(viaWholePattern(parser, text));
      }),
      { numRuns: 300, seed: 13 },
    );
  });
  it('keeps the text as written', () => {
    const ago = PARSERS.find((p) => p.name === 'ago')!;
    const text = 'It ended \u017FIX Wee\u212As AGO.';
    expect(viaRunParser(ago, text).map((m) => m.slice(0, 2))).toEqual([['9', '\u017FIX Wee\u212As AGO']]);
    expect(viaRunParser(ago, text)).toEqual(viaWholePattern(ago, text));
  });
});
