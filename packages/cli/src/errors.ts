/**
 * Commands never call process.exit: they throw an ExitError and the entry point turns it
 * into an exit code. Codes are part of the CLI's contract with scripts.
 */
export const ExitCode = {
  ok: 0,
  error: 1,
  usage: 2,
  renderFailed: 3,
  /** Ctrl-C: 128 + SIGINT, as shells report it. */
  interrupted: 130,
} as const;
export type ExitCodeValue = (typeof ExitCode)[keyof typeof ExitCode];

export class ExitError extends Error {
  constructor(
    readonly code: ExitCodeValue,
    message: string,
  ) {
    super(message);
    this.name = 'ExitError';
  }
}

/** Bad input from the user: exit 2 with one line naming the field and the fix. */
export function usageError(message: string): ExitError {
  return new ExitError(ExitCode.usage, message);
}
