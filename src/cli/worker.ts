// A batch worker thread: documents in, rendered output back, tagged with their sequence number so
// the main thread can restore input order. It runs exactly renderDocument, so the output of
// `--jobs N` is byte-identical to `--jobs 1`.

import { parentPort, workerData } from 'node:worker_threads';
import { renderFailure, type WorkerData, type WorkerReply, type WorkerRequest } from './batch.js';
import { renderDocument } from './report.js';

const { settings, many, debug } = workerData as WorkerData;

parentPort?.on('message', (req: WorkerRequest) => {
  let reply: WorkerReply;
  try {
    reply = { seq: req.seq, rendered: renderDocument(req.doc, settings, many) };
  } catch (err) {
    const e = err as Error;
    reply = debug
      ? { seq: req.seq, crash: { message: e.message, stack: e.stack ?? e.message } }
      : { seq: req.seq, rendered: renderFailure(req.doc, settings, many, e) };
  }
  parentPort?.postMessage(reply);
});
