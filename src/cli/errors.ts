// Failures the CLI reports as one line and an exit code, never as a stack trace (unless --debug).

export const EXIT = { ok: 0, failure: 1, usage: 2 } as const;

/** A problem with one input (file or JSONL line): reported, the run goes on, exit status 1. */
export class InputError extends Error {
  constructor(
    readonly source: string,
    readonly reason: string,
  ) {
    super(`${source}: ${reason}`);
  }
}

/** A bad command line: exit status 2. */
export class UsageError extends Error {}

export function describe(err: unknown): string {
  if (err instanceof Error) {
    const code = (err as NodeJS.ErrnoException).code;
    if (code === 'ENOENT') return 'no such file';
    if (code === 'EISDIR') return 'is a directory';
    if (code === 'EACCES' || code === 'EPERM') return 'permission denied';
    return err.message;
  }
  return String(err);
}
