import type { Command } from 'commander';
import { lazyAction } from '../../run-command';

export function registerKeysCommand(program: Command): void {
  const keys = program.command('keys').description('API keys, created directly in the database (for operators on the server machine)');
  keys
    .command('create')
    .description('create an API key and print it once')
    .requiredOption('--role <role>', 'platform | tenant | agent')
    .option('--tenant <id>', 'the tenant a tenant or agent key belongs to')
    .option('--name <name>', 'a label shown in key lists')
    .option('--scopes <list>', 'comma-separated scopes (default: everything the role allows)')
    .option('--expires-in-days <n>', 'the key stops working after this many days')
    .option('--test', 'a fr_test_ key instead of fr_live_')
    .option('--json', 'print the result as JSON')
    .action(lazyAction(async () => (await import('./create')).createKeyCommand));
}
