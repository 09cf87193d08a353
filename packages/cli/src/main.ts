import { CommanderError } from 'commander';
import { buildProgram, exitCodeOfCommanderError } from './program';
import { reportFailure } from './run-command';

// The only place that exits the process.
async function main(argv: string[]): Promise<number> {
  const program = buildProgram();
  try {
    await program.parseAsync(argv);
    return 0;
  } catch (error) {
    if (error instanceof CommanderError) return exitCodeOfCommanderError(error);
    return reportFailure(error);
  }
}

process.exitCode = await main(process.argv);
