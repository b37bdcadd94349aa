// A batch worker thread: documents in, results back, tagged with their sequence number so the
// main thread can restore input order. In the document pool it runs exactly renderDocument, so the
// output of `--jobs N` is byte-identical to `--jobs 1`; in the two-thread pipeline (`stage`
// set) it runs the entity stage of each document and the main thread finishes it.

import { parentPort, workerData } from 'node:worker_threads';
import { renderFailure, type StageReply, type WorkerData, type WorkerReply, type WorkerRequest } from './batch.js';
import { firstStage, renderDocument } from './report.js';
import { expectLongRun } from '../model/long-run.js';

const { settings, many, debug, stage } = workerData as WorkerData;
// A worker starts only for a batch (several documents on several threads).
expectLongRun();

function crash(err: unknown): { message: string; stack: string } {
  const e = err as Error;
  return { message: e.message, stack: e.stack ?? e.message };
}

parentPort?.on('message', (req: WorkerRequest) => {
  if (stage) {
    let reply: StageReply;
    try {
      reply = { seq: req.seq, first: firstStage(req.doc, settings) };
    } catch (err) {
      reply = { seq: req.seq, crash: crash(err) };
    }
    parentPort?.postMessage(reply);
    return;
  }
  let reply: WorkerReply;
  try {
    reply = { seq: req.seq, rendered: renderDocument(req.doc, settings, many) };
  } catch (err) {
    reply = debug ? { seq: req.seq, crash: crash(err) } : { seq: req.seq, rendered: renderFailure(req.doc, settings, many, err as Error) };
  }
  parentPort?.postMessage(reply);
});
