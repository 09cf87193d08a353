import type { Connection, Database, Queryable } from './database';
import { MigrationChecksumError, MigrationMissingError } from './migration-errors';
import { DatabaseError } from './errors';
import { type MigrationFile, nextMigrationName, readMigrationFiles } from './migration-files';

/**
 * The migration runner, after graphile-worker's migrate.ts: numbered plain-SQL files,
 * each applied in its own transaction that also records it in public.schema_migrations,
 * so a file is either fully applied and recorded or not at all.
 */

export interface AppliedMigration {
  version: number;
  name: string;
  duration_ms: number;
}

export interface MigrateUpResult {
  applied: AppliedMigration[];
  alreadyApplied: number;
}

export interface MigrateOptions {
  dir: string;
  onApplied?: (migration: AppliedMigration) => void;
}

interface AppliedRow {
  version: number;
  name: string;
  checksum: string;
  applied_at: Date;
  duration_ms: number;
}

/** Arbitrary but fixed: every runner on any FlatRender database contends for this key. */
export const MIGRATION_LOCK_KEY = 7_140_613_222;

const CREATE_TABLE = `
  create table if not exists public.schema_migrations (
    version     int primary key,
    name        text not null,
    checksum    text not null,
    applied_at  timestamptz not null default now(),
    duration_ms int not null
  )`;

export async function migrateUp(db: Database, options: MigrateOptions): Promise<MigrateUpResult> {
  const files = await readMigrationFiles(options.dir);
  // One dedicated connection holds the session lock for the whole run and applies every
  // file itself; a second runner waits here, then sees what the first one applied.
  return db.withConnection(async (conn) => {
    await conn.query('select pg_advisory_lock($1::bigint)', [MIGRATION_LOCK_KEY]);
    try {
      await conn.query(CREATE_TABLE);
      const applied = await readApplied(conn);
      assertAppliedUnchanged(files, applied, options.dir);
      const pending = files.filter((file) => !applied.has(file.version));
      const done: AppliedMigration[] = [];
      for (const file of pending) {
        const migration = await applyMigration(conn, file);
        done.push(migration);
        options.onApplied?.(migration);
      }
      return { applied: done, alreadyApplied: applied.size };
    } finally {
      await conn.query('select pg_advisory_unlock($1::bigint)', [MIGRATION_LOCK_KEY]);
    }
  });
}

async function applyMigration(conn: Connection, file: MigrationFile): Promise<AppliedMigration> {
  return conn.transaction(async (tx) => {
    const started = performance.now();
    try {
      await tx.exec(file.sql);
    } catch (err) {
      // Point the operator at the file and line, not just the statement's error.
      if (err instanceof Error) err.message = `${file.name}${lineSuffix(file.sql, err)}: ${err.message}`;
      throw err;
    }
    const duration_ms = Math.round(performance.now() - started);
    await tx.query('insert into public.schema_migrations (version, name, checksum, duration_ms) values ($1, $2, $3, $4)', [
      file.version,
      file.name,
      file.checksum,
      duration_ms,
    ]);
    return { version: file.version, name: file.name, duration_ms };
  });
}

export async function readApplied(db: Queryable): Promise<Map<number, AppliedRow>> {
  const exists = await db.query<{ found: boolean }>("select to_regclass('public.schema_migrations') is not null as found");
  if (!exists.rows[0]?.found) return new Map();
  const { rows } = await db.query<AppliedRow>(
    'select version, name, checksum, applied_at, duration_ms from public.schema_migrations order by version',
  );
  return new Map(rows.map((row) => [row.version, row]));
}

/** Refuses to run on top of history that no longer matches the files on disk. */
function assertAppliedUnchanged(files: MigrationFile[], applied: Map<number, AppliedRow>, dir: string): void {
  const byVersion = new Map(files.map((file) => [file.version, file]));
  for (const row of applied.values()) {
    const file = byVersion.get(row.version);
    if (!file) throw new MigrationMissingError(row.version, row.name, dir);
    if (file.checksum !== row.checksum) {
      const known = [...files, ...applied.values()].sort((a, b) => a.version - b.version);
      throw new MigrationChecksumError(file.path, file.version, row.checksum, file.checksum, nextMigrationName(known));
    }
  }
}

function lineSuffix(sql: string, err: Error): string {
  if (!(err instanceof DatabaseError) || err.position === undefined) return '';
  return `:${sql.slice(0, err.position - 1).split('\n').length}`;
}
