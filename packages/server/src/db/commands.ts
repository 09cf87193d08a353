import type { Database } from './database';
import { type MigrateUpResult, type AppliedMigration, migrateUp } from './migrate';
import { defaultMigrationsDir } from './migration-files';
import { type MigrationStatusRow, migrationStatus } from './migration-status';
import { type DatabaseConfig, describeDatabase, openDatabase, resolveDatabaseConfig } from './open-database';

/**
 * What `flatrender migrate up|status` and `flatrender db partitions` do, as plain async
 * functions: the CLI parses flags, calls these and prints; these never print or exit.
 */
export interface DatabaseCommandOptions {
  /** Defaults to resolveDatabaseConfig(env). */
  database?: DatabaseConfig;
  env?: NodeJS.ProcessEnv;
}

export interface MigrationCommandOptions extends DatabaseCommandOptions {
  /** Defaults to defaultMigrationsDir(env). */
  dir?: string;
}

/** `database` says where it ran, for the CLI's first line (password redacted). */
export interface CommandTarget {
  database: string;
}

export async function migrateUpCommand(
  options: MigrationCommandOptions & { onApplied?: (migration: AppliedMigration) => void } = {},
): Promise<MigrateUpResult & CommandTarget & { dir: string }> {
  const dir = options.dir ?? defaultMigrationsDir(options.env);
  return withDatabase(options, async (db, database) => ({
    ...(await migrateUp(db, { dir, onApplied: options.onApplied })),
    database,
    dir,
  }));
}

export async function migrateStatusCommand(
  options: MigrationCommandOptions = {},
): Promise<{ rows: MigrationStatusRow[] } & CommandTarget & { dir: string }> {
  const dir = options.dir ?? defaultMigrationsDir(options.env);
  return withDatabase(options, async (db, database) => ({ rows: await migrationStatus(db, { dir }), database, dir }));
}

/**
 * Creates the monthly partitions of the time-series tables `months` ahead, through the
 * migrations' own public.fr_create_partitions (the seed's "ops creates new ones via cron").
 */
export async function createPartitionsCommand(
  options: DatabaseCommandOptions & { months: number },
): Promise<{ rows: Record<string, unknown>[] } & CommandTarget> {
  if (!Number.isInteger(options.months) || options.months < 1 || options.months > 120) {
    throw new RangeError(`--months must be a whole number from 1 to 120 (got ${options.months})`);
  }
  return withDatabase(options, async (db, database) => {
    // select * works whether the function returns a scalar, a row or a set.
    const { rows } = await db.query('select * from public.fr_create_partitions($1::int)', [options.months]);
    return { rows, database };
  });
}

async function withDatabase<T>(options: DatabaseCommandOptions, work: (db: Database, description: string) => Promise<T>) {
  const config = options.database ?? resolveDatabaseConfig(options.env);
  const db = await openDatabase(config);
  try {
    return await work(db, describeDatabase(config));
  } finally {
    await db.close();
  }
}
