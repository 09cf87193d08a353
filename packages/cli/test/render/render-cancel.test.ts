import { spawn } from 'node:child_process';
import { mkdtempSync, readdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { TEST_HOME } from '../../../../test/support/cli';
import { browserProcessesUnder, stillRunning } from '../../../templates/test/engine/support/processes';

const BIN = fileURLToPath(new URL('../../bin/flatrender.js', import.meta.url));

describe('flatrender render: Ctrl-C', () => {
  it('cancels cleanly: exit 130, no file at --out or beside it, the browser is gone', { timeout: 300_000 }, async () => {
    const dir = mkdtempSync(join(tmpdir(), 'flatrender-cancel-'));
    const out = join(dir, 'never.mp4');
    const child = spawn(process.execPath, [BIN, 'render', 'LogoMotion', '--quality', '480p', '--out', out], {
      env: { ...process.env, FLATRENDER_HOME: TEST_HOME },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let stderr = '';
    child.stderr.setEncoding('utf8');
    const exited = new Promise<number | null>((resolve) => child.once('exit', (code) => resolve(code)));
    // Without a terminal the command prints one line per stage; interrupt once frames render.
    await new Promise<void>((resolve, reject) => {
      child.stderr.on('data', (chunk: string) => {
        stderr += chunk;
        if (/Rendering \d+\/180 frames/.test(stderr)) resolve();
      });
      void exited.then(() => reject(new Error(`exited before rendering: ${stderr}`)));
    });
    let browsers: number[] = [];
    for (let attempt = 0; attempt < 50 && browsers.length === 0; attempt++) {
      browsers = browserProcessesUnder(child.pid!);
      if (browsers.length === 0) await new Promise((resolve) => setTimeout(resolve, 100));
    }
    expect(browsers.length, 'a browser should be rendering').toBeGreaterThan(0);

    child.kill('SIGINT');
    const code = await exited;
    expect(stderr).toContain(`render cancelled; nothing was written to ${out}`);
    expect(code).toBe(130);
    expect(readdirSync(dir)).toEqual([]);
    // The command closed its browser itself: nothing of it is left running.
    await new Promise((resolve) => setTimeout(resolve, 500));
    expect(stillRunning(browsers)).toEqual([]);
  });
});
