/** One `aerender … ERROR …:` line, with any unrecognised lines that followed it. */
export interface AerenderMessage {
  /** `ERROR`, `Error`, `SYNTAX ERROR` — as printed. */
  label: string;
  /** AE's numeric code when the line has one (`aerender ERROR -1701: …`). */
  code?: number;
  message: string;
  /** Lines printed right after the error that belong to it (a script's exception, garbled bytes). */
  detail: string[];
}

export function describeAerenderMessage(entry: AerenderMessage): string {
  const code = entry.code === undefined ? '' : ` (error ${entry.code})`;
  const detail = entry.detail.length > 0 ? ` — ${entry.detail.join(' ')}` : '';
  return `${entry.message}${code}${detail}`;
}

/** aerender reported an error, exited non-zero, or stopped without rendering the span. */
export class AerenderError extends Error {
  constructor(
    readonly reason: string,
    readonly aerenderMessages: AerenderMessage[],
    readonly exitCode: number | null,
    /** The last lines aerender printed, for logs and bug reports. */
    readonly tail: string[],
    readonly hint?: string,
  ) {
    super(`aerender failed: ${reason}${hint ? `. ${hint}` : ''}`);
    this.name = 'AerenderError';
  }
}

/** aerender printed nothing for the idle limit: After Effects hung and was killed. */
export class AerenderHangError extends Error {
  constructor(
    readonly idleMs: number,
    readonly lastLine: string | undefined,
  ) {
    const last = lastLine ? ` after "${lastLine.trim().slice(0, 120)}"` : ' (it printed nothing at all)';
    super(`aerender hung: no output for ${(idleMs / 1000).toFixed(1)} s${last}; killed it and its child processes (raise idleTimeoutMs if frames really take this long)`);
    this.name = 'AerenderHangError';
  }
}

/** The render was canceled through its AbortSignal (or the engine was disposed). */
export class AerenderAbortedError extends Error {
  constructor(readonly why = 'the render was aborted') {
    super(`After Effects render aborted: ${why}`);
    this.name = 'AbortError';
  }
}

/** The engine cannot run here: aerender or the projects directory is not configured. */
export class AerenderNotConfiguredError extends Error {
  constructor(
    readonly envVar: string,
    message: string,
  ) {
    super(message);
    this.name = 'AerenderNotConfiguredError';
  }
}

export class AeProjectNotFoundError extends Error {
  constructor(
    readonly template: string,
    readonly tried: string[],
  ) {
    super(`no After Effects project for template "${template}": looked for ${tried.join(' and ')} (FLATRENDER_AE_PROJECTS holds one <Template>.aep per template)`);
    this.name = 'AeProjectNotFoundError';
  }
}

/** A binding the AE engine cannot apply (a list, a URL image …), caught before AE starts. */
export class AeBindingError extends Error {
  constructor(
    readonly field: string,
    message: string,
  ) {
    super(`${field}: ${message}`);
    this.name = 'AeBindingError';
  }
}
