import { spawn } from 'node:child_process';
import { AERENDER_ENV } from './config';
import { AerenderAbortedError, AerenderHangError, AerenderNotConfiguredError } from './errors';
import { killTree } from './kill-tree';
import { LineSplitter } from './line-splitter';
import type { AerenderLine } from './parse-line';
import type { AerenderLog } from './render-log';

export interface RunAerenderOptions {
  executable: string;
  args: string[];
  env: NodeJS.ProcessEnv;
  /** Kill the render when aerender prints nothing for this long. */
  idleTimeoutMs: number;
  /** After SIGTERM, how long AE gets to exit before SIGKILL. */
  killGraceMs?: number;
  signal?: AbortSignal;
  log: AerenderLog;
  onLine?: (parsed: AerenderLine, line: string) => void;
}

export interface AerenderExit {
  exitCode: number | null;
  signal: NodeJS.Signals | null;
}

function abortReason(signal: AbortSignal): string {
  const reason: unknown = signal.reason;
  if (reason instanceof Error && reason.name !== 'AbortError') return reason.message;
  return typeof reason === 'string' ? reason : 'the render was aborted';
}

/**
 * Runs aerender to completion, feeding every line to the log. Rejects with
 * AerenderHangError when it goes quiet for `idleTimeoutMs`, AerenderAbortedError when the
 * signal fires; in both cases the whole process tree is killed first. Exit codes and
 * aerender's own errors are the caller's to judge (it may fail with exit code 0).
 */
export function runAerender(options: RunAerenderOptions): Promise<AerenderExit> {
  const { signal, log } = options;
  if (signal?.aborted) return Promise.reject(new AerenderAbortedError(abortReason(signal)));
  return new Promise((resolve, reject) => {
    const child = spawn(options.executable, options.args, {
      env: options.env,
      stdio: ['ignore', 'pipe', 'pipe'],
      // Its own process group, so killTree reaches After Effects as well (POSIX).
      detached: process.platform !== 'win32',
      windowsHide: true,
    });
    let failure: Error | undefined;
    let lastLine: string | undefined;
    let settled = false;
    const timers = new Set<NodeJS.Timeout>();

    const stop = (error: Error) => {
      if (failure) return;
      failure = error;
      killTree(child, 'SIGTERM');
      timers.add(setTimeout(() => killTree(child, 'SIGKILL'), options.killGraceMs ?? 3000));
    };
    const idle = setTimeout(() => stop(new AerenderHangError(options.idleTimeoutMs, lastLine)), options.idleTimeoutMs);
    const onAbort = () => stop(new AerenderAbortedError(signal ? abortReason(signal) : undefined));
    signal?.addEventListener('abort', onAbort, { once: true });

    const feed = (lines: string[]) => {
      for (const line of lines) {
        if (line.trim() !== '') lastLine = line;
        const parsed = log.push(line);
        options.onLine?.(parsed, line);
      }
    };
    for (const stream of [child.stdout, child.stderr]) {
      const splitter = new LineSplitter();
      stream.on('data', (chunk: Buffer) => {
        if (failure) return;
        idle.refresh();
        feed(splitter.push(chunk));
      });
      stream.on('end', () => feed(splitter.end()));
    }

    const settle = (exit: AerenderExit) => {
      if (settled) return;
      settled = true;
      clearTimeout(idle);
      for (const timer of timers) clearTimeout(timer);
      signal?.removeEventListener('abort', onAbort);
      if (failure) reject(failure);
      else resolve(exit);
    };
    child.on('error', (error) => {
      failure ??= new AerenderNotConfiguredError(AERENDER_ENV, `could not start aerender at ${options.executable} (${AERENDER_ENV}): ${error.message}`);
      if (child.pid === undefined) settle({ exitCode: null, signal: null });
    });
    child.on('exit', () => {
      clearTimeout(idle);
      if (failure || process.platform === 'win32') return;
      // aerender is done; an After Effects it left behind must not keep the project open.
      killTree(child, 'SIGKILL');
      // A leftover holding our pipes would delay 'close' forever.
      timers.add(setTimeout(() => (child.stdout.destroy(), child.stderr.destroy()), 2000));
    });
    child.on('close', (exitCode, exitSignal) => settle({ exitCode, signal: exitSignal }));
  });
}
