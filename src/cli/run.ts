// The CLI as a process: main on the command line, then exit once the output is out. This is the
// entry of the CLI bundle (dist/cli/newsx.cjs), which bin/newsx.ts starts.

import tty from 'node:tty';
import { main } from './program.js';

/** Resolves once everything written to the stream so far is out (or the stream has failed). */
const flushed = (stream: NodeJS.WritableStream) => new Promise<void>((resolve) => stream.write('', () => resolve()));

/** `beforeExit`: run once the output is flushed, just before the process exits. */
export async function run(beforeExit: () => void = () => {}): Promise<void> {
  // Whether stdin is a terminal, without making process.stdin: for a file that stream is an
  // fs.ReadStream, which loads fs/promises and its streams (a few ms of every cold start).
  const code = await main(process.argv.slice(2), { stdout: process.stdout, stderr: process.stderr, stdinIsTTY: tty.isatty(0), env: process.env });
  // Exit as soon as the output is out instead of letting Node tear the heap down (the models and
  // caches: tens of MB): 13-14 ms of every run (cold analyze of the seed article, medians of 31
  // and 51 interleaved runs). The output is flushed first, so a pipe that is asynchronous (macOS)
  // still gets every byte.
  await Promise.all([flushed(process.stdout), flushed(process.stderr)]);
  beforeExit();
  process.exit(code);
}
