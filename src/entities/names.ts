// How a name's surface form is compared and cleaned. Every comparison in resolution goes through
// nameKey, so "RUSSIA", "Russia", "the U.S." / "US" and "Vucic" / "Vučić" meet on one key.

const MARKS = /\p{M}+/gu;
const CLEAN_EDGE = /^[\p{L}\p{N}]$/u;
const ASCII = /^[\x20-\x7e]*$/;
const SIMPLE = /^[a-z0-9-]+(?: [a-z0-9-]+)*$/;
const POSSESSIVE = /['’]s?$/u;
// Edge characters a name never starts or ends with; a trailing "." stays when it closes an
// abbreviation ("U.S.", "Inc.").
const EDGE_START = /^[\s\p{P}\p{S}]+/u;
const EDGE_END = /[\s\p{P}\p{S}]+$/u;
const ABBREVIATION_END = /(?:\b\p{L}\.\p{L}\.|\b(?:Inc|Ltd|Co|Corp|Jr|Sr|St)\.)$/u;

/** The comparison key of a name: NFC, case and diacritics folded, dots dropped, no leading "the". */
export function nameKey(surface: string): string {
  // Most names are plain ASCII words: skip the Unicode decomposition and the clean-up for them
  // (this runs for every mention and every lexicon entry).
  const folded = ASCII.test(surface) ? surface : surface.normalize('NFD').replace(MARKS, '');
  let key = folded.toLowerCase();
  if (!SIMPLE.test(key)) key = key.replace(/’/g, "'").replace(/\./g, '').replace(/\s+/g, ' ').trim();
  return key.startsWith('the ') ? key.slice(4) : key;
}

/** The words of a name, for surname and initial matching ("Aleksandar Vučić" → 2 words). */
export function nameWords(key: string): string[] {
  return key ? key.split(' ') : [];
}

/** True when the name is written in capitals only, as in headlines ("RUSSIA"). */
export function isAllCaps(surface: string): boolean {
  return /\p{Lu}/u.test(surface) && !/\p{Ll}/u.test(surface);
}

/** Ends that belong to the name: "U.S.", "Inc.", a closed bracket "Proleter (Z)", a currency "C$"
 * (a bracket opened at the start and closed inside stays too). */
function keepsEnd(piece: string, trail: string): boolean {
  if (trail === '.') return ABBREVIATION_END.test(piece);
  if (trail.trimStart() === ')') return piece.includes('(');
  return /^\p{Sc}$/u.test(trail) && /\p{L}\p{Sc}$/u.test(piece);
}

/** A span trimmed of edge punctuation and a possessive "'s" (a leading "The" stays: "The Hague"); null when nothing is left. */
export function cleanSpan(text: string, start: number, end: number): { start: number; end: number } | null {
  // The usual case, a clean name from the recogniser: a letter or digit at both ends, no "'s".
  if (end > start && CLEAN_EDGE.test(text[start]) && CLEAN_EDGE.test(text[end - 1]) && !POSSESSIVE.test(text.slice(start, end)))
    return { start, end };
  let s = start;
  let e = end;
  for (let guard = 0; guard < 4 && e > s; guard++) {
    const piece = text.slice(s, e);
    const lead = EDGE_START.exec(piece);
    if (lead && !(lead[0].trimEnd() === '(' && piece.includes(')'))) {
      s += lead[0].length;
      continue;
    }
    const poss = POSSESSIVE.exec(piece);
    if (poss && e - s > poss[0].length) {
      e -= poss[0].length;
      continue;
    }
    const trail = EDGE_END.exec(piece);
    if (trail && !keepsEnd(piece, trail[0])) {
      e -= trail[0].length;
      continue;
    }
    break;
  }
  return e > s ? { start: s, end: e } : null;
}
