import { migrateStatusCommand as readMigrationStatus, migrateUpCommand as applyMigrations } from '@flatrender/server';
import { printResult, renderTable } from '../../output/print';

export async function migrateUpCommand(options: { json?: boolean }): Promise<void> {
  const log = options.json ? () => {} : (line: string) => process.stderr.write(`${line}\n`);
  const result = await applyMigrations({
    onApplied: (migration) => log(`applied ${migration.name} (${migration.duration_ms} ms)`),
  });
  printResult(result, options, (r) =>
    r.applied.length === 0
      ? `${r.database}: up to date (${r.alreadyApplied} migrations already applied)`
      : `${r.database}: applied ${r.applied.length} migration(s), ${r.alreadyApplied} were already applied`,
  );
}

export async function migrateStatusCommand(options: { json?: boolean }): Promise<void> {
  const status = await readMigrationStatus();
  printResult(status, options, (s) =>
    [
      `${s.database} — migrations in ${s.dir}`,
      renderTable(
        ['version', 'name', 'state', 'applied at', 'ms'],
        s.rows.map((row) => [row.version, row.name, row.state, row.applied_at ? new Date(row.applied_at).toISOString() : '', row.duration_ms]),
      ),
    ].join('\n'),
  );
}
