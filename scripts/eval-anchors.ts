// Scores the dates newsx gives its events against the time links of TempEval-3's TBAQ
// (../shared/corpora/tempeval3-tbaq: gold.jsonl for the texts, events and time expressions;
// raw/*.tml for the TLINKs, which gold.jsonl leaves out).
// Usage: node dist/scripts/eval-anchors.js [TBAQ_DIR] [--show N]   (npm run eval:anchors)
//
// Gold anchors: a TLINK between an event and a DATE or TIME expression of the text (not the
// document's own date) in the same sentence, with a relation that places the event at that time
// (IS_INCLUDED, INCLUDES, DURING, SIMULTANEOUS, IDENTITY, BEGINS, ENDS, BEGUN_BY, ENDED_BY; not
// BEFORE or AFTER: "before Monday" does not date the event to Monday).
//
// Scores, over the gold events newsx finds (its trigger overlaps the gold event) that have a gold
// anchor: anchoring accuracy = share where newsx's date overlaps one of the event's gold anchors;
// the same over those whose anchor newsx's dates analyzer found (its misses left out); precision = share of the dates newsx gives those events that overlap a gold anchor.
// TimeBank's annotators did not link every pair, so a date on an event without a gold anchor is
// not judged; how many there are is printed apart.
import fs from 'node:fs';
import path from 'node:path';
import { analyze } from '../src/analyze.js';
import type { NewsEvent } from '../src/types.js';

const args = process.argv.slice(2);
const showAt = args.indexOf('--show');
const show = showAt >= 0 ? Number(args[showAt + 1]) : 0;
const dir = args.find((a, i) => !a.startsWith('--') && (showAt < 0 || i !== showAt + 1)) ?? path.resolve('../shared/corpora/tempeval3-tbaq');

const ANCHORING = new Set(['IS_INCLUDED', 'INCLUDES', 'DURING', 'DURING_INV', 'SIMULTANEOUS', 'IDENTITY', 'BEGINS', 'ENDS', 'BEGUN_BY', 'ENDED_BY']);

interface Span {
  start: number;
  end: number;
  text: string;
}

interface GoldDoc {
  id: string;
  text: string;
  dct: string | null;
  events: (Span & { eid: string })[];
  timexes: (Span & { tid: string; type: string })[];
}

const attr = (tag: string, name: string) => new RegExp(`\\b${name}="([^"]*)"`).exec(tag)?.[1] ?? null;
const overlaps = (a: { start: number; end: number }, b: { start: number; end: number }) => a.start < b.end && b.start < a.end;

/** Event id → time ids it is anchored to, from the document's TLINKs. */
function anchorsOf(tml: string): Map<string, Set<string>> {
  const eventOf = new Map<string, string>();
  for (const m of tml.matchAll(/<MAKEINSTANCE\b[^>]*>/g)) eventOf.set(attr(m[0], 'eiid') ?? '', attr(m[0], 'eventID') ?? '');
  const out = new Map<string, Set<string>>();
  for (const m of tml.matchAll(/<TLINK\b[^>]*>/g)) {
    const rel = attr(m[0], 'relType') ?? '';
    if (!ANCHORING.has(rel)) continue;
    const ei = attr(m[0], 'eventInstanceID') ?? attr(m[0], 'relatedToEventInstance');
    const t = attr(m[0], 'relatedToTime') ?? attr(m[0], 'timeID');
    // An event-event or time-time link has no event or no time on one side.
    if (!ei || !t || (attr(m[0], 'eventInstanceID') && attr(m[0], 'relatedToEventInstance')) || (attr(m[0], 'timeID') && attr(m[0], 'relatedToTime'))) continue;
    const e = eventOf.get(ei);
    if (!e) continue;
    out.set(e, (out.get(e) ?? new Set()).add(t));
  }
  return out;
}

function main(): void {
  const docs = fs
    .readFileSync(path.join(dir, 'gold.jsonl'), 'utf8')
    .split('\n')
    .filter(Boolean)
    .map((l) => JSON.parse(l) as GoldDoc);
  const t = { anchored: 0, found: 0, right: 0, timexFound: 0, rightOfTimexFound: 0, dates: 0, datesRight: 0, unjudged: 0 };
  const misses: string[] = [];
  for (const doc of docs) {
    const links = anchorsOf(fs.readFileSync(path.join(dir, 'raw', `${doc.id}.tml`), 'utf8'));
    const report = analyze(doc.text, { id: doc.id, date: doc.dct, tasks: ['dates', 'events'] });
    // The report's offsets are code points, as gold.jsonl's.
    const events = report.events ?? [];
    const dates = report.dates ?? [];
    const timexById = new Map(doc.timexes.map((x) => [x.tid, x] as const));
    for (const g of doc.events) {
      const e: NewsEvent | undefined = events.find((x) => overlaps(x.trigger, g));
      const anchors = [...(links.get(g.eid) ?? [])]
        .map((id) => timexById.get(id))
        .filter((x): x is GoldDoc['timexes'][number] => !!x && (x.type === 'DATE' || x.type === 'TIME'))
        // The same sentence: inside the sentence newsx puts the event in.
        .filter((x) => !e || (x.start >= e.sentence.start && x.end <= e.sentence.end));
      if (!e) {
        if (anchors.length) t.anchored++;
        continue;
      }
      if (!anchors.length) {
        if (e.date) t.unjudged++;
        continue;
      }
      t.anchored++;
      t.found++;
      const right = !!e.date && anchors.some((x) => overlaps(x, e.date!));
      if (right) t.right++;
      if (e.date) {
        t.dates++;
        if (right) t.datesRight++;
      }
      // Did newsx's dates analyzer find the anchor at all?
      const timexFound = dates.some((x) => anchors.some((a) => overlaps(a, x)));
      if (timexFound) {
        t.timexFound++;
        if (right) t.rightOfTimexFound++;
      }
      if (!right) {
        const s = doc.text.slice(e.sentence.start, e.sentence.end).replace(/\s+/g, ' ');
        misses.push(`${doc.id} [${g.text}] gold ${anchors.map((x) => x.text).join(' | ')} got ${e.date ? e.date.text : '-'}${timexFound ? '' : ' (anchor not found as a date)'}: ${s.slice(0, 200)}`);
      }
    }
  }
  const pct = (a: number, b: number) => (b ? ((100 * a) / b).toFixed(1) : '-');
  console.log(`TBAQ (${docs.length} documents): ${t.anchored} events with a gold anchor in their sentence, ${t.found} found by newsx`);
  console.log(`anchoring accuracy ${pct(t.right, t.found)} (${t.right}/${t.found}); where newsx found the anchor as a date ${pct(t.rightOfTimexFound, t.timexFound)} (${t.rightOfTimexFound}/${t.timexFound})`);
  console.log(`precision of the dates given to those events ${pct(t.datesRight, t.dates)} (${t.datesRight}/${t.dates})`);
  console.log(`dates given to events with no gold anchor (not judged): ${t.unjudged}`);
  if (show) for (const m of misses.slice(0, show)) console.log(m);
}

main();
