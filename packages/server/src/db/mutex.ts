import { AsyncLocalStorage } from 'node:async_hooks';

/**
 * A FIFO async mutex. PGlite is a single connection, so everything that touches it runs
 * behind one of these; a transaction holds it from BEGIN to COMMIT so no other caller's
 * statement lands inside someone else's transaction.
 *
 * Re-entering from inside the holder (e.g. calling `db.query` instead of `tx.query`
 * inside `db.transaction`) would wait on itself forever; AsyncLocalStorage lets us throw
 * a clear error instead of hanging. The token's `held` flag keeps work that merely
 * started inside the holder (a timer, a fire-and-forget promise) and runs after the
 * release from being refused.
 */
export class Mutex {
  #tail: Promise<void> = Promise.resolve();
  readonly #holder = new AsyncLocalStorage<{ held: boolean }>();

  constructor(private readonly reentryMessage = 'mutex re-entered by its own holder') {}

  async run<T>(work: () => Promise<T>): Promise<T> {
    if (this.#holder.getStore()?.held) throw new Error(this.reentryMessage);
    const previous = this.#tail;
    let release!: () => void;
    this.#tail = new Promise<void>((resolve) => (release = resolve));
    await previous;
    const token = { held: true };
    try {
      return await this.#holder.run(token, work);
    } finally {
      token.held = false;
      release();
    }
  }
}
