import { mkdtempSync, readdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { probeMedia } from '@flatrender/templates';
import { runCli } from '../../../../test/support/cli';

const dir = mkdtempSync(join(tmpdir(), 'flatrender-render-'));

async function renderJson(args: string[]) {
  const result = await runCli(['render', ...args, '--json']);
  expect(result.code, result.stderr).toBe(0);
  return JSON.parse(result.stdout) as Record<string, unknown>;
}

// Real renders through the CLI, kept tiny (480p, 15 frames) for two shared cores.
describe('flatrender render', () => {
  it('renders a 2D template at 480p: 854×480, 15 frames, 0.5 s, checked again with ffprobe', { timeout: 300_000 }, async () => {
    const out = join(dir, 'logo.mp4');
    const result = await renderJson(['LogoMotion', '--quality', '480p', '--frames', '60-74', '--set', 'brandName=فلت‌رندر', '--out', out]);
    expect(result).toMatchObject({
      path: out,
      engine: 'remotion',
      template: 'LogoMotion',
      aspect: '16:9',
      quality: '480p',
      codec: 'h264',
      width: 854,
      height: 480,
      frames: 15,
      duration_seconds: 0.5,
      has_audio: false,
    });
    expect(result.size_bytes).toBeGreaterThan(1000);
    expect(result.render_seconds).toBeGreaterThan(0);
    expect(result.fps).toBeGreaterThan(0);
    const probe = await probeMedia(out);
    expect(probe).toMatchObject({ width: 854, height: 480, frames: 15, videoCodec: 'h264', audioStreams: 0 });
    expect(probe.durationSeconds).toBeCloseTo(0.5, 1);
    expect(readdirSync(dir)).toEqual(['logo.mp4']);
  });

  it('renders a 3D template at 480p in 9:16 (WebGL through swangle)', { timeout: 300_000 }, async () => {
    const out = join(dir, 'hero.mp4');
    const result = await renderJson(['Hero3D', '--aspect', '9:16', '--quality', '480p', '--frames', '100-114', '--out', out]);
    expect(result).toMatchObject({ template: 'Hero3D', aspect: '9:16', width: 480, height: 854, frames: 15 });
    const probe = await probeMedia(out);
    expect(probe).toMatchObject({ width: 480, height: 854, frames: 15, audioStreams: 0 });
    expect(probe.durationSeconds).toBeCloseTo(0.5, 1);
  });
});
