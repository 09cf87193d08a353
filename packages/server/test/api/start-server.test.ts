import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { buildServer, createApiKeyCommand, installGracefulShutdown, startServer } from '@flatrender/server';
import { createScratchDatabase } from '@flatrender/server/db/scratch-database';
import { createTestDatabase, testBackends } from '../../../../test/support/test-database';

/** The embedded default (a fresh FLATRENDER_HOME) or a scratch PostgreSQL database. */
async function environment(kind: string) {
  const home = mkdtempSync(join(tmpdir(), 'flatrender-server-'));
  if (kind === 'pglite') return { env: { FLATRENDER_HOME: home, FLATRENDER_LOG_LEVEL: 'silent' }, drop: async () => rmSync(home, { recursive: true, force: true }) };
  const scratch = await createScratchDatabase(process.env.FLATRENDER_TEST_DATABASE_URL!, 'fr_start');
  return {
    env: { FLATRENDER_HOME: home, DATABASE_URL: scratch.url, FLATRENDER_LOG_LEVEL: 'silent' },
    drop: async () => {
      await scratch.drop();
      rmSync(home, { recursive: true, force: true });
    },
  };
}

describe.each(testBackends)('startServer on %s', (kind) => {
  const cleanups: Array<() => Promise<void>> = [];
  afterAll(async () => {
    for (const cleanup of cleanups.reverse()) await cleanup();
  });

  it('migrates, seeds, prints a first platform key once, and serves', async () => {
    const { env, drop } = await environment(kind);
    cleanups.push(drop);
    const keys: string[] = [];
    const first = await startServer({ env, port: 0, handleSignals: false, onPlatformKey: (key) => keys.push(key) });
    try {
      expect(keys).toHaveLength(1);
      const ready = await fetch(`${first.url}/readyz`);
      expect(ready.status).toBe(200);
      const templates = await fetch(`${first.url}/v1/templates`, { headers: { authorization: `Bearer ${keys[0]}` } });
      expect((await templates.json()).data).toHaveLength(16);
    } finally {
      await first.close();
    }
    const second = await startServer({ env, port: 0, handleSignals: false, onPlatformKey: (key) => keys.push(key) });
    await second.close();
    expect(keys).toHaveLength(1);

    const created = await createApiKeyCommand({ role: 'platform', name: 'ops', env });
    expect(created.key).toMatch(/^fr_live_/);
    await expect(createApiKeyCommand({ role: 'tenant', env })).rejects.toThrow(/--tenant/);
  });

  it('on a shutdown signal finishes the request in flight, stops listening, closes the pool and exits 0', async () => {
    const test = await createTestDatabase(kind);
    const app = await buildServer({ db: test.db, logLevel: 'silent', webhooks: { dispatch: false } });
    let arrived!: () => void;
    const inHandler = new Promise<void>((resolve) => (arrived = resolve));
    app.get('/slow', { config: { access: { access: 'public' } } }, async () => {
      arrived();
      await new Promise((resolve) => setTimeout(resolve, 400));
      return { done: true };
    });
    const url = await app.listen({ host: '127.0.0.1', port: 0 });
    const exits: number[] = [];
    let poolClosed = false;
    const remove = installGracefulShutdown(app, {
      signals: ['SIGUSR2'],
      exit: (code) => exits.push(code),
      onClosed: async () => {
        poolClosed = true;
        await test.drop();
      },
    });
    try {
      const slow = fetch(`${url}/slow`).then(async (res) => [res.status, await res.json()]);
      await inHandler;
      process.emit('SIGUSR2', 'SIGUSR2');
      expect(await slow).toEqual([200, { done: true }]);
      for (let i = 0; i < 50 && exits.length === 0; i++) await new Promise((resolve) => setTimeout(resolve, 50));
      expect(exits).toEqual([0]);
      expect(poolClosed).toBe(true);
      await expect(fetch(`${url}/healthz`)).rejects.toThrow();
    } finally {
      remove();
    }
  });
});
