import type { Command } from 'commander';
import { lazyAction } from '../../run-command';

export function registerServerCommand(program: Command): void {
  program
    .command('server')
    .description('run the multi-tenant HTTP API (migrates and seeds on start; DATABASE_URL, else embedded PGlite under FLATRENDER_HOME)')
    .option('--port <port>', 'port to listen on (env FLATRENDER_PORT)', undefined)
    .option('--host <host>', 'address to bind, 0.0.0.0 for every interface (env FLATRENDER_HOST)', undefined)
    .action(lazyAction(async () => (await import('./server')).serverCommand));
}
