// The rules read the report with its spans in UTF-16 indices of the text (what JavaScript
// strings and regexes use); the analysis gives them in code points (the contract's unit). Texts
// without astral characters are the same either way.

import type { DocumentReport, Span } from '../types.js';

export function utf16Report(report: DocumentReport, text: string): DocumentReport {
  if (!/[\uD800-\uDBFF]/.test(text)) return report;
  const toUtf16: number[] = [];
  for (let i = 0; i < text.length; i++) {
    toUtf16.push(i);
    const c = text.charCodeAt(i);
    if (c >= 0xd800 && c <= 0xdbff && i + 1 < text.length) i++;
  }
  toUtf16.push(text.length);
  const map = <T extends { start: number; end: number }>(s: T): T => ({ ...s, start: toUtf16[s.start], end: toUtf16[s.end] });
  return {
    ...report,
    entities: report.entities?.map((e) => ({ ...e, mentions: e.mentions.map((m: Span) => map(m)) })),
    dates: report.dates?.map(map),
    quotes: report.quotes?.map((q) => ({ ...map(q), speakerMention: q.speakerMention ? map(q.speakerMention) : null })),
    events: report.events?.map((e) => ({ ...e, trigger: map(e.trigger), sentence: map(e.sentence), date: e.date ? map(e.date) : null })),
  };
}
