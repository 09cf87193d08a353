import type { Queryable } from './database';
import { readApplied } from './migrate';
import { readMigrationFiles } from './migration-files';

export type MigrationState = 'applied' | 'pending' | 'changed' | 'missing';

export interface MigrationStatusRow {
  version: number;
  name: string;
  /** applied: recorded and the file matches; changed: recorded but the file was edited since;
   *  missing: recorded but no file; pending: a file not yet applied. */
  state: MigrationState;
  applied_at: Date | null;
  duration_ms: number | null;
}

/** Read-only and lock-free: it may run while a migration is in progress elsewhere. */
export async function migrationStatus(db: Queryable, options: { dir: string }): Promise<MigrationStatusRow[]> {
  const [files, applied] = await Promise.all([readMigrationFiles(options.dir), readApplied(db)]);
  const rows: MigrationStatusRow[] = files.map((file) => {
    const row = applied.get(file.version);
    if (!row) return { version: file.version, name: file.name, state: 'pending', applied_at: null, duration_ms: null };
    const state = row.checksum === file.checksum ? 'applied' : 'changed';
    return { version: file.version, name: file.name, state, applied_at: row.applied_at, duration_ms: row.duration_ms };
  });
  const onDisk = new Set(files.map((file) => file.version));
  for (const row of applied.values()) {
    if (onDisk.has(row.version)) continue;
    rows.push({ version: row.version, name: row.name, state: 'missing', applied_at: row.applied_at, duration_ms: row.duration_ms });
  }
  return rows.sort((a, b) => a.version - b.version);
}
