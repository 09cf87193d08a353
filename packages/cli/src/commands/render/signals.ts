const SIGNALS = ['SIGINT', 'SIGTERM', 'SIGHUP'] as const;

/**
 * Ctrl-C (or SIGTERM/SIGHUP) aborts the render instead of killing the process, so the
 * engine removes its partial file and the browser is closed before the command exits.
 * A second Ctrl-C while that runs is the user insisting: the default handler takes over.
 */
export function abortOnSignals(controller: AbortController, onAbort: () => void): () => void {
  const handler = (signal: NodeJS.Signals) => {
    if (controller.signal.aborted) {
      release();
      process.kill(process.pid, signal);
      return;
    }
    onAbort();
    controller.abort();
  };
  const release = () => {
    for (const signal of SIGNALS) process.off(signal, handler);
  };
  for (const signal of SIGNALS) process.on(signal, handler);
  return release;
}
