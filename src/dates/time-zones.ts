// Time zones written after a clock time ("10 a.m. PST", "15:11 GMT"), and the ISO 8601 offset
// TIMEX3 writes for them ("T10:00-08:00"). Only abbreviations with one common reading in English
// news are listed: "IST" (India, Ireland, Israel) and "CST" in Asian news are left out of the value.

export const ZONE_OFFSETS: Readonly<Record<string, string>> = {
  UTC: 'Z', GMT: 'Z', Z: 'Z',
  EST: '-05:00', EDT: '-04:00', CST: '-06:00', CDT: '-05:00', MST: '-07:00', MDT: '-06:00', PST: '-08:00', PDT: '-07:00',
  AKST: '-09:00', AKDT: '-08:00', HST: '-10:00', AST: '-04:00', ADT: '-03:00',
  BST: '+01:00', WET: 'Z', WEST: '+01:00', CET: '+01:00', CEST: '+02:00', EET: '+02:00', EEST: '+03:00', MSK: '+03:00',
  JST: '+09:00', KST: '+09:00', HKT: '+08:00', SGT: '+08:00', AEST: '+10:00', AEDT: '+11:00', NZST: '+12:00', NZDT: '+13:00',
};

/** The pattern of a zone after a time: an abbreviation, "(EST)", or an offset such as "UTC+3" or "GMT-05:00". */
// (a closing parenthesis only when the zone opened one: "10:35 a.m. (0735 GMT) Friday" keeps its own)
export const ZONE_SOURCE = String.raw`(?:\s*\(?(${Object.keys(ZONE_OFFSETS).filter((z) => z !== 'Z').join('|')})(?:([+-]\d{1,2})(?::?(\d{2}))?)?(?![\p{L}\p{N}])(?:(?<=\(\p{Lu}{2,4}(?:[+-][\d:]{1,5})?)\))?|\s+(local\s+time))`;

/** The ISO suffix for a matched zone (abbreviation and optional offset after it), or '' when unknown. */
export function zoneSuffix(abbreviation: string | undefined, hours?: string, minutes?: string): string {
  if (!abbreviation) return '';
  const base = ZONE_OFFSETS[abbreviation.toUpperCase()];
  if (base === undefined) return '';
  if (hours === undefined) return base;
  // "UTC+3", "GMT-05:00": the offset counts from UTC
  const h = +hours;
  const sign = h < 0 || hours.startsWith('-') ? '-' : '+';
  return `${sign}${String(Math.abs(h)).padStart(2, '0')}:${minutes ?? '00'}`;
}
