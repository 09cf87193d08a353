import { Command, CommanderError } from 'commander';
import { ExitCode, ExitError } from './errors';
import { cliVersion } from './version';
import { registerDatabaseCommands } from './commands/database/register';
import { registerDoctorCommand } from './commands/doctor/register';
import { registerTemplateCommands } from './commands/templates/register';
import { registerSeedCommand } from './commands/seed/register';
import { registerRenderCommand } from './commands/render/register';
import { registerServerCommand } from './commands/server/register';
import { registerKeysCommand } from './commands/keys/register';

/**
 * The command tree. Each area registers its commands from its own folder; actions are
 * imported lazily there, so building this tree imports nothing heavy.
 */
export function buildProgram(): Command {
  const program = new Command('flatrender')
    .description('FlatRender: multi-tenant video render farm — database, templates, renders, server, agents')
    .version(cliVersion(), '-V, --version', 'print the flatrender version')
    .showSuggestionAfterError(true)
    .configureOutput({ writeErr: (text) => process.stderr.write(text) })
    .exitOverride();

  registerDatabaseCommands(program);
  registerDoctorCommand(program);
  registerTemplateCommands(program);
  registerSeedCommand(program);
  registerRenderCommand(program);
  registerServerCommand(program);
  registerKeysCommand(program);
  return program;
}

/** commander reports usage mistakes by throwing; they are exit 2 (usage), help is exit 0. */
export function exitCodeOfCommanderError(error: CommanderError): number {
  const ok = ['commander.helpDisplayed', 'commander.version', 'commander.help'];
  if (ok.includes(error.code)) return ExitCode.ok;
  return ExitCode.usage;
}

export { ExitError };
