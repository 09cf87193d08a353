import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli } from '../../../test/support/cli';

interface DoctorCheck {
  name: string;
  required: boolean;
  status: 'ok' | 'warn' | 'fail';
  detail: string;
  fix?: string;
}

async function doctor(env: NodeJS.ProcessEnv) {
  const result = await runCli(['doctor', '--json'], env);
  return { code: result.code, stderr: result.stderr, report: JSON.parse(result.stdout) as { ok: boolean; checks: DoctorCheck[] } };
}

// Each run gets its own FLATRENDER_HOME and no DATABASE_URL, so the embedded database is
// the one under test and nothing from the developer's shell leaks in.
function freshHome(): NodeJS.ProcessEnv {
  return { FLATRENDER_HOME: mkdtempSync(join(tmpdir(), 'flatrender-doctor-')), DATABASE_URL: '' };
}

describe('flatrender doctor --json', () => {
  it('reports every check, fails on an unmigrated database with the fix, and passes once migrated', { timeout: 300_000 }, async () => {
    const env = freshHome();
    const before = await doctor(env);
    expect(before.report.checks.map((check) => check.name)).toEqual(['node', 'database', 'browser', 'ffmpeg', 'ffprobe', 'aerender']);
    const database = before.report.checks.find((check) => check.name === 'database');
    expect(database).toMatchObject({ required: true, status: 'fail', fix: expect.stringContaining('flatrender migrate up') });
    expect(before.report.ok).toBe(false);
    expect(before.code).toBe(1);

    const migrate = await runCli(['migrate', 'up'], env);
    expect(migrate.code, migrate.stderr).toBe(0);

    const after = await doctor(env);
    const byName = Object.fromEntries(after.report.checks.map((check) => [check.name, check]));
    expect(byName.node).toMatchObject({ status: 'ok', detail: expect.stringContaining(process.versions.node) });
    expect(byName.database).toMatchObject({ status: 'ok' });
    expect(byName.browser?.detail).toMatch(/chrom/i);
    expect(byName.ffmpeg).toMatchObject({ status: 'ok', detail: expect.stringContaining('ffmpeg version') });
    expect(byName.ffprobe).toMatchObject({ status: 'ok', detail: expect.stringContaining('ffprobe version') });
    // aerender is optional: a missing one is a warning, never a failure.
    expect(byName.aerender).toMatchObject({ required: false });
    expect(byName.aerender?.status).not.toBe('fail');
    expect(after.report.ok).toBe(byName.browser?.status === 'ok');
    expect(after.code).toBe(after.report.ok ? 0 : 1);
  });

  it('names the fix when the browser cannot be found', { timeout: 120_000 }, async () => {
    const { code, report } = await doctor({ ...freshHome(), FLATRENDER_BROWSER: '/nonexistent/chrome' });
    const browser = report.checks.find((check) => check.name === 'browser');
    expect(browser?.status).toBe('fail');
    expect(browser?.fix).toBeTruthy();
    expect(code).toBe(1);
  });
});
