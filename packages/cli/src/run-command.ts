import { ExitCode, ExitError } from './errors';

/**
 * Wraps a command action: loads it lazily (so `flatrender --help` does not import
 * Remotion or PGlite), and converts thrown errors into exit codes. Only main.ts exits.
 */
export function lazyAction<Args extends unknown[]>(
  load: () => Promise<(...args: Args) => Promise<void> | void>,
): (...args: Args) => Promise<void> {
  return async (...args: Args) => {
    const action = await load();
    await action(...args);
  };
}

export function reportFailure(error: unknown): number {
  if (error instanceof ExitError) {
    if (error.message) process.stderr.write(`${error.message}\n`);
    return error.code;
  }
  const message = error instanceof Error ? error.message : String(error);
  process.stderr.write(`error: ${message}\n`);
  if (process.env.FLATRENDER_DEBUG && error instanceof Error && error.stack) process.stderr.write(`${error.stack}\n`);
  return ExitCode.error;
}
