// The properties every document and every batch must keep, shared by tests/properties.test.ts
// (a few hundred runs in `npm test`) and the campaign of `npm run fuzz`. Each check throws an
// Error saying what broke, so fast-check can shrink the input that breaks it.
import Ajv from 'ajv';
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { analyze } from '../../src/analyze.js';
import { BIN, ROOT } from '../helpers/cli.js';
import { badSpans } from '../helpers/spans.js';
import type { FuzzDoc } from './arbitraries.js';

const schema = JSON.parse(fs.readFileSync(path.join(ROOT, 'schema', 'document.schema.json'), 'utf8'));
const validate = new Ajv({ allErrors: true, strict: false }).compile(schema);

function fail(what: string, detail: unknown): never {
  throw new Error(`${what}: ${typeof detail === 'string' ? detail : JSON.stringify(detail)}`);
}

function sortedBy<T>(list: readonly T[], key: (x: T) => number, what: string): void {
  for (let i = 1; i < list.length; i++) if (key(list[i - 1]) > key(list[i])) fail(`${what} not sorted by start`, list.map(key));
}

/** The report as JSON, in a given time zone (Node re-reads TZ when it is assigned). */
function reportIn(tz: string, doc: FuzzDoc): string {
  const before = process.env.TZ;
  process.env.TZ = tz;
  try {
    return JSON.stringify(analyze(doc.text, { date: doc.date }));
  } finally {
    if (before === undefined) delete process.env.TZ;
    else process.env.TZ = before;
  }
}

const ZONES = ['Pacific/Kiritimati', 'Pacific/Apia', 'America/Los_Angeles', 'Asia/Kathmandu', 'Pacific/Pago_Pago'];

/** analyze() does not throw and no analyzer fails; spans are code-point slices; lists are
 *  sorted; the report is schema-valid; the same in UTC and in another zone. */
export function checkDocument(doc: FuzzDoc): void {
  const json = reportIn('UTC', doc);
  const report = JSON.parse(json) as Record<string, unknown> & { warnings?: unknown };
  if (report.warnings) fail('an analyzer failed', report.warnings);
  if (!validate(report)) fail('schema', validate.errors);
  const bad = badSpans(doc.text, report);
  if (bad.length) fail('span text is not the code-point slice', bad.slice(0, 3));
  sortedBy(report.dates as { start: number }[], (d) => d.start, 'dates');
  sortedBy(report.quotes as { start: number }[], (q) => q.start, 'quotes');
  sortedBy(report.events as { trigger: { start: number } }[], (e) => e.trigger.start, 'events');
  for (const e of report.entities as { name: string; mentions: { start: number }[] }[]) sortedBy(e.mentions, (m) => m.start, `mentions of ${e.name}`);
  const zone = ZONES[doc.text.length % ZONES.length];
  const there = reportIn(zone, doc);
  if (there !== json) fail(`TZ=${zone} gives another report than TZ=UTC`, { utc: json.slice(0, 400), there: there.slice(0, 400) });
}

/** The CLI on a JSONL batch: `node <bin> analyze --input-format jsonl --json --jobs N -`. */
export function runBatch(lines: readonly string[], jobs: number): { stdout: string; status: number | null } {
  const input = lines.length ? lines.join('\n') + '\n' : '';
  const r = spawnSync(process.execPath, [BIN, 'analyze', '--input-format', 'jsonl', '--json', '--jobs', String(jobs), '-'], { input, encoding: 'utf8', maxBuffer: 1 << 28 });
  if (r.status !== 0 && r.status !== 1) fail(`exit status ${r.status}`, r.stderr.slice(0, 400));
  return { stdout: r.stdout, status: r.status };
}

/** No line lost (one output line per input line, every one schema-valid, ids in input order);
 *  --jobs 1 equals --jobs 2; the batch equals its two halves (cut at `cut`) concatenated. */
export function checkBatch(lines: readonly string[], cut: number): void {
  const whole = runBatch(lines, 1);
  const out = whole.stdout.split('\n');
  if (out.pop() !== '' && lines.length) fail('output does not end with a newline', whole.stdout.slice(-200));
  if (out.length !== lines.length) fail(`${lines.length} lines in, ${out.length} out`, lines);
  out.forEach((line, i) => {
    const doc = JSON.parse(line) as { id: unknown };
    if (!validate(doc)) fail(`output line ${i + 1} is not schema-valid`, validate.errors);
    let id: unknown = null;
    try {
      const o = JSON.parse(lines[i]) as { id?: unknown };
      id = typeof o.id === 'string' ? o.id : typeof o.id === 'number' ? String(o.id) : null;
    } catch {
      // not JSON: its record has no id
    }
    if (doc.id !== id) fail(`output line ${i + 1} has id ${JSON.stringify(doc.id)}, input ${JSON.stringify(id)}`, lines[i]);
  });
  const two = runBatch(lines, 2);
  if (two.stdout !== whole.stdout || two.status !== whole.status) fail('--jobs 2 differs from --jobs 1', { lines });
  const k = Math.min(cut, lines.length);
  const halves = runBatch(lines.slice(0, k), 1).stdout + runBatch(lines.slice(k), 1).stdout;
  if (halves !== whole.stdout) fail(`the batch cut after line ${k} differs from the whole`, { lines });
}
