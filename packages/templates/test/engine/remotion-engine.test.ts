import { mkdtempSync, readdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { probeMedia, RemotionEngine, RenderCancelledError, type RenderProgress, type RenderStage } from '@flatrender/templates';
import { TEST_HOME } from '../support/cli';
import { browserProcessesUnder, stillRunning } from './support/processes';

const dir = mkdtempSync(join(tmpdir(), 'flatrender-engine-'));
const engine = new RemotionEngine({ env: { ...process.env, FLATRENDER_HOME: TEST_HOME } });
afterAll(() => engine.dispose());

// Real Chromium, tiny renders (480p, a few frames): one engine for every test here, which
// is the point — the bundle and the browser are opened once.
describe('RemotionEngine', () => {
  it('renders VP9, ProRes and GIF in one browser, reports each stage, and closes it on dispose', { timeout: 300_000 }, async () => {
    const stages: RenderStage[] = [];
    const onProgress = (progress: RenderProgress) => {
      if (stages.at(-1) !== progress.stage) stages.push(progress.stage);
    };
    const common = { template: 'LogoMotion', quality: '480p', bindings: {}, frameRange: [80, 84] } as const;
    const vp9 = await engine.render({ ...common, aspect: '1:1', codec: 'vp9', out: join(dir, 'square.webm'), onProgress });
    expect(stages).toEqual(['bundling', 'rendering', 'encoding', 'verifying']);
    expect(vp9).toMatchObject({ engine: 'remotion', codec: 'vp9', width: 480, height: 480, frames: 5, hasAudio: false });
    const browsers = browserProcessesUnder(process.pid);
    expect(browsers.length).toBeGreaterThan(0);

    const prores = await engine.render({ ...common, aspect: '9:16', codec: 'prores', out: join(dir, 'story.mov') });
    expect(await probeMedia(prores.path)).toMatchObject({ videoCodec: 'prores', width: 480, height: 854, frames: 5 });
    const gif = await engine.render({ ...common, aspect: '16:9', codec: 'gif', out: join(dir, 'wide.gif') });
    expect(await probeMedia(gif.path)).toMatchObject({ videoCodec: 'gif', width: 854, height: 480, frames: 5 });
    // Same browser processes for all three renders: nothing was relaunched.
    expect(stillRunning(browsers)).toEqual(browsers);
    expect(readdirSync(dir).sort()).toEqual(['square.webm', 'story.mov', 'wide.gif']);

    await engine.dispose();
    expect(stillRunning(browsers)).toEqual([]);
  });

  it('an aborted render leaves no file at the target and nothing half-written beside it', { timeout: 300_000 }, async () => {
    const out = join(dir, 'cancelled', 'logo.mp4');
    const controller = new AbortController();
    const render = engine.render({
      template: 'LogoMotion',
      aspect: '16:9',
      quality: '480p',
      bindings: {},
      out,
      signal: controller.signal,
      onProgress: (progress) => {
        if (progress.renderedFrames >= 2) controller.abort();
      },
    });
    await expect(render).rejects.toBeInstanceOf(RenderCancelledError);
    expect(readdirSync(join(dir, 'cancelled'))).toEqual([]);
  });
});
