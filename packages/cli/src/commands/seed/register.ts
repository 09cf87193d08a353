import type { Command } from 'commander';
import { lazyAction } from '../../run-command';

export function registerSeedCommand(program: Command): void {
  program
    .command('seed')
    .description('upsert the template pack (categories, tags, templates, aspect variants, scenes, colour slots) into the database')
    .option('--previews [templates]', 'also render a cover still and a short 480p preview video per aspect into the file store and link them (all templates, or a comma-separated list; starts Chromium)')
    .option('--json', 'print the result as JSON')
    .action(lazyAction(async () => (await import('./seed')).seedCommand));
}
