import type { Command } from 'commander';
import { lazyAction } from '../../run-command';

export function registerDoctorCommand(program: Command): void {
  program
    .command('doctor')
    .description('check this machine: Node, database, browser, ffmpeg/ffprobe, aerender')
    .option('--json', 'print the checks as JSON')
    .action(lazyAction(async () => (await import('./doctor')).doctorCommand));
}
