import type { FastifyInstance } from 'fastify';

export interface GracefulShutdownOptions {
  /** Default SIGTERM and SIGINT. */
  signals?: NodeJS.Signals[];
  /** Give up draining after this long and exit anyway (ms, default 25 000 — under Kubernetes' 30 s grace). */
  timeoutMs?: number;
  /** Runs after the server has closed: close the database pool here. */
  onClosed?: () => Promise<void>;
  /** How to end the process (tests replace it). */
  exit?: (code: number) => void;
}

/**
 * On SIGTERM: stop accepting connections (/readyz turns 503 first so a balancer stops
 * sending), let in-flight requests finish, flush logs, close the pool, exit 0. A second
 * signal or the timeout exits at once with 1. Returns a function that removes the handlers.
 */
export function installGracefulShutdown(app: FastifyInstance, options: GracefulShutdownOptions = {}): () => void {
  const signals = options.signals ?? ['SIGTERM', 'SIGINT'];
  const exit = options.exit ?? ((code: number) => process.exit(code));
  let shuttingDown = false;

  const onSignal = (signal: NodeJS.Signals) => {
    if (shuttingDown) return exit(1);
    shuttingDown = true;
    app.log.info({ signal }, 'shutting down: draining in-flight requests');
    const timer = setTimeout(() => {
      app.log.error('shutdown timed out; exiting with requests still open');
      exit(1);
    }, options.timeoutMs ?? 25_000);
    timer.unref();
    void shutdown(app, options.onClosed).then(
      () => {
        clearTimeout(timer);
        exit(0);
      },
      (err: unknown) => {
        app.log.error({ err }, 'shutdown failed');
        exit(1);
      },
    );
  };
  for (const signal of signals) process.on(signal, onSignal);
  return () => {
    for (const signal of signals) process.off(signal, onSignal);
  };
}

async function shutdown(app: FastifyInstance, onClosed?: () => Promise<void>): Promise<void> {
  await app.close();
  await onClosed?.();
}
