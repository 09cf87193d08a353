import { createHash } from 'node:crypto';
import { existsSync } from 'node:fs';
import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

export interface MigrationFile {
  version: number;
  /** The file name, e.g. '03_identity_billing.sql'. */
  name: string;
  path: string;
  sql: string;
  /** sha256 (hex) of the file with CRLF read as LF, so a Windows checkout is not "changed". */
  checksum: string;
}

const MIGRATION_NAME = /^(\d+)_[\w.-]+\.sql$/;

/**
 * The migrations directory: FLATRENDER_MIGRATIONS_DIR, else the repo's /migrations when
 * running from source (packages/server/src/db → ../../../../migrations), else the copy
 * shipped with a built package. The source-checkout guess is only tried from src/, since
 * from node_modules/@flatrender/server/dist the same relative path would land in the
 * installing project's own migrations folder.
 */
export function defaultMigrationsDir(env: NodeJS.ProcessEnv = process.env): string {
  if (env.FLATRENDER_MIGRATIONS_DIR) return env.FLATRENDER_MIGRATIONS_DIR;
  const here = fileURLToPath(import.meta.url);
  const candidates = /[\\/]src[\\/]db[\\/][^\\/]+$/.test(here)
    ? ['../../../../migrations']
    : ['../migrations', './migrations'];
  for (const relative of candidates) {
    const dir = fileURLToPath(new URL(relative, import.meta.url));
    if (existsSync(dir)) return dir;
  }
  throw new Error('no migrations directory found: set FLATRENDER_MIGRATIONS_DIR');
}

export function checksumOf(sql: string): string {
  return createHash('sha256').update(sql.replace(/\r\n/g, '\n')).digest('hex');
}

/** All NN_name.sql files in `dir`, sorted by number; other files are ignored. */
export async function readMigrationFiles(dir: string): Promise<MigrationFile[]> {
  const entries = await readdir(dir);
  const files: MigrationFile[] = [];
  for (const name of entries) {
    if (!name.endsWith('.sql')) continue;
    const match = MIGRATION_NAME.exec(name);
    if (!match) throw new Error(`${join(dir, name)}: migration files are named NN_name.sql`);
    const path = join(dir, name);
    const sql = await readFile(path, 'utf8');
    files.push({ version: Number(match[1]), name, path, sql, checksum: checksumOf(sql) });
  }
  files.sort((a, b) => a.version - b.version);
  for (let i = 1; i < files.length; i++) {
    const [previous, current] = [files[i - 1]!, files[i]!];
    if (previous.version === current.version) {
      throw new Error(`${previous.name} and ${current.name} share version ${current.version}: renumber one`);
    }
  }
  return files;
}

/** The name a new migration after `files` should get, e.g. '16_<describe_change>.sql'. */
export function nextMigrationName(files: readonly { version: number; name: string }[]): string {
  const last = files.at(-1);
  const width = last ? (MIGRATION_NAME.exec(last.name)?.[1]?.length ?? 2) : 2;
  const next = (last?.version ?? -1) + 1;
  return `${String(next).padStart(width, '0')}_<describe_change>.sql`;
}
