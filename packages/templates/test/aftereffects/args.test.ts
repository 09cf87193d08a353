import { describe, expect, it } from 'vitest';
import { aerenderArgs, mfrCpuPercent } from '../../src/aftereffects/args';
import { AerenderError } from '../../src/aftereffects/errors';
import { judgeRun, type RunContext } from '../../src/aftereffects/judge-run';
import { outputModuleFor, renderSettingsFor } from '../../src/aftereffects/output-profile';
import { parseAerenderOutput } from '../../src/aftereffects/render-log';

describe('aerenderArgs', () => {
  const input = {
    project: 'D:\\FlatRender\\ae\\LogoMotion.aep',
    comp: 'LogoMotion-16x9',
    script: 'C:\\Temp\\flatrender-ae-1\\LogoMotion-bindings.jsx',
    renderSettingsTemplate: 'Best Settings',
    outputModuleTemplate: 'H.264 - Match Render Settings - 15 Mbps',
    output: 'D:\\out\\.video.mp4.ae-abc123.mp4',
    startFrame: 30,
    endFrame: 59,
    mfr: { maxCpuPercent: 50 },
  };

  it('builds the whole command line, -e inclusive, values as separate arguments', () => {
    expect(aerenderArgs(input)).toEqual([
      '-project', 'D:\\FlatRender\\ae\\LogoMotion.aep',
      '-comp', 'LogoMotion-16x9',
      '-r', 'C:\\Temp\\flatrender-ae-1\\LogoMotion-bindings.jsx',
      '-RStemplate', 'Best Settings',
      '-OMtemplate', 'H.264 - Match Render Settings - 15 Mbps',
      '-output', 'D:\\out\\.video.mp4.ae-abc123.mp4',
      '-s', '30',
      '-e', '59',
      '-mfr', 'ON', '50',
      '-v', 'ERRORS_AND_PROGRESS',
      '-close', 'DO_NOT_SAVE_CHANGES',
    ]);
  });

  it('leaves -mfr and -r off when not wanted (After Effects before 22.0, no bindings)', () => {
    const args = aerenderArgs({ ...input, mfr: false, script: undefined });
    expect(args).not.toContain('-mfr');
    expect(args).not.toContain('-r');
  });

  it('maps frame concurrency to an MFR CPU share', () => {
    expect(mfrCpuPercent(undefined, 8)).toBe(100);
    expect(mfrCpuPercent(2, 8)).toBe(25);
    expect(mfrCpuPercent(1, 2)).toBe(50);
    expect(mfrCpuPercent(16, 8)).toBe(100);
  });
});

describe('output profiles', () => {
  it('defaults per codec, overridable per codec and per codec@tier', () => {
    expect(outputModuleFor('h264', '1080p')).toEqual({ template: 'H.264 - Match Render Settings - 15 Mbps', extension: '.mp4' });
    expect(outputModuleFor('vp9', '720p').extension).toBe('.mov');
    const overrides = { h264: { template: 'FR H264', extension: '.mp4' }, 'h264@480p': { template: 'FR H264 480', extension: '.mp4' } };
    expect(outputModuleFor('h264', '720p', overrides).template).toBe('FR H264');
    expect(outputModuleFor('h264', '480p', overrides).template).toBe('FR H264 480');
    expect(renderSettingsFor('480p')).toBe('Best Settings');
    expect(renderSettingsFor('480p', { '480p': 'Draft Settings' })).toBe('Draft Settings');
  });
});

describe('judgeRun', () => {
  const context: RunContext = {
    project: '/ae/LogoMotion.aep',
    comp: 'LogoMotion-16x9',
    outputModule: 'H.264 - Match Render Settings - 15 Mbps',
    renderSettings: 'Best Settings',
    expectedFrames: 2,
    failOnMissingDependencies: true,
  };
  const ok = { exitCode: 0, signal: null };
  const judge = (text: string, exit = ok, overrides: Partial<RunContext> = {}) => judgeRun(parseAerenderOutput(text), exit, { ...context, ...overrides });

  it('passes a run that rendered every frame', () => {
    expect(judge('PROGRESS:  0:00:00:00 (1): 0 Seconds\nPROGRESS:  0:00:00:01 (2): 0 Seconds\n')).toBeUndefined();
  });

  it('fails on an aerender error even with exit code 0, and says what to do', () => {
    const error = judge('aerender ERROR: No comp was found with the given name.');
    expect(error).toBeInstanceOf(AerenderError);
    expect(error?.message).toBe('aerender failed: No comp was found with the given name. (exit code 0). the project /ae/LogoMotion.aep needs a comp named "LogoMotion-16x9"');
    expect(judge('aerender SYNTAX ERROR: Illegal argument flag: -r', { exitCode: 3, signal: null })?.hint).toMatch(/nexrender's patched commandLineRenderer\.jsx/);
    expect(judge('aerender SYNTAX ERROR: Illegal argument flag: -mfr', { exitCode: 3, signal: null })?.hint).toMatch(/mfr: false/);
  });

  it('fails on silence, a short render, a bad exit and missing footage', () => {
    expect(judge('aerender version 25.6x101\nPROGRESS: Launching After Effects...')?.reason).toMatch(/printed no frame lines.*Launching After Effects/);
    expect(judge('PROGRESS:  0:00:00:00 (1): 0 Seconds', ok, { expectedFrames: 3 })?.reason).toBe('aerender stopped after 1 of 3 frames without finishing the composition');
    expect(judge('PROGRESS:  0:00:00:00 (1): 0 Seconds', { exitCode: 1, signal: null })?.exitCode).toBe(1);
    const footage = 'PROGRESS:  0:00:00:00 (1): 0 Seconds\nPROGRESS:  Total Time Elapsed: 0 Seconds\nWARNING:After Effects warning: logged one error  error: Unable to Render: File Not Found C:\\x.jpg';
    expect(judge(footage)?.reason).toMatch(/missing fonts or footage/);
    expect(judge(footage, ok, { failOnMissingDependencies: false })).toBeUndefined();
  });
});
