import type { Database, DatabaseKind } from '@flatrender/server/db/database';
import { migrateUp } from '@flatrender/server/db/migrate';
import { defaultMigrationsDir, readMigrationFiles } from '@flatrender/server/db/migration-files';
import { openDatabase } from '@flatrender/server/db/open-database';
import { createPgliteDatabase } from '@flatrender/server/db/pglite-database';
import { createScratchDatabase } from '@flatrender/server/db/scratch-database';

/**
 * Databases for tests. Every suite that touches SQL runs `describe.each(testBackends)`,
 * so the same assertions hold on PGlite (always) and on PostgreSQL (when
 * FLATRENDER_TEST_DATABASE_URL points at a server this may create databases on).
 */
const serverUrl = process.env.FLATRENDER_TEST_DATABASE_URL;

export const testBackends: DatabaseKind[] = serverUrl ? ['pglite', 'postgres'] : ['pglite'];

export interface TestDatabase {
  db: Database;
  /** The scratch database's URL (postgres only), e.g. to hand to a child process. */
  url?: string;
  /** Closes the database; on postgres also drops it. */
  drop(): Promise<void>;
}

export interface TestDatabaseOptions {
  /** Apply the migrations first. Default true: most tests want the real schema. */
  migrate?: boolean;
  /** The migrations to apply; default the repo's migrations/. */
  dir?: string;
}

export async function createTestDatabase(kind: DatabaseKind, options: TestDatabaseOptions = {}): Promise<TestDatabase> {
  const dir = options.migrate === false ? undefined : (options.dir ?? defaultMigrationsDir());
  if (kind === 'pglite') {
    const db = await createPglite(dir);
    return { db, drop: () => db.close() };
  }
  if (!serverUrl) throw new Error('postgres tests need FLATRENDER_TEST_DATABASE_URL (e.g. postgres://postgres@127.0.0.1:5432/postgres)');
  const scratch = await createScratchDatabase(serverUrl, 'fr_test');
  const db = await openDatabase({ url: scratch.url, poolSize: 4 });
  const drop = async () => {
    await db.close();
    await scratch.drop();
  };
  try {
    if (dir) await migrateUp(db, { dir });
  } catch (err) {
    await drop(); // a failed migration must not leak the database
    throw err;
  }
  return { db, url: scratch.url, drop };
}

/**
 * A fresh PGlite runs initdb in WASM (seconds); restoring a snapshot is about 3× faster.
 * So the first database per migrations state (dir + file checksums) is built for real and
 * snapshotted, and later ones in this test process start from that snapshot.
 */
const pgliteTemplates = new Map<string, Promise<Blob>>();

async function createPglite(dir: string | undefined): Promise<Database> {
  const key = dir ? `${dir}\n${(await readMigrationFiles(dir)).map((file) => file.checksum).join(',')}` : '';
  const cached = pgliteTemplates.get(key);
  if (cached) return createPgliteDatabase({ snapshot: await cached });

  const db = await createPgliteDatabase();
  const template = (async () => {
    if (dir) await migrateUp(db, { dir });
    return db.snapshot();
  })();
  pgliteTemplates.set(key, template);
  try {
    await template;
  } catch (err) {
    pgliteTemplates.delete(key);
    await db.close();
    throw err;
  }
  return db;
}
