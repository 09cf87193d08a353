import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Database, DatabaseKind } from '@flatrender/server/db/database';
import { openDatabase, resolveDatabaseConfig } from '@flatrender/server/db/open-database';
import { createScratchDatabase } from '@flatrender/server/db/scratch-database';

/**
 * An empty database for a CLI child process, as the user would point one at it: a fresh
 * FLATRENDER_HOME (embedded PGlite) or DATABASE_URL on a scratch PostgreSQL database.
 */
export interface CliDatabase {
  env: NodeJS.ProcessEnv;
  /** Opens the same database from the test (close it before the next CLI run on PGlite). */
  open(): Promise<Database>;
  drop(): Promise<void>;
}

export async function createCliDatabase(kind: DatabaseKind): Promise<CliDatabase> {
  const home = mkdtempSync(join(tmpdir(), 'flatrender-cli-db-'));
  if (kind === 'pglite') {
    const env = { FLATRENDER_HOME: home, DATABASE_URL: '' };
    return {
      env,
      open: () => openDatabase(resolveDatabaseConfig(env)),
      drop: async () => rmSync(home, { recursive: true, force: true }),
    };
  }
  const serverUrl = process.env.FLATRENDER_TEST_DATABASE_URL;
  if (!serverUrl) throw new Error('postgres CLI tests need FLATRENDER_TEST_DATABASE_URL');
  const scratch = await createScratchDatabase(serverUrl, 'fr_cli');
  return {
    env: { FLATRENDER_HOME: home, DATABASE_URL: scratch.url },
    open: () => openDatabase({ url: scratch.url, poolSize: 1 }),
    drop: async () => {
      await scratch.drop();
      rmSync(home, { recursive: true, force: true });
    },
  };
}
