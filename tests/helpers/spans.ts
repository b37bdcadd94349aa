// Every span of a report, with the code-point slice of the text it must equal.
export interface AnySpan {
  start: number;
  end: number;
  text?: string;
}

export function spansOf(report: Record<string, unknown>): AnySpan[] {
  const out: AnySpan[] = [];
  for (const e of (report.entities as { mentions: AnySpan[] }[] | undefined) ?? []) out.push(...e.mentions);
  for (const d of (report.dates as AnySpan[] | undefined) ?? []) out.push(d);
  for (const q of (report.quotes as (AnySpan & { speakerMention: AnySpan | null })[] | undefined) ?? []) {
    out.push(q);
    if (q.speakerMention) out.push(q.speakerMention);
  }
  for (const e of (report.events as { trigger: AnySpan; date: AnySpan | null }[] | undefined) ?? []) {
    out.push(e.trigger);
    if (e.date) out.push(e.date);
  }
  return out;
}

export function badSpans(text: string, report: Record<string, unknown>): AnySpan[] {
  const cps = Array.from(text.replace(/^\uFEFF/, ''));
  return spansOf(report).filter((s) => s.text !== undefined && cps.slice(s.start, s.end).join('') !== s.text);
}
