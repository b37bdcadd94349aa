// A full direct quotation with nobody to say it: no speaker in its sentence, its paragraph, or the
// quotation it continues. The quotes analyzer does the reading (cue, speaker, continuations,
// scare quotes and titles left out); this rule reports what it could not attribute.

import { excerpt } from '../text.js';
import type { RawFinding, Rule } from '../types.js';

export const quoteUnattributed: Rule = {
  id: 'quote-unattributed',
  severity: 'warning',
  summary: 'a full direct quotation with no speaker in its sentence, paragraph or continuation',
  help:
    'Flags a direct quotation that stands as a sentence of its own (not a fragment inside the writer\'s sentence) when ' +
    'no speaker is named in its sentence or paragraph and it does not continue an attributed quotation. Scare quotes, ' +
    'titles of works and nicknames are not quotations and are left alone, as are partial quotations. Say who said it.',
  find({ report }) {
    const out: RawFinding[] = [];
    for (const q of report.quotes ?? []) {
      if (q.partial || q.speaker !== null || q.speakerMention !== null) continue;
      out.push({ start: q.start, end: q.end, message: `no speaker for the quotation “${excerpt(q.text, 50)}”` });
    }
    return out;
  },
};
