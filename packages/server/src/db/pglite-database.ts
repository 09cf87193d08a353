import { mkdirSync } from 'node:fs';
import { PGlite } from '@electric-sql/pglite';
import type { Connection, Database, Queryable, QueryResult } from './database';
import { rethrowing } from './errors';
import { Mutex } from './mutex';
import { runTransaction, setTenant } from './transaction';
import { pgliteParsers } from './value-types';

export interface PgliteDatabaseOptions {
  /** Directory for the database files; in memory when omitted. */
  dataDir?: string;
  /** Role that tenant transactions switch to: PGlite's default user bypasses RLS. */
  tenantRole?: string;
  /** Start from a `snapshot()` of another instance instead of running initdb (about 3× faster). */
  snapshot?: Blob;
}

/** Direct access to the instance; callers must hold the mutex. */
function unguarded(pglite: PGlite): Queryable {
  return {
    async query<Row>(sql: string, params: readonly unknown[] = []): Promise<QueryResult<Row>> {
      const result = await rethrowing(pglite.query<Row>(sql, [...params]));
      // affectedRows counts INSERT/UPDATE/DELETE; a SELECT reports only its rows.
      const rowCount = Math.max(result.affectedRows ?? 0, result.rows.length);
      return { rows: result.rows, rowCount, command: (result as { command?: string }).command };
    },
    async exec(sql: string): Promise<void> {
      await rethrowing(pglite.exec(sql));
    },
  };
}

export interface PgliteDatabase extends Database {
  /** The whole data directory as a tarball, for `snapshot` (test templates). */
  snapshot(): Promise<Blob>;
}

export async function createPgliteDatabase(options: PgliteDatabaseOptions = {}): Promise<PgliteDatabase> {
  if (options.dataDir) mkdirSync(options.dataDir, { recursive: true });
  const pglite = await PGlite.create(options.dataDir, { parsers: pgliteParsers, loadDataDir: options.snapshot });
  const mutex = new Mutex(
    'PGlite is one connection: use the `tx`/`conn` argument inside transaction/withConnection, not the database itself',
  );
  const direct = unguarded(pglite);
  const serialized = <T>(work: () => Promise<T>) => mutex.run(work);
  const connection: Connection = { ...direct, transaction: (work) => runTransaction(direct, work) };
  let closing: Promise<void> | undefined;

  return {
    kind: 'pglite',
    query: <Row>(sql: string, params?: readonly unknown[]) => serialized(() => direct.query<Row>(sql, params)),
    exec: (sql) => serialized(() => direct.exec(sql)),
    transaction: (work) => serialized(() => runTransaction(direct, work)),
    tenantTransaction: (tenantId, work) =>
      serialized(() => runTransaction(direct, work, setTenant(tenantId, options.tenantRole))),
    withConnection: (work) => serialized(() => work(connection)),
    snapshot: () => serialized(() => pglite.dumpDataDir('none')),
    // Queued work finishes first; closing mid-statement could corrupt an on-disk dataDir.
    close: () => (closing ??= serialized(() => pglite.close())),
  };
}
