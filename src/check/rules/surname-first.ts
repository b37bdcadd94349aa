// A person first mentioned by surname alone ("Braverman said…", "Mr Braverman said…") while the
// full name ("Suella Braverman") only comes later: the first reference should carry the full
// name. A headline (a first line with no closing stop) is left alone: headlines use surnames.

import type { Entity, Span } from '../../types.js';
import type { CheckContext, RawFinding, Rule } from '../types.js';

const HONORIFIC_RE = /^(?:Mr|Mrs|Ms|Miss|Mx|Dr|Prof|Sir|Dame)\.?\s+/;
const POSSESSIVE_RE = /['’]s?$/;

function words(s: string): string[] {
  return s.replace(HONORIFIC_RE, '').split(/\s+/).map((w) => w.replace(POSSESSIVE_RE, '')).filter(Boolean);
}

/** The span of a first line that reads as a headline (no stop at its end), or null. */
function headline(ctx: CheckContext): { start: number; end: number } | null {
  const first = ctx.paragraphs[0];
  if (!first || /[.!?…]["”’)]*$/.test(ctx.text.slice(first.start, first.end))) return null;
  return first;
}

export const surnameFirst: Rule = {
  id: 'surname-first',
  severity: 'warning',
  summary: 'a person first mentioned by surname alone while the full name appears later',
  help:
    'Flags the first mention of a person when it is the surname alone ("Braverman said", "Mr Braverman said") and the ' +
    'full name ("Suella Braverman") comes only later in the article. News style gives the full name at the first ' +
    'reference. A headline (a first line without a closing stop) is not counted as a first reference.',
  find(ctx) {
    const out: RawFinding[] = [];
    const head = headline(ctx);
    const people = (ctx.report.entities ?? []).filter((e: Entity) => e.type === 'PERSON');
    for (const e of people) {
      const mentions = e.mentions.filter((m: Span) => !head || m.start >= head.end);
      const first = mentions[0];
      if (!first) continue;
      const w = words(first.text);
      if (w.length !== 1) continue;
      const full = mentions.find((m) => {
        const mw = words(m.text);
        return mw.length > 1 && mw[mw.length - 1] === w[0] && !/^\p{Lu}\.?$/u.test(mw[0]);
      });
      if (!full) continue;
      out.push({ start: first.start, end: first.end, message: `"${first.text}" is the first mention; the full name "${full.text}" comes later` });
    }
    return out.sort((a, b) => a.start - b.start);
  },
};
