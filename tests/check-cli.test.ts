// `newsx check` end to end on the built binary: the four formats, exit statuses, rule selection,
// the config file, Markdown and HTML input, and the SARIF log against the official schema.
import Ajv from 'ajv';
import AjvDraft04 from 'ajv-draft-04';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { jsonLines, newsx, ROOT } from './helpers/cli.js';

const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'newsx-check-'));
const write = (name: string, data: string) => {
  const f = path.join(tmp, name);
  fs.mkdirSync(path.dirname(f), { recursive: true });
  fs.writeFileSync(f, data);
  return f;
};
const readJson = (p: string) => JSON.parse(fs.readFileSync(path.join(ROOT, p), 'utf8'));
const validateCheck = new Ajv({ allErrors: true, strict: false }).compile(readJson('schema/check.schema.json'));
const validateSarif = new AjvDraft04({ allErrors: true, strict: false, unicodeRegExp: false }).compile(readJson('schema/vendor/sarif-2.1.0-rtm.5.json'));

// One error (an impossible date), one warning (a quotation nobody says), nothing else.
const ARTICLE = 'LONDON, March 4, 2024 - The council met on February 30 to vote.\n"We will never accept these terms under any circumstances."\nThe next round is in May.\n';
const CLEAN = 'LONDON, March 4, 2024 - The council met on Tuesday, March 5, 2024 to vote.\n';
const BAD = write('bad.txt', ARTICLE);
const GOOD = write('good.txt', CLEAN);

describe('newsx check formats', () => {
  it('table: findings grouped by file, a summary line, exit 1 on an error', () => {
    const r = newsx(['check', BAD, GOOD]);
    expect(r.status).toBe(1);
    expect(r.stdout).toContain(BAD);
    expect(r.stdout).not.toContain(GOOD);
    expect(r.stdout).toMatch(/impossible-date\s*│ error\s*│ 1:44 /);
    expect(r.stdout).toMatch(/quote-unattributed\s*│ warning\s*│ 2:2 /);
    expect(r.stdout.trimEnd().split('\n').pop()).toBe('1 error, 1 warning, 0 info in 1 of 2 documents.');
  });
  it('json: one record per document, valid against schema/check.schema.json, code-point spans', () => {
    const r = newsx(['check', '--json', BAD, GOOD]);
    const records = jsonLines(r.stdout);
    expect(records.map((x) => x.id)).toEqual([BAD, GOOD]);
    for (const rec of records) expect(validateCheck(rec), JSON.stringify(validateCheck.errors)).toBe(true);
    const findings = records[0].findings as { rule: string; start: number; end: number; text: string; line: number; column: number }[];
    expect(findings.map((f) => [f.rule, f.start, f.end, f.text, f.line, f.column])).toEqual([
      ['impossible-date', 43, 54, 'February 30', 1, 44],
      ['quote-unattributed', 65, 122, 'We will never accept these terms under any circumstances.', 2, 2],
    ]);
    for (const f of findings) expect(ARTICLE.slice(f.start, f.end)).toBe(f.text);
    expect(records[1].findings).toEqual([]);
    expect(newsx(['check', '--format', 'json', BAD]).stdout).toBe(newsx(['check', '--json', BAD]).stdout);
  });
  it('github: one workflow command per finding', () => {
    const r = newsx(['check', '--format', 'github', BAD]);
    expect(r.status).toBe(1);
    expect(r.stdout).toBe(
      `::error file=${BAD},line=1,col=44,endLine=1,endColumn=55,title=impossible-date::"February 30" does not exist: February has no day 30\n` +
        `::warning file=${BAD},line=2,col=2,endLine=2,endColumn=59,title=quote-unattributed::no speaker for the quotation “We will never accept these terms under any circum…”\n`,
    );
  });
  it('sarif: one log for the run that validates against the SARIF 2.1.0 schema', () => {
    const r = newsx(['check', '--format', 'sarif', BAD, GOOD]);
    expect(r.status).toBe(1);
    const log = JSON.parse(r.stdout);
    expect(validateSarif(log), JSON.stringify(validateSarif.errors)).toBe(true);
    const run = log.runs[0];
    expect(run.tool.driver.rules.map((x: { id: string }) => x.id)).toEqual([
      'weekday-mismatch', 'impossible-date', 'name-variant', 'quote-unclosed', 'quote-unattributed', 'surname-first', 'relative-date-unanchored',
    ]);
    expect(run.tool.driver.rules[1].help.text).toMatch(/February 30/);
    expect(run.results.map((x: { ruleId: string; level: string }) => [x.ruleId, x.level])).toEqual([
      ['impossible-date', 'error'],
      ['quote-unattributed', 'warning'],
    ]);
    expect(run.results[0].locations[0].physicalLocation.region).toMatchObject({ startLine: 1, startColumn: 44, endLine: 1, endColumn: 55 });
  });
  it('sarif: a run without findings is a valid log too', () => {
    const log = JSON.parse(newsx(['check', '--format', 'sarif', GOOD]).stdout);
    expect(validateSarif(log)).toBe(true);
    expect(log.runs[0].results).toEqual([]);
  });
});

describe('newsx check exit statuses and rule selection', () => {
  it.each([
    [[], 1],
    [['--fail-on', 'none'], 0],
    [['--fail-on', 'warning'], 1],
    [['--disable', 'impossible-date'], 0],
    [['--disable', 'impossible-date', '--fail-on', 'warning'], 1],
    [['--rules', 'quote-unattributed', '--fail-on', 'info'], 1],
    [['--rules', 'surname-first', '--fail-on', 'info'], 0],
  ])('%j -> %i', (args, status) => {
    expect(newsx(['check', BAD, ...(args as string[])]).status).toBe(status);
  });
  it('a clean article exits 0', () => {
    expect(newsx(['check', GOOD]).status).toBe(0);
  });
  it.each([
    [['--fail-on', 'fatal'], /--fail-on: expected one of error, warning, info, none/],
    [['--rules', 'no-such-rule'], /--rules: unknown rule "no-such-rule"/],
    [['--format', 'xml'], /Allowed choices are table, json, github, sarif/],
    [['--format', 'html'], /Allowed choices are table, json, github, sarif/],
    [['--json', '--format', 'sarif'], /--format sarif and --json ask for different outputs/],
  ])('usage error %j', (args, message) => {
    const r = newsx(['check', BAD, ...(args as string[])]);
    expect(r.status).toBe(2);
    expect(r.stderr).toMatch(message);
  });
  it('an unreadable file is exit 1, the others still checked', () => {
    const r = newsx(['check', '--json', path.join(tmp, 'missing.txt'), GOOD]);
    expect(r.status).toBe(1);
    expect(r.stderr).toContain('missing.txt: no such file');
    expect(jsonLines(r.stdout).map((x) => x.id)).toEqual([path.join(tmp, 'missing.txt'), GOOD]);
  });
});

describe('.newsxrc.json', () => {
  it('is found from the current directory upwards and sets severities, rules and fail-on', () => {
    const dir = path.join(tmp, 'project', 'drafts');
    write('project/.newsxrc.json', JSON.stringify({ rules: { 'impossible-date': 'warning', 'quote-unattributed': 'off' }, 'fail-on': 'warning' }));
    const file = write('project/drafts/a.txt', ARTICLE);
    const r = newsx(['check', '--json', file], { cwd: dir });
    expect(r.status).toBe(1);
    const [rec] = jsonLines(r.stdout);
    expect((rec.findings as { rule: string; severity: string }[]).map((f) => [f.rule, f.severity])).toEqual([['impossible-date', 'warning']]);
    // The command line wins over the file.
    expect(newsx(['check', file, '--fail-on', 'error'], { cwd: dir }).status).toBe(0);
  });
  it('--config names the file; a bad one is a usage error', () => {
    const cfg = write('cfg/strict.json', JSON.stringify({ 'fail-on': 'info' }));
    expect(newsx(['check', GOOD, '--config', cfg]).status).toBe(0);
    const bad = write('cfg/bad.json', JSON.stringify({ rules: { 'impossible-date': 'fatal' } }));
    const r = newsx(['check', GOOD, '--config', bad]);
    expect(r.status).toBe(2);
    expect(r.stderr).toBe(`newsx: ${bad}: rules.impossible-date: expected error, warning, info or off, got "fatal"\n`);
  });
});

describe('newsx check on Markdown and HTML', () => {
  const MD = [
    '---',
    'title: "A draft with an unclosed "mark',
    '---',
    '',
    '# Council *votes* on the budget',
    '',
    'The council met on **February 30** to vote, [the minutes](https://example.com/a"b) say,',
    'and Suella Braverman said the plan would work.',
    '',
    '```',
    'const s = "unclosed in code;',
    '```',
    '',
    '<!-- newsx-disable-next-line impossible-date -->',
    'It ended on April 31.',
    '',
    'Braverman said it again; Bravermann did not.',
    '',
  ].join('\n');
  it('blanks markup out, keeps offsets into the file, honours inline opt-outs', () => {
    const file = write('draft.md', MD);
    const r = newsx(['check', '--json', file]);
    const findings = jsonLines(r.stdout)[0].findings as { rule: string; start: number; end: number; text: string; line: number; column: number }[];
    expect(findings.map((f) => [f.rule, f.text, f.line, f.column])).toEqual([
      ['impossible-date', 'February 30', 7, 22],
      ['name-variant', 'Bravermann', 17, 26],
    ]);
    for (const f of findings) expect(MD.slice(f.start, f.end)).toBe(f.text);
  });
  it('reads .html files as pages, opt-out comments included', () => {
    const page = '<html><head><title>x</title></head><body><!-- newsx-disable name-variant --><p>The council met on February 30.</p></body></html>';
    const file = write('page.html', page);
    const [rec] = jsonLines(newsx(['check', '--json', file]).stdout);
    expect((rec.findings as { text: string }[]).map((f) => f.text)).toEqual(['February 30']);
    const off = write('off.html', page.replace('name-variant', 'impossible-date'));
    expect(jsonLines(newsx(['check', '--json', off]).stdout)[0].findings).toEqual([]);
  });
  it('reads JSONL by its name, with each line\'s date as the reference', () => {
    const file = write('c.jsonl', [JSON.stringify({ id: 'a', text: 'The vote is on Monday, March 5.', date: '2024-03-01' }), JSON.stringify({ id: 'b', text: 'The vote is on Tuesday, March 5.', date: '2024-03-01' })].join('\n'));
    const recs = jsonLines(newsx(['check', '--json', file]).stdout);
    expect(recs.map((x) => [x.id, (x.findings as { rule: string }[]).map((f) => f.rule)])).toEqual([
      ['a', ['weekday-mismatch']],
      ['b', []],
    ]);
  });
});
