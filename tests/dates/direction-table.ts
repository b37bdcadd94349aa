// Which way a month or weekday without a year points: the tense of the verb that governs it and
// the future cues of its clause. Reference date Monday 21 October 2024 (February 2024 lies more
// than eight months back, so without a tense it would be the coming February).
import type { Row } from '../helpers/date-table.js';

/** An "and" or "or" with no verb of its own joins two phrases of one clause, not two clauses. */
export const COORDINATED_PHRASES: Row[] = [
  ['He stepped down as chairman, president and chief executive in February.', 'February', 'DATE', '2024-02'],
  ['Sales rose 5% in 2023 and 7% in February.', [['2023', 'DATE', '2023'], ['February', 'DATE', '2024-02']]],
  ['The firm closed plants in Ohio or Texas in February.', 'February', 'DATE', '2024-02'],
  ['The airline will double its flights between Paris and Rome by August.', 'August', 'DATE', '2025-08'],
  ['The club will play in Madrid, Lisbon and Porto in September.', 'September', 'DATE', '2025-09'],
  // a verb after the "and" starts a clause of its own, with its own tense
  ['The board will meet on Monday and approved the budget in February.', [['Monday', 'DATE', '2024-10-21'], ['February', 'DATE', '2024-02']]],
  ['Officials will review the plan and it passed in February.', 'February', 'DATE', '2024-02'],
];

/** "next to" is a place, not a time ahead. */
export const NOT_FUTURE_CUES: Row[] = [
  ['Debris fell in the street next to the school on Friday.', 'Friday', 'DATE', '2024-10-18'],
  ['Shells landed next to the embassies in Kenya and Tanzania on Friday.', 'Friday', 'DATE', '2024-10-18'],
  ['The talks resume next Friday.', 'next Friday', 'DATE', '2024-10-25'],
  // a participle modifying a noun says nothing of when; as a verb it plans ahead
  ['On Friday, when she set aside her holiday for the hastily planned trip to Kenya, the embassy reopened.', 'Friday', 'DATE', '2024-10-18'],
  ['The hastily scheduled vote on Friday was cancelled.', 'Friday', 'DATE', '2024-10-18'],
  ['Their planned merger collapsed on Friday.', 'Friday', 'DATE', '2024-10-18'],
  ['The vote is planned for Friday.', 'Friday', 'DATE', '2024-10-25'],
  ['Talks are scheduled for Friday.', 'Friday', 'DATE', '2024-10-25'],
];

/** A future cue reaches across a long clause: it is the clause's breaks that bound it. */
export const LONG_CLAUSES: Row[] = [
  ['She will be named commander of the Space Shuttle Columbia for a mission in June.', 'June', 'DATE', '2025-06'],
  ['The agency is expected to announce its choice of the new shuttle commander for the mission in June.', 'June', 'DATE', '2025-06'],
  // a break still ends the clause
  ['She will be named commander, and the crew of the shuttle Columbia flew its mission in June.', 'June', 'DATE', '2024-06'],
];

/** "this weekend" on a weekday: the coming one, or the one just gone when its verb is in the past. */
export const THIS_WEEKEND: Row[] = [
  ['The fair took place at the convention centre this weekend.', 'this weekend', 'DATE', '2024-W42-WE', '2024-10-22'],
  ['She was a guest at the science fair this weekend, and met the finalists.', 'this weekend', 'DATE', '2024-W42-WE', '2024-10-23'],
  ['The fair opens this weekend.', 'this weekend', 'DATE', '2024-W43-WE', '2024-10-22'],
  ['We will meet this weekend.', 'this weekend', 'DATE', '2024-W43-WE', '2024-10-22'],
  // said on the weekend itself, it is that weekend
  ['The fair was held this weekend.', 'this weekend', 'DATE', '2024-W43-WE', '2024-10-26'],
];
