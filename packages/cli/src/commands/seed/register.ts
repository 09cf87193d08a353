import type { Command } from 'commander';
import { lazyAction } from '../../run-command';

export function registerSeedCommand(program: Command): void {
  program
    .command('seed')
    .description('upsert the template pack (categories, tags, templates, aspect variants, scenes, colour slots) into the database')
    .option('--previews', 'also render each template’s cover image and link it (starts Chromium)')
    .option('--json', 'print the result as JSON')
    .action(lazyAction(async () => (await import('./seed')).seedCommand));
}
