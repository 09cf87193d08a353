import { existsSync } from 'node:fs';
import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createAfterEffectsEngine, type AfterEffectsEngineOptions } from '../../src/aftereffects/engine';
import { AeBindingError, AeProjectNotFoundError, AerenderError, AerenderHangError, AerenderNotConfiguredError } from '../../src/aftereffects/errors';
import { RenderCancelledError } from '../../src/engine/errors';
import { probeMedia } from '../../src/engine/probe';
import { runFfmpeg } from '../../src/engine/ffmpeg-run';
import type { RenderProgress, RenderRequest } from '../../src/engine/types';
import { fakeWorld, waitForExit, type FakeWorld } from './fake';

// aerender is the fake in fixtures/: it replays real aerender output and writes a real
// H.264 file with Remotion's ffmpeg, so ffprobe verification runs for real.
let world: FakeWorld;
beforeEach(async () => {
  world = await fakeWorld();
});
afterEach(async () => {
  await world.dispose();
});

function engine(env: Record<string, string> = {}, options: AfterEffectsEngineOptions = {}) {
  return createAfterEffectsEngine({ env: world.env(env), ...options });
}

function request(overrides: Partial<RenderRequest> = {}): RenderRequest {
  return {
    template: 'LogoMotion',
    aspect: '16:9',
    quality: '1080p',
    bindings: { brandName: 'استودیو "نگارین"', tagline: 'خط اول\nخط دوم', primary: '#ff8000' },
    frameRange: [0, 29],
    out: join(world.outDir, 'logo.mp4'),
    ...overrides,
  };
}

describe('After Effects engine, success', () => {
  it('runs aerender with the exact command line, reports progress and verifies the file', async () => {
    const events: RenderProgress[] = [];
    const result = await engine().render(request({ frameRange: [30, 59], concurrency: 1, onProgress: (event) => events.push(event) }));

    const { argv, script } = world.readArgv();
    const at = (flag: string) => argv[argv.indexOf(flag) + 1] ?? '';
    expect(argv).toEqual([
      '-project', join(world.projects, 'LogoMotion.aep'),
      '-comp', 'LogoMotion-16x9',
      '-r', at('-r'),
      '-RStemplate', 'Best Settings',
      '-OMtemplate', 'H.264 - Match Render Settings - 15 Mbps',
      '-output', at('-output'),
      '-s', '30',
      '-e', '59',
      '-mfr', 'ON', String(Math.round(100 / (await import('node:os')).availableParallelism())),
      '-v', 'ERRORS_AND_PROGRESS',
      '-close', 'DO_NOT_SAVE_CHANGES',
    ]);
    expect(at('-r')).toMatch(/flatrender-ae-[^/]+\/LogoMotion-bindings\.jsx$/);
    // Beside the target, hidden, with the output module's extension.
    expect(at('-output')).toMatch(new RegExp(`^${world.outDir}/\\.logo\\.mp4\\.ae-[0-9a-f]{6}\\.mp4$`));
    expect(script).toContain('{ name: "brandName", value: "\\u0627\\u0633\\u062a\\u0648\\u062f\\u06cc\\u0648 \\"');
    expect(script).toContain('\\u0644\\u000d\\u062e'); // the line break, as AE's \r
    expect(script).toContain('{ name: "primary", rgb: [1, 0.501961, 0] }');

    expect(result).toMatchObject({
      path: join(world.outDir, 'logo.mp4'),
      engine: 'aftereffects',
      template: 'LogoMotion',
      codec: 'h264',
      width: 1920,
      height: 1080,
      frames: 30,
      durationSeconds: 1,
      hasAudio: false,
    });
    expect(result.sizeBytes).toBeGreaterThan(0);
    // Only the finished file is left: no temp video beside it, no script in the temp dir.
    expect(await world.outFiles()).toEqual(['logo.mp4']);
    expect(existsSync(at('-r'))).toBe(false);

    expect(events[0]).toEqual({ stage: 'rendering', progress: 0, renderedFrames: 0, totalFrames: 30 });
    const rendering = events.filter((event) => event.stage === 'rendering');
    expect(rendering.map((event) => event.renderedFrames)).toEqual(Array.from({ length: 31 }, (_, index) => index));
    expect(rendering.at(-1)?.progress).toBeCloseTo(0.9);
    expect(rendering.slice(1).every((event) => event.fps !== undefined && event.etaSeconds !== undefined)).toBe(true);
    expect(events.map((event) => event.progress)).toEqual([...events.map((event) => event.progress)].sort((a, b) => a - b));
    expect(events.at(-1)).toMatchObject({ stage: 'verifying', progress: 1 });
  });

  it('renders the whole composition when no frame range is given', async () => {
    const result = await engine().render(request({ frameRange: undefined }));
    const { argv } = world.readArgv();
    expect(argv.slice(argv.indexOf('-s'), argv.indexOf('-s') + 4)).toEqual(['-s', '0', '-e', '179']);
    expect(result.frames).toBe(180);
  });

  it('scales to the quality tier when the output module rendered the native size', async () => {
    const events: RenderProgress[] = [];
    const result = await engine().render(request({ quality: '720p', onProgress: (event) => events.push(event) }));
    expect([result.width, result.height, result.frames]).toEqual([1280, 720, 30]);
    expect(events.some((event) => event.stage === 'encoding')).toBe(true);
    expect(await world.outFiles()).toEqual(['logo.mp4']);
  });

  it('mixes the audio in like the Remotion engine does', async () => {
    const music = join(world.root, 'music.wav');
    await runFfmpeg(['-y', '-filter_complex', 'sine=frequency=440:duration=3', music]);
    const result = await engine().render(request({ audio: { music: { source: music, volume: 0.5 } } }));
    expect(result.hasAudio).toBe(true);
    expect((await probeMedia(result.path)).audioStreams).toBe(1);
    expect(await world.outFiles()).toEqual(['logo.mp4']);
  });

  it('disables -mfr for After Effects before 22.0', async () => {
    await engine({}, { mfr: false }).render(request());
    expect(world.readArgv().argv).not.toContain('-mfr');
  });
});

describe('After Effects engine, failures', () => {
  it('propagates aerender errors with their message, detail and exit code (S5, nexrender #428)', async () => {
    const failure = engine({ FAKE_AERENDER_SCENARIO: 'replay', FAKE_AERENDER_LOG: 's5-garbled-error.log', FAKE_AERENDER_EXIT: '9' }).render(request());
    await expect(failure).rejects.toBeInstanceOf(AerenderError);
    const error = (await failure.catch((caught: unknown) => caught)) as AerenderError;
    expect(error.exitCode).toBe(9);
    expect(error.aerenderMessages[0]?.message).toMatch(/^After Effects\uFFFD: 2"y 1/);
    expect(error.aerenderMessages[0]?.detail[0]).toContain('/tmp/nexrender/cfsZgEsZKwJU50vm56mKt');
    expect(error.message).toMatch(/\(exit code 9\)$/);
    expect(error.tail.at(-1)).toBe('PROGRESS: ...After Effects successfully launched');
    expect(await world.outFiles()).toEqual([]);
  });

  it('fails on "aerender Error:" even when aerender exits 0 (S5, Deadline)', async () => {
    const env = { FAKE_AERENDER_SCENARIO: 'replay', FAKE_AERENDER_LOG: 's5-deadline-read-error.log', FAKE_AERENDER_EXIT: '0' };
    await expect(engine(env).render(request())).rejects.toThrow('aerender failed: After Effects error: Could not read from source. Please check the settings and try again. (exit code 0)');
  });

  it('names the comp the project lacks (S5, nexrender #148)', async () => {
    const env = { FAKE_AERENDER_SCENARIO: 'replay', FAKE_AERENDER_LOG: 's5-no-comp.log', FAKE_AERENDER_EXIT: '7' };
    await expect(engine(env).render(request())).rejects.toThrow(`the project ${join(world.projects, 'LogoMotion.aep')} needs a comp named "LogoMotion-16x9"`);
  });

  it('explains an aerender without the -r patch', async () => {
    await expect(engine({ FAKE_AERENDER_NO_R: '1' }).render(request())).rejects.toThrow(/Illegal argument flag: -r \(exit code 3\)\. this aerender has no -r flag: install nexrender's patched/);
  });

  it('fails a run that printed no frames (S4c) and one that wrote no file', async () => {
    const silent = { FAKE_AERENDER_SCENARIO: 'replay', FAKE_AERENDER_LOG: 's4c-logfile-empty.log', FAKE_AERENDER_EXIT: '0' };
    await expect(engine(silent).render(request())).rejects.toThrow(/printed no frame lines, so nothing was rendered; last line: "Log closed on 2024\/1\/25 at 13:58:52"/);
    await expect(engine({ FAKE_AERENDER_SCENARIO: 'no-file' }).render(request())).rejects.toThrow(/aerender finished but wrote no file at .*\.ae-[0-9a-f]{6}\.mp4/);
  });

  it('kills a hung render and its child processes after the idle time', async () => {
    const started = Date.now();
    const failure = engine({ FAKE_AERENDER_SCENARIO: 'hang' }, { idleTimeoutMs: 1500, killGraceMs: 500 }).render(request());
    const error = (await failure.catch((caught: unknown) => caught)) as AerenderHangError;
    expect(error).toBeInstanceOf(AerenderHangError);
    expect(error.message).toBe(
      'aerender hung: no output for 1.5 s after "PROGRESS:  Frame Rate: 25.00 (comp)"; killed it and its child processes (raise idleTimeoutMs if frames really take this long)',
    );
    expect(Date.now() - started).toBeGreaterThanOrEqual(1500);
    expect(await waitForExit(world.childPidFile)).toBe(true);
    expect(await world.outFiles()).toEqual([]);
  });

  it('honours the AbortSignal: kills aerender and leaves no file at the target', async () => {
    const controller = new AbortController();
    const onProgress = (event: RenderProgress) => {
      if (event.renderedFrames >= 2) controller.abort();
    };
    const out = join(world.outDir, 'logo.mp4');
    const failure = engine({ FAKE_AERENDER_SCENARIO: 'abort' }, { killGraceMs: 500 }).render(request({ out, signal: controller.signal, onProgress }));
    await expect(failure).rejects.toBeInstanceOf(RenderCancelledError);
    expect(existsSync(out)).toBe(false);
    expect(await world.outFiles()).toEqual([]);
    expect(await waitForExit(world.childPidFile)).toBe(true);
  });

  it('dispose() cancels the renders in flight', async () => {
    const ae = engine({ FAKE_AERENDER_SCENARIO: 'abort' }, { killGraceMs: 500 });
    let disposing: Promise<void> | undefined;
    const failure = ae.render(request({ onProgress: (event) => void (event.renderedFrames > 0 && (disposing ??= ae.dispose())) }));
    await expect(failure).rejects.toBeInstanceOf(RenderCancelledError);
    await disposing;
    expect(await waitForExit(world.childPidFile)).toBe(true);
  });
});

describe('After Effects engine, configuration and input', () => {
  it('says which variable to set when aerender is not configured', async () => {
    const ae = createAfterEffectsEngine({ env: { FLATRENDER_AE_PROJECTS: world.projects } });
    const failure = ae.render(request());
    await expect(failure).rejects.toBeInstanceOf(AerenderNotConfiguredError);
    await expect(failure).rejects.toThrow(/^FLATRENDER_AERENDER is not set: .*Set FLATRENDER_AERENDER to its path/);
    await expect(engine({ FLATRENDER_AERENDER: join(world.root, 'nope') }).render(request())).rejects.toThrow(/FLATRENDER_AERENDER points at .*nope, which is not a file/);
    await expect(engine({ FLATRENDER_AE_PROJECTS: '' }).render(request())).rejects.toThrow(/^FLATRENDER_AE_PROJECTS is not set/);
  });

  it('needs <Template>.aep in the projects directory', async () => {
    await expect(engine().render(request({ template: 'Countdown', bindings: {} }))).rejects.toBeInstanceOf(AeProjectNotFoundError);
  });

  it('rejects bindings AE cannot apply before starting aerender', async () => {
    await expect(engine().render(request({ bindings: { logo: 'https://example.com/logo.png' } }))).rejects.toBeInstanceOf(AeBindingError);
    await expect(engine().render(request({ bindings: { logo: join(world.root, 'missing.png') } }))).rejects.toThrow(/logo: image file not found/);
    expect(existsSync(world.argvFile)).toBe(false);
  });

  it('passes local images to the script as absolute paths', async () => {
    await writeFile(join(world.root, 'logo.png'), 'png');
    await engine().render(request({ bindings: { logo: 'logo.png' }, baseDir: world.root }));
    expect(world.readArgv().script).toContain(`{ name: "logo", path: "${join(world.root, 'logo.png')}" }`);
  });
});
