/**
 * The one database interface the server, CLI and tests use. Two adapters implement it:
 * `pg` (a Pool on real PostgreSQL) and PGlite (embedded PostgreSQL in WASM, one
 * connection). Code receives a `Database` or a `Queryable` by injection, never a global.
 */
export interface QueryResult<Row> {
  rows: Row[];
  rowCount: number;
  /** The command tag ('SELECT', 'UPDATE', 'COMMIT', 'ROLLBACK', …). */
  command?: string;
}

export interface Queryable {
  /** One statement with `$1…` placeholders. */
  query<Row = Record<string, unknown>>(sql: string, params?: readonly unknown[]): Promise<QueryResult<Row>>;
  /** A multi-statement script with no parameters (migrations, psql-style files). */
  exec(sql: string): Promise<void>;
}

/**
 * One dedicated connection (from `withConnection`). It can open transactions itself, so
 * work that holds a session-level lock (the migration runner) stays on that one
 * connection instead of needing a second one from the pool.
 */
export interface Connection extends Queryable {
  transaction<T>(work: (tx: Queryable) => Promise<T>): Promise<T>;
}

export type DatabaseKind = 'pglite' | 'postgres';

export interface Database extends Queryable {
  readonly kind: DatabaseKind;
  /** BEGIN … COMMIT on one connection; ROLLBACK when `work` throws. */
  transaction<T>(work: (tx: Queryable) => Promise<T>): Promise<T>;
  /**
   * A transaction in which `app.tenant_id` is set (transaction-local) so row-level
   * security policies can rely on it.
   */
  tenantTransaction<T>(tenantId: string, work: (tx: Queryable) => Promise<T>): Promise<T>;
  /** Runs `work` on one dedicated connection outside any transaction (advisory locks). */
  withConnection<T>(work: (conn: Connection) => Promise<T>): Promise<T>;
  close(): Promise<void>;
}
