// The document loop for many documents: the main thread and a pool of worker threads, each
// running renderDocument, fed from the input stream through a bounded window so memory does not
// grow with the corpus; with two threads and a command that needs the entities and more, a
// pipeline instead (the worker tags and finds name mentions, the main thread does the rest).
// Output (stdout and stderr) leaves strictly in input order: a finished document waits in the
// window until every document before it has been written. One job, or code run from the
// TypeScript sources (no compiled worker next to this file), renders on the main thread instead.

import fs from 'node:fs';
import os from 'node:os';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';
import type { Worker } from 'node:worker_threads';
import type { Doc } from './input.js';
import { warmFinishStage, type PackedStage } from '../analyze.js';
import { renderDocument, splitsAtEntities, type Rendered, type RenderSettings } from './report.js';

export interface WorkerData {
  settings: RenderSettings;
  many: boolean;
  debug: boolean;
  /** The worker runs the entity stage only (the two-thread pipeline). */
  stage?: boolean;
}

export interface WorkerRequest {
  seq: number;
  doc: Doc;
}

export type WorkerReply = { seq: number; rendered: Rendered } | { seq: number; crash: { message: string; stack: string } };
export type StageReply = { seq: number; first: PackedStage } | { seq: number; crash: { message: string; stack: string } };

export interface BatchOptions extends WorkerData {
  /** Threads that render, the main one included; 1 renders on the main thread alone. */
  jobs: number;
}

/** Where the rendered documents go, in input order. `emit` resolves when the output can take more. */
export interface Sink {
  emit(rendered: Rendered): Promise<void>;
  /** True once the reader has gone away (EPIPE): stop reading and rendering. */
  stopped(): boolean;
}

/** Documents handed out but not yet written, per job: enough to keep every worker busy while the
 * main thread writes, small enough that a corpus of any size runs in constant memory. */
const WINDOW_PER_JOB = 4;
// A worker's young generation. A large one (96 MB) once paid ~10% on CoNLL dev with --jobs 2, when
// the optimising compiler's background work crowded the second core; since the CLI's V8 tuning
// (v8-tuning.ts) the size no longer shows in the time (16/32/48/96 MB within noise) but does in
// memory: 100 documents of a 1 MB text with --jobs 2 peaked at 364 MB with 96 MB, 278 MB with 16.
const YOUNG_GENERATION_MB = 16;
/**
 * The pipeline's window: how far the worker may run ahead of the main thread. Documents differ in
 * length, and the two stages' costs differ per document, so with 8 documents the worker often
 * stood idle behind a full window while the main thread caught up. In characters of text as
 * well, so long documents (whose stage results are large) keep memory bounded.
 */
const PIPELINE_WINDOW = 32;
const PIPELINE_WINDOW_CHARS = 1_000_000;

export function defaultJobs(): number {
  return typeof os.availableParallelism === 'function' ? os.availableParallelism() : os.cpus().length;
}

/** The report of a document whose analysis threw: an error record, the run goes on. */
export function renderFailure(doc: Doc, settings: RenderSettings, many: boolean, err: Error): Rendered {
  return renderDocument({ ...doc, error: `${doc.id ?? 'input'}: analysis failed: ${err.message}` }, settings, many);
}

function renderHere(doc: Doc, o: WorkerData, first?: PackedStage): Rendered {
  try {
    return renderDocument(doc, o.settings, o.many, first);
  } catch (err) {
    if (o.debug) throw err;
    return renderFailure(doc, o.settings, o.many, err as Error);
  }
}

const WORKER_URL = new URL('./worker.js', import.meta.url);

function workerAvailable(): boolean {
  try {
    return WORKER_URL.protocol === 'file:' && fs.existsSync(fileURLToPath(WORKER_URL));
  } catch {
    return false;
  }
}

/** Renders every document and emits the results in input order. */
export async function renderAll(docs: AsyncIterable<Doc>, o: BatchOptions, sink: Sink): Promise<void> {
  if (o.jobs <= 1 || !workerAvailable()) {
    for await (const doc of docs) {
      if (sink.stopped()) break;
      await sink.emit(renderHere(doc, o));
    }
    return;
  }
  if (o.jobs === 2 && splitsAtEntities(o.settings.command)) await renderPipelined(docs, o, sink);
  else await renderPooled(docs, o, sink);
}

/** Where the document loop waits for a worker's reply or failure, and what wakes it. */
class Signal {
  private wake: (() => void) | null = null;

  wait(): Promise<void> {
    return new Promise<void>((resolve) => (this.wake = resolve));
  }

  poke(): void {
    const w = this.wake;
    this.wake = null;
    w?.();
  }
}

/**
 * A worker thread whose replies go to `onReply`. `onFailure` hears of a thread that fails or
 * stops holding documents (which are then lost), and with null of one that stops idle.
 */
function startWorker<R>(workerData: WorkerData, onReply: (reply: R) => void, onFailure: (err: Error | null) => void): PoolWorker {
  // worker_threads is loaded when a worker starts: a cold start on one document needs none
  const { Worker } = createRequire(import.meta.url)('node:worker_threads') as typeof import('node:worker_threads');
  const w: PoolWorker = { thread: new Worker(WORKER_URL, { workerData, resourceLimits: { maxYoungGenerationSizeMb: YOUNG_GENERATION_MB } }), outstanding: 0 };
  w.thread.on('message', (reply: R) => {
    w.outstanding--;
    onReply(reply);
  });
  w.thread.on('error', (err) => onFailure(err));
  w.thread.on('exit', (code) => onFailure(w.outstanding > 0 ? new Error(`a worker thread stopped (exit code ${code}) with documents unfinished`) : null));
  return w;
}

function workerCrash(c: { message: string; stack: string }): Error {
  return Object.assign(new Error(c.message), { stack: c.stack });
}

/**
 * Two threads, cut by stage rather than by document: the worker builds and tags each article and
 * finds its name mentions (entityStage: about half the work), the main thread reads, resolves
 * the mentions into entities on the worker's article, runs the other analyzers, renders and writes.
 * Each thread loads and warms up mostly its own part of the models and code, where in the
 * document pool both load and warm up everything: on CoNLL-2003 dev that warm-up (V8 running
 * code in its slow tiers and compiling it) made two threads no faster than one. Measured there
 * (analyze, medians of 9 interleaved runs): this pipeline 2.20 s, the document pool 2.54 s, one
 * thread 2.76 s. The main thread still waits for the worker part of the time; rendering whole
 * documents itself meanwhile (work stealing, the worker given 4 at a time) was slower: 2.72 s
 * against 2.47 s (11 interleaved runs), the main thread then warming up the recogniser as well.
 */
async function renderPipelined(docs: AsyncIterable<Doc>, o: BatchOptions, sink: Sink): Promise<void> {
  const workerData: WorkerData = { settings: o.settings, many: o.many, debug: o.debug, stage: true };
  const firsts = new Map<number, StageReply>();
  const queue: (Job & { sent: boolean })[] = [];
  let queuedChars = 0;
  let worker: PoolWorker | null = null;
  let failure: Error | null = null;
  const signal = new Signal();
  const start = () =>
    startWorker<StageReply>(
      workerData,
      (reply) => {
        firsts.set(reply.seq, reply);
        signal.poke();
      },
      (err) => {
        failure ??= err;
        signal.poke();
      },
    );

  const input = docs[Symbol.asyncIterator]();
  let sent = 0;
  let exhausted = false;
  try {
    for (;;) {
      if (failure) throw failure;
      if (sink.stopped()) break;
      // Reading comes first, so the worker always has documents queued. The thread starts with
      // the second document: a batch of one is rendered here, like a single article.
      if (!exhausted && (queue.length < 2 || (queue.length < PIPELINE_WINDOW && queuedChars < PIPELINE_WINDOW_CHARS))) {
        const next = await input.next();
        if (next.done) exhausted = true;
        else {
          queue.push({ seq: sent++, doc: next.value, sent: false });
          queuedChars += next.value.text.length;
        }
        if (sent > 1) {
          for (const j of queue) {
            // A document that could not be read has nothing to analyse: it is reported here.
            if (j.sent || j.doc.error !== null) continue;
            if (!worker) {
              worker = start();
              // Nothing to finish until the worker's first document is back (its start-up, ~100 ms, and a
              // first document in cold code): the time to load what finishing needs.
              warmFinishStage();
            }
            j.sent = true;
            worker.outstanding++;
            worker.thread.postMessage({ seq: j.seq, doc: j.doc } satisfies WorkerRequest);
          }
        }
        continue;
      }
      const job = queue[0];
      if (!job) break;
      let first: PackedStage | undefined;
      let crashed: Error | null = null;
      if (job.sent) {
        const reply = firsts.get(job.seq);
        if (!reply) {
          await signal.wait();
          continue;
        }
        firsts.delete(job.seq);
        if ('crash' in reply) {
          crashed = workerCrash(reply.crash);
          if (o.debug) throw crashed;
        } else first = reply.first;
      }
      queue.shift();
      queuedChars -= job.doc.text.length;
      await sink.emit(crashed ? renderFailure(job.doc, o.settings, o.many, crashed) : renderHere(job.doc, o, first));
    }
  } finally {
    if (!exhausted) await input.return?.();
    await worker?.thread.terminate();
  }
}

interface PoolWorker {
  thread: Worker;
  outstanding: number;
}

interface Job {
  seq: number;
  doc: Doc;
}

/**
 * N jobs are the main thread and N - 1 worker threads: the main thread renders too, between
 * reading and writing, so a batch pays for one thread start-up (module load, models, JIT warm-up:
 * about as much as a cold start) fewer. Threads start only when everyone running is busy, so a
 * one-document batch starts none.
 */
async function renderPooled(docs: AsyncIterable<Doc>, o: BatchOptions, sink: Sink): Promise<void> {
  const workerData: WorkerData = { settings: o.settings, many: o.many, debug: o.debug };
  const workers: PoolWorker[] = [];
  const local: Job[] = [];
  const finished = new Map<number, Rendered>();
  const window = Math.max(WINDOW_PER_JOB, o.jobs * WINDOW_PER_JOB);
  let failure: Error | null = null;
  const signal = new Signal();

  const spawn = (): PoolWorker => {
    const w = startWorker<WorkerReply>(
      workerData,
      (reply) => {
        if ('crash' in reply) failure ??= workerCrash(reply.crash);
        else finished.set(reply.seq, reply.rendered);
        signal.poke();
      },
      (err) => {
        failure ??= err;
        signal.poke();
      },
    );
    workers.push(w);
    return w;
  };
  // To whoever has the least waiting: the main thread on ties, a new thread when all are busy.
  const dispatch = (job: Job) => {
    let w: PoolWorker | null = null;
    let least = local.length;
    for (const x of workers) if (x.outstanding < least) [w, least] = [x, x.outstanding];
    if (least > 0 && workers.length < o.jobs - 1) w = spawn();
    if (!w) return void local.push(job);
    w.outstanding++;
    w.thread.postMessage(job satisfies WorkerRequest);
  };

  const input = docs[Symbol.asyncIterator]();
  let sent = 0;
  let written = 0;
  let exhausted = false;
  try {
    for (;;) {
      if (failure) throw failure;
      // Write every document that is next in line.
      let r: Rendered | undefined;
      while ((r = finished.get(written)) !== undefined) {
        finished.delete(written);
        written++;
        await sink.emit(r);
        if (failure) throw failure;
      }
      if (sink.stopped()) break;
      // Reading comes first, so the threads have work queued while the main thread renders.
      if (!exhausted && sent - written < window) {
        const next = await input.next();
        if (next.done) exhausted = true;
        else dispatch({ seq: sent++, doc: next.value });
        continue;
      }
      const job = local.shift();
      if (job) {
        finished.set(job.seq, renderHere(job.doc, o));
        // Let the threads' replies in before the next document.
        await new Promise<void>((resolve) => setImmediate(resolve));
        continue;
      }
      if (exhausted && written === sent) break;
      if (!finished.has(written) && !failure) await signal.wait();
    }
  } finally {
    if (!exhausted) await input.return?.();
    await Promise.all(workers.map((w) => w.thread.terminate()));
  }
}

/**
 * A progress bar on stderr for long batches read from files: bytes of text handed out against
 * the files' sizes (an estimate for JSONL, whose lines hold escaped text), redrawn at most ten
 * times a second. The caller clears it before writing anything else, so lines stay whole.
 */
export class Progress {
  private done = 0;
  private docs = 0;
  private drawn = 0;
  private visible = false;
  private readonly started = Date.now();

  constructor(
    private readonly stream: NodeJS.WritableStream,
    private readonly total: number,
    private readonly width: number,
  ) {}

  static forFiles(stream: NodeJS.WritableStream & { isTTY?: boolean; columns?: number }, files: readonly string[]): Progress | null {
    if (!stream.isTTY || !files.length || files.includes('-')) return null;
    let total = 0;
    for (const f of files) {
      try {
        total += fs.statSync(f).size;
      } catch {
        // an unreadable file becomes an error record; it adds nothing to the bar
      }
    }
    return total > 0 ? new Progress(stream, total, Math.max(20, Math.min(stream.columns ?? 80, 120))) : null;
  }

  advance(doc: Doc): void {
    this.docs++;
    this.done += Buffer.byteLength(doc.text, 'utf8');
    const now = Date.now();
    if (now - this.drawn < 100) return;
    this.drawn = now;
    const share = Math.min(0.99, this.done / this.total);
    const label = ` ${String(Math.floor(share * 100)).padStart(2)}% ${this.docs} docs ${((now - this.started) / 1000).toFixed(0)} s`;
    const barWidth = Math.max(10, this.width - label.length - 3);
    const filled = Math.round(share * barWidth);
    this.stream.write(`\r[${'#'.repeat(filled)}${'-'.repeat(barWidth - filled)}]${label}`);
    this.visible = true;
  }

  clear(): void {
    if (this.visible) this.stream.write('\r\x1b[K');
    this.visible = false;
  }
}
