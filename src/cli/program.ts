// The command line: commander parses, this file wires options to the document loop. Usage errors
// exit 2, a failed input 1 (the others still processed), anything else 0.

import { Command as Commander, CommanderError, Option } from 'commander';
import fs from 'node:fs';
import { createRequire } from 'node:module';
import { isIsoDate } from '../article/reference-date.js';
import { ENTITY_TYPES, type EntityType } from '../types.js';
import { makeChalk } from './colour.js';
import { EXIT, UsageError } from './errors.js';
import { documents, fileFormatOf, type Doc, type InputFormat } from './input.js';
import { Chalk } from 'chalk';
import { DEFAULT_TIMEOUT_MS } from '../input/fetch.js';
import { defaultJobs, Progress, renderAll } from './batch.js';
import { CHECK_FORMATS, COMMANDS, FORMATS, type CheckFormat, type Command, type Format, type RenderSettings } from './report.js';
import { checkConfig, type CheckConfig } from './config.js';
import { RULES } from '../check/index.js';
import { SEVERITY_RANK, type CheckReport } from '../check/types.js';
import { checkSummary, countFindings, type CheckTotals } from '../render/check-table.js';
import { renderSarif } from '../render/sarif.js';
import { packageRoot } from '../model/files.js';
import { expectLongRun } from '../model/long-run.js';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { HtmlDocument } from '../render/html.js';

export interface IO {
  stdout: NodeJS.WritableStream & { isTTY?: boolean; columns?: number };
  stderr: NodeJS.WritableStream;
  stdinIsTTY: boolean;
  env: NodeJS.ProcessEnv;
}

interface CliOptions {
  /** A Format, or for `check` a CheckFormat (commander checks the choice per command). */
  format?: string;
  json?: boolean;
  pretty?: boolean;
  date?: string;
  inputFormat: InputFormat;
  color: boolean;
  debug?: boolean;
  type?: string;
  minCount?: string;
  all?: boolean;
  jobs?: string;
  failOn?: string;
  rules?: string;
  disable?: string;
  config?: string;
  timeout?: string;
}

const EXAMPLES = `Examples:
  $ newsx analyze article.txt                      all four analyses as tables
  $ newsx entities page.html                       a saved web page: its article, not its menus
  $ newsx analyze https://example.com/story        a page fetched from the web
  $ newsx text page.html                           the article text newsx reads on a page
  $ newsx entities article.txt --type PERSON       the people an article names
  $ newsx dates article.txt --date 2024-10-21      dates resolved against the publication date
  $ newsx quotes article.txt --json | jq .quotes   JSON Lines for scripts
  $ newsx timeline article.txt                     dated events in calendar order
  $ newsx analyze article.txt --format html > a.html   the article marked up, one page
  $ cat corpus.jsonl | newsx analyze --input-format jsonl --json - > out.jsonl
  $ newsx check drafts/*.md                        findings like a linter; exit 1 on an error
  $ newsx check --format sarif articles/*.html > newsx.sarif
`;

function version(): string {
  try {
    return (JSON.parse(fs.readFileSync(path.join(packageRoot(), 'package.json'), 'utf8')) as { version: string }).version;
  } catch {
    return 'unknown';
  }
}

function parseTypes(value: string | undefined): EntityType[] | null {
  if (!value) return null;
  const types = value.split(',').map((t) => t.trim().toUpperCase()).filter(Boolean);
  for (const t of types) if (!(ENTITY_TYPES as readonly string[]).includes(t)) throw new UsageError(`--type: unknown entity type "${t}" (one of ${ENTITY_TYPES.join(', ')})`);
  return types as EntityType[];
}

/** --format, with --json and --pretty as its json (asking for both json and another format is an error). */
function formatOf(o: CliOptions): string {
  const json = Boolean(o.json || o.pretty);
  if (json && o.format && o.format !== 'json') throw new UsageError(`--format ${o.format} and ${o.pretty ? '--pretty' : '--json'} ask for different outputs: give one`);
  return json ? 'json' : (o.format ?? 'table');
}

function settingsFrom(command: Command, o: CliOptions, io: IO, config: CheckConfig | null): RenderSettings {
  const chosen = formatOf(o);
  // check's own formats (github, sarif) render from its findings; the document format stays table or json.
  const checkFormat = config ? (chosen as CheckFormat) : null;
  const format: Format = checkFormat ? (checkFormat === 'json' ? 'json' : 'table') : (chosen as Format);
  if (o.date !== undefined && !isIsoDate(o.date)) throw new UsageError(`--date: expected a calendar date YYYY-MM-DD, got "${o.date}"`);
  const minCount = o.minCount === undefined ? 1 : Number(o.minCount);
  if (!Number.isInteger(minCount) || minCount < 1) throw new UsageError(`--min-count: expected a whole number ≥ 1, got "${o.minCount}"`);
  const chalk = makeChalk(o.color, Boolean(io.stdout.isTTY), io.env);
  return {
    command,
    format,
    json: format === 'json',
    pretty: Boolean(o.pretty),
    date: o.date ?? null,
    colourLevel: chalk.level,
    width: Math.max(60, Math.min(io.stdout.columns ?? 100, 160)),
    types: parseTypes(o.type),
    minCount,
    all: Boolean(o.all),
    check: config && checkFormat ? { rules: config.rules, format: checkFormat } : null,
  };
}

/** Writes and waits for the stream to drain when it asks to, so memory stays flat on big batches. */
function writer(stream: NodeJS.WritableStream, closed: () => boolean) {
  return (s: string): Promise<void> =>
    new Promise((resolve) => {
      if (!s || closed()) return resolve();
      if (stream.write(s)) return resolve();
      // A reader that goes away (EPIPE) never drains: stop waiting on the error as well.
      const done = () => {
        stream.off('drain', done);
        stream.off('error', done);
        resolve();
      };
      stream.once('drain', done);
      stream.once('error', done);
    });
}

/**
 * One HTML page holds every document in memory and a browser has to lay it out: past these, the
 * page is refused and --json suggested (a corpus is better read by a program than by an eye).
 */
export const HTML_MAX_DOCUMENTS = 200;
export const HTML_MAX_CHARACTERS = 2_000_000;

type HtmlRenderer = typeof import('../render/html.js');

/**
 * The HTML renderer, loaded only for --format html: a CommonJS bundle of its own next to the
 * CLI's (dist/cli/render-html.cjs; the CLI bundle runs as a vm script, which can require but not
 * import), or the compiled module when the CLI runs unbundled. The paths are computed, so esbuild
 * leaves the loading to run time instead of bundling the renderer into the CLI.
 */
async function loadHtmlRenderer(): Promise<HtmlRenderer> {
  const bundled = new URL('./render-html.cjs', import.meta.url);
  if (bundled.protocol === 'file:' && fs.existsSync(fileURLToPath(bundled))) return createRequire(import.meta.url)(fileURLToPath(bundled)) as HtmlRenderer;
  const compiled = new URL('../render/html.js', import.meta.url);
  if (compiled.protocol === 'file:' && fs.existsSync(fileURLToPath(compiled))) return (await import(compiled.href)) as HtmlRenderer;
  throw new Error('the HTML renderer is missing (rebuild with npm run build)');
}

async function run(command: Command, files: string[], o: CliOptions, io: IO): Promise<number> {
  const config = command === 'check' ? checkConfig({ config: o.config, failOn: o.failOn, rules: o.rules, disable: o.disable }, process.cwd()) : null;
  const settings = settingsFrom(command, o, io, config);
  const jobs = o.jobs === undefined ? defaultJobs() : Number(o.jobs);
  if (!Number.isInteger(jobs) || jobs < 1) throw new UsageError(`--jobs: expected a whole number ≥ 1, got "${o.jobs}"`);
  const timeout = o.timeout === undefined ? DEFAULT_TIMEOUT_MS / 1000 : Number(o.timeout);
  if (!Number.isFinite(timeout) || timeout <= 0) throw new UsageError(`--timeout: expected a number of seconds > 0, got "${o.timeout}"`);
  const fetching = { timeoutMs: timeout * 1000, userAgent: `newsx/${version()} (+https://www.npmjs.com/package/newsx)` };
  const sources = files.length ? files : io.stdinIsTTY ? [] : ['-'];
  if (!sources.length) throw new UsageError('no input: give a FILE, or - for standard input');
  let closed = false;
  const onError = (err: NodeJS.ErrnoException) => {
    if (err.code === 'EPIPE') closed = true; // the reader went away (| head): stop quietly
  };
  io.stdout.on('error', onError);
  const out = writer(io.stdout, () => closed);
  let failed = false;
  const many = sources.length > 1 || documentsPerSource(sources, o.inputFormat);
  if (many && longInput(sources)) expectLongRun();
  const checked: CheckReport[] = [];
  const totals: CheckTotals = { documents: 0, withFindings: 0, bySeverity: { error: 0, warning: 0, info: 0 } };
  // Only batches use worker threads: one article is faster rendered here than in a fresh thread.
  const progress = many ? Progress.forFiles(io.stderr, sources) : null;
  let docs = documents(sources, o.inputFormat, fetching);
  if (progress) docs = counted(docs, progress);
  const pages: HtmlDocument[] = [];
  let pageChars = 0;
  let tooBig = false;
  try {
    // `text` does no analysis: threads would only add their start-up.
    const threads = many && command !== 'text' ? jobs : 1;
    await renderAll(docs, { settings, many, debug: Boolean(o.debug), jobs: threads }, {
      stopped: () => closed || tooBig,
      emit: async (rendered) => {
        if (rendered.page && !tooBig) {
          pages.push(rendered.page);
          pageChars += rendered.page.text.length;
          tooBig = pages.length > HTML_MAX_DOCUMENTS || pageChars > HTML_MAX_CHARACTERS;
        }
        if (tooBig) return;
        // The bar shares the terminal with messages, and with the output when it goes there too.
        if (rendered.messages.length || io.stdout.isTTY) progress?.clear();
        for (const m of rendered.messages) io.stderr.write(`newsx: ${m}\n`);
        failed ||= rendered.failed;
        if (rendered.check) {
          countFindings(totals, rendered.check.findings);
          if (settings.check?.format === 'sarif') checked.push(rendered.check);
        }
        await out(rendered.out);
      },
    });
    if (tooBig) {
      throw new UsageError(
        `--format html: more than ${HTML_MAX_DOCUMENTS} documents or ${HTML_MAX_CHARACTERS.toLocaleString('en')} characters of text is too much for one page; use --json (or --format json) for a corpus`,
      );
    }
    if (settings.format === 'html') {
      const { renderHtml } = await loadHtmlRenderer();
      await out(renderHtml(pages, { command, timeline: command === 'analyze' || command === 'events' || command === 'timeline' }));
    }
    if (settings.check) await out(checkEnd(settings.check.format, checked, totals, settings));
  } finally {
    progress?.clear();
    io.stdout.off('error', onError);
  }
  if (failed) return EXIT.failure;
  if (config) {
    const { error, warning, info } = totals.bySeverity;
    const worst = error ? SEVERITY_RANK.error : warning ? SEVERITY_RANK.warning : info ? SEVERITY_RANK.info : 0;
    if (worst >= SEVERITY_RANK[config.failOn]) return EXIT.failure;
  }
  return EXIT.ok;
}

// Input files of a batch from this size on (about 15,000 words of text) are a long run from the
// start (src/model/long-run.ts).
const LONG_RUN_BYTES = 100_000;

/** Whether the batch's files (standard input and URLs unknown: not counted) hold LONG_RUN_BYTES or more. */
function longInput(sources: readonly string[]): boolean {
  let bytes = 0;
  for (const s of sources) {
    try {
      if (s !== '-') bytes += fs.statSync(s).size;
    } catch {
      // a URL or a missing file: reported when it is read
    }
  }
  return bytes >= LONG_RUN_BYTES;
}

/** Whether a source is read as many documents (JSONL), so results carry titles and may use threads. */
function documentsPerSource(sources: readonly string[], format: InputFormat): boolean {
  return format === 'jsonl' || (format === 'auto' && sources.some((s) => fileFormatOf(s, format) === 'jsonl'));
}

/** What `check` writes after the last document: the table's summary line, or the SARIF log. */
function checkEnd(format: CheckFormat, checked: CheckReport[], totals: CheckTotals, s: RenderSettings): string {
  if (format === 'sarif') return renderSarif(checked, { version: version(), informationUri: 'https://www.npmjs.com/package/newsx', rules: RULES });
  if (format === 'table') return checkSummary(totals, { chalk: new Chalk({ level: s.colourLevel }), width: s.width });
  return '';
}

async function* counted(docs: AsyncIterable<Doc>, progress: Progress): AsyncGenerator<Doc> {
  for await (const doc of docs) {
    progress.advance(doc);
    yield doc;
  }
}

export function buildProgram(io: IO, done: (code: number) => void): Commander {
  const program = new Commander('newsx')
    .description('Read news articles: named entities, dates, quotes with speakers, events and a timeline.')
    .version(version(), '-V, --version')
    .addHelpText('before', EXAMPLES)
    .exitOverride()
    .configureOutput({
      writeOut: (s) => io.stdout.write(s),
      writeErr: (s) => io.stderr.write(s),
      outputError: (s, write) => write(`newsx: ${s.trim().replace(/^error: /, '')} (see newsx --help)\n`),
    });
  for (const [name, spec] of Object.entries(COMMANDS) as [Command, (typeof COMMANDS)[Command]][]) {
    const cmd = program
      .command(name)
      .description(spec.summary)
      .argument('[FILE...]', 'articles to read: files, http(s) URLs; - or none (with piped input) reads standard input')
      .addOption(
        name === 'check'
          ? new Option('--format <format>', 'table for reading, json for scripts, github for Actions annotations, sarif for code scanning').choices(CHECK_FORMATS)
          : new Option('--format <format>', 'table for reading, json for scripts, html for one page with the text marked up').choices(FORMATS),
      )
      .option('--json', 'JSON Lines: one object per document (see the README for the fields); same as --format json')
      .option('--pretty', 'indented JSON (implies --json)')
      .option('--date <YYYY-MM-DD>', "the article's publication date, the anchor for relative dates")
      .addOption(
        new Option('--input-format <format>', 'how to read the input (auto: .html/.htm files and content that starts like HTML are web pages; .md Markdown; .jsonl JSON Lines; else text)')
          .choices(['auto', 'text', 'html', 'markdown', 'jsonl'])
          .default('auto'),
      )
      .option('--timeout <SECONDS>', `for URLs: give up after this long (default ${DEFAULT_TIMEOUT_MS / 1000})`)
      .option('--no-color', 'no colour in tables (also NO_COLOR=1)')
      .option('--debug', 'show stack traces of failures')
      .option('--jobs <N>', 'worker threads for many documents (JSONL or several files); default: the number of cores')
      .exitOverride();
    if (name === 'entities' || name === 'analyze') {
      cmd.option('--type <TYPES>', 'only these entity types, comma-separated (PERSON,LOCATION,...)');
      cmd.option('--min-count <N>', 'only entities mentioned at least N times');
    }
    if (name === 'events' || name === 'analyze') cmd.option('--all', 'list every event mention, not only those with an argument');
    if (name === 'check') {
      cmd.option('--fail-on <severity>', 'exit 1 when a finding at or above this exists: error, warning, info, none (default error)');
      cmd.option('--rules <IDS>', `only these rules, comma-separated (${RULES.map((r) => r.id).join(', ')})`);
      cmd.option('--disable <IDS>', 'all rules but these, comma-separated');
      cmd.option('--config <FILE>', 'settings file (default: the nearest .newsxrc.json from the current directory up)');
    }
    cmd.action(async (files: string[], o: CliOptions) => done(await run(name, files, o, io)));
  }
  return program;
}

export async function main(argv: string[], io: IO): Promise<number> {
  let code: number = EXIT.ok;
  const program = buildProgram(io, (c) => (code = c));
  try {
    if (!argv.length) {
      program.outputHelp();
      return EXIT.usage;
    }
    await program.parseAsync(argv, { from: 'user' });
    return code;
  } catch (err) {
    if (err instanceof CommanderError) {
      return err.code === 'commander.helpDisplayed' || err.code === 'commander.version' || err.code === 'commander.help' ? EXIT.ok : EXIT.usage;
    }
    if (err instanceof UsageError) {
      io.stderr.write(`newsx: ${err.message}\n`);
      return EXIT.usage;
    }
    io.stderr.write(`newsx: ${(err as Error).message}\n`);
    if (argv.includes('--debug')) io.stderr.write(`${(err as Error).stack}\n`);
    return EXIT.failure;
  }
}
