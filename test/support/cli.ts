import { execFile } from 'node:child_process';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const BIN = fileURLToPath(new URL('../../packages/cli/bin/flatrender.js', import.meta.url));

/**
 * Shared by every render test file and kept between runs: the bundle cache lives here, so
 * only the first run after a source change pays for webpack.
 */
export const TEST_HOME = join(tmpdir(), 'flatrender-test-home');

export interface CliResult {
  code: number;
  stdout: string;
  stderr: string;
}

/** Runs `flatrender …` as a child process, the way a user does. */
export function runCli(args: string[], env: NodeJS.ProcessEnv = {}): Promise<CliResult> {
  return new Promise((resolve) => {
    execFile(
      process.execPath,
      [BIN, ...args],
      { env: { ...process.env, FLATRENDER_HOME: TEST_HOME, ...env }, maxBuffer: 64 * 1024 * 1024, timeout: 600_000 },
      (error, stdout, stderr) => {
        const code = error ? (typeof error.code === 'number' ? error.code : 1) : 0;
        resolve({ code, stdout, stderr });
      },
    );
  });
}

/** stderr without Node's and Remotion's environment chatter, for "one line" assertions. */
export function errorLines(stderr: string): string[] {
  return stderr.split('\n').filter((line) => line.trim() !== '' && !line.startsWith('npm warn'));
}
