// The seed article end to end: the CLI's whole `analyze` output against a reviewed golden file,
// and the careful reader's checks of ../shared (when that folder is beside the project).
// Regenerate after a reviewed change: UPDATE_GOLDEN=1 npx vitest run tests/golden.test.ts
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { fixture, newsx, ROOT } from './helpers/cli.js';

const GOLDEN = path.join(ROOT, 'tests', 'golden', 'serbia-russia-call.analyze.json');
const SHARED = path.resolve(ROOT, '..', 'shared');
const CHECK = path.join(SHARED, 'tools', 'check-expected.mjs');

describe('seed article', () => {
  it('analyze output equals the golden file', () => {
    const r = newsx(['analyze', fixture('serbia-russia-call.txt'), '--date', '2024-10-21', '--pretty']);
    expect(r.status).toBe(0);
    const got = JSON.parse(r.stdout);
    got.id = 'fixtures/serbia-russia-call.txt';
    if (process.env.UPDATE_GOLDEN) fs.writeFileSync(GOLDEN, JSON.stringify(got, null, 2) + '\n');
    expect(got).toEqual(JSON.parse(fs.readFileSync(GOLDEN, 'utf8')));
  });

  it.skipIf(!fs.existsSync(CHECK))("meets every check of the careful reader's expectations", () => {
    const r = spawnSync(process.execPath, [CHECK, ROOT, fixture('serbia-russia-call.expected.json'), fixture('serbia-russia-call.txt')], { encoding: 'utf8' });
    expect(r.stdout.split('\n').filter((l) => l.startsWith('MISSING'))).toEqual([]);
    expect(r.status).toBe(0);
  });

  it('timeline lists the dated events in calendar order', () => {
    const doc = JSON.parse(newsx(['timeline', fixture('serbia-russia-call.txt'), '--date', '2024-10-21', '--json']).stdout);
    const rows = (doc.events as { trigger: { text: string }; date: { value: string } }[]).map((e) => `${e.date.value} ${e.trigger.text}`);
    const order = ['1945 surrender', '2024-10-20 said', '2024-10-20 met', '2024-10-22 summit', '2024-WI provide', '2025-05-09 invited'];
    const at = order.map((row) => rows.indexOf(row));
    expect(at.every((i) => i >= 0), rows.join(' | ')).toBe(true);
    expect(at).toEqual([...at].sort((a, b) => a - b));
  });
});
