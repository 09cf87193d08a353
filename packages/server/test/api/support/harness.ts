import { Writable } from 'node:stream';
import type { FastifyInstance } from 'fastify';
import { buildServer } from '@flatrender/server/api/build-server';
import type { ServerOptions } from '@flatrender/server/api/options';
import { insertApiKey } from '@flatrender/server/api/sql/api-keys';
import { inPlatform } from '@flatrender/server/api/support/scopes';
import { seedTemplateCatalog } from '@flatrender/server/catalog/seed-catalog';
import { templateManifest } from '@flatrender/templates';
import type { DatabaseKind } from '@flatrender/server/db/database';
import { createTestDatabase, type TestDatabase } from '../../../../../test/support/test-database';

export interface CallOptions {
  key?: string;
  body?: unknown;
  /** Sent as-is (no JSON.stringify), for malformed-body tests. */
  rawBody?: string;
  headers?: Record<string, string>;
}

export interface CallResult {
  status: number;
  headers: Headers;
  body: any;
  text: string;
}

/**
 * A migrated test database plus the API listening on a real socket (127.0.0.1, random
 * port), with every JSON log line kept in memory so tests can search it for secrets.
 */
export interface ApiHarness {
  test: TestDatabase;
  app: FastifyInstance;
  baseUrl: string;
  platformKey: string;
  logs: string[];
  call(method: string, path: string, options?: CallOptions): Promise<CallResult>;
  close(): Promise<void>;
}

export async function startApi(kind: DatabaseKind, options: Partial<ServerOptions> = {}): Promise<ApiHarness> {
  const test = await createTestDatabase(kind);
  await test.db.transaction((tx) => seedTemplateCatalog(tx, templateManifest()));
  const logs: string[] = [];
  const logStream = new Writable({
    write(chunk, _encoding, done) {
      logs.push(String(chunk));
      done();
    },
  });
  const app = await buildServer({ db: test.db, logLevel: 'info', logStream, webhooks: { dispatch: false }, ...options });
  await app.listen({ host: '127.0.0.1', port: 0 });
  const address = app.server.address();
  const port = typeof address === 'object' && address ? address.port : 0;
  const baseUrl = `http://127.0.0.1:${port}`;
  const platform = await inPlatform(test.db, (tx) => insertApiKey(tx, { tenantId: null, role: 'platform', name: 'test platform' }));

  const call = async (method: string, path: string, call: CallOptions = {}): Promise<CallResult> => {
    const headers: Record<string, string> = { ...call.headers };
    if (call.key) headers.authorization = `Bearer ${call.key}`;
    let body: string | undefined;
    if (call.rawBody !== undefined) body = call.rawBody;
    else if (call.body !== undefined) {
      body = JSON.stringify(call.body);
      headers['content-type'] ??= 'application/json';
    }
    const response = await fetch(`${baseUrl}${path}`, { method, headers, body });
    const text = await response.text();
    let parsed: unknown;
    try {
      parsed = text ? JSON.parse(text) : undefined;
    } catch {
      parsed = undefined;
    }
    return { status: response.status, headers: response.headers, body: parsed, text };
  };

  return {
    test,
    app,
    baseUrl,
    platformKey: platform.key,
    logs,
    call,
    close: async () => {
      await app.close();
      await test.drop();
    },
  };
}
