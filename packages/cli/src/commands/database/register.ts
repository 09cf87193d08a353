import type { Command } from 'commander';
import { lazyAction } from '../../run-command';

export function registerDatabaseCommands(program: Command): void {
  const migrate = program
    .command('migrate')
    .description('apply the SQL migrations (DATABASE_URL, else embedded PGlite under FLATRENDER_HOME)');
  migrate
    .command('up')
    .description('apply every pending migration, each in its own transaction')
    .option('--json', 'print the result as JSON')
    .action(lazyAction(async () => (await import('./migrate')).migrateUpCommand));
  migrate
    .command('status')
    .description('list migrations and whether each is applied, pending, changed or missing')
    .option('--json', 'print the result as JSON')
    .action(lazyAction(async () => (await import('./migrate')).migrateStatusCommand));

  const db = program.command('db').description('database maintenance');
  db.command('partitions')
    .description('create the monthly partitions of the partitioned log tables for the coming months')
    .option('--months <n>', 'how many months ahead', '3')
    .option('--json', 'print the result as JSON')
    .action(lazyAction(async () => (await import('./partitions')).partitionsCommand));
}
