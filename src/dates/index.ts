// The dates analyzer: TIMEX3 time expressions, found sentence by sentence by the parsers of
// configuration.ts, then settled by its refiners. Linear in the article: each regex runs once
// over each sentence, and refiners only see that sentence's few candidates.

import type { Article } from '../article/article.js';
import type { DateExpression } from '../types.js';
import { sentenceTags } from '../model/pos.js';
import { parseIsoDay } from './calendar.js';
import { PARSERS, REFINERS } from './configuration.js';
import type { Candidate, DocumentState, ParsingContext } from './context.js';
import { runParser } from './parser.js';

const RANGE_END = /^\d{4}-/;

/** A range is inclusive calendar days written YYYY-MM-DD (the contract); a span that reaches past
 *  9999-12-31 (a reference date at the calendar's end and "next June") has no such days, so it gets
 *  no range, while its value keeps ISO 8601's expanded year. */
function writableRange(range: Candidate['range']): Candidate['range'] {
  return range && RANGE_END.test(range.start) && RANGE_END.test(range.end) ? range : null;
}

/** TIMEX3 time expressions of the article, sorted by start. */
export function findDates(article: Article): DateExpression[] {
  const ref = parseIsoDay(article.referenceDate);
  const state: DocumentState = { lastPoint: null, lastQuarter: null, topicQuarter: null };
  const out: DateExpression[] = [];
  article.sentences.forEach((sentence, sentenceIndex) => {
    const ctx: ParsingContext = {
      text: article.text,
      sentence,
      sentenceIndex,
      sentenceText: article.text.slice(sentence.start, sentence.end),
      ref,
      state,
      // tagged only when some date of the sentence needs the tense of its verb (few sentences do),
      // through the article's shared cache (the same tagWords on the raw tokens that events and
      // quotes read), so no sentence is tagged twice
      tags: () => sentenceTags(article, sentenceIndex),
    };
    let candidates: Candidate[] = [];
    for (const parser of PARSERS) runParser(parser, ctx, candidates);
    for (const refiner of REFINERS) candidates = refiner.refine(ctx, candidates);
    for (const c of candidates) {
      out.push({ text: article.text.slice(c.start, c.end), start: c.start, end: c.end, type: c.type, value: c.value, range: writableRange(c.range) });
    }
  });
  return out.sort((a, b) => a.start - b.start);
}
