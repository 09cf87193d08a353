import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { muxAudio, probeMedia, resolveAudio, type ResolvedAudioTrack } from '@flatrender/templates';
import { decodeAudio, silentVideo, tone, toneLevel } from './support/audio';

// The audio path without a browser: a synthetic silent video (a looped grey PNG) stands in
// for Remotion's output, so looping, ducking, fading and range cuts are cheap to measure.
const dir = mkdtempSync(join(tmpdir(), 'flatrender-mux-'));
const FPS = 30;
const COMPOSITION_SECONDS = 6;
let tracks: ResolvedAudioTrack[];
let video: string;

beforeAll(async () => {
  // Music 440 Hz (0.7 s, so it must loop), voiceover 1 kHz for 1 s then a 2 s pause,
  // sfx 2 kHz for 0.2 s: each track is its own frequency and can be measured in the mix.
  const [music, voiceover, sfx] = await Promise.all([
    tone(join(dir, 'music.mp3'), 440, 0.7),
    tone(join(dir, 'voiceover.wav'), 1000, 1, 2),
    tone(join(dir, 'sfx.wav'), 2000, 0.2),
  ]);
  tracks = await resolveAudio(
    { music: { source: music, volume: 0.8 }, voiceover: { source: voiceover, volume: 1 }, sfx: { source: sfx, volume: 0.5 } },
    { workDir: dir },
  );
  video = await silentVideo(join(dir, 'video.mp4'), COMPOSITION_SECONDS, FPS);
});

describe('muxAudio', () => {
  it('one AAC stream the length of the video: music looped, ducked under the voiceover, faded out', async () => {
    const out = join(dir, 'whole.mp4');
    await muxAudio({ video, tracks, codec: 'h264', compositionSeconds: COMPOSITION_SECONDS, startSeconds: 0, endSeconds: COMPOSITION_SECONDS, out });
    const probe = await probeMedia(out);
    expect(probe).toMatchObject({ audioStreams: 1, frames: COMPOSITION_SECONDS * FPS });
    expect(probe.audioSeconds).toBeCloseTo(COMPOSITION_SECONDS, 1);

    const samples = await decodeAudio(out);
    const music = (from: number, to: number) => toneLevel(samples, 440, from, to);
    const underVoice = music(0.2, 0.9);
    const clear = music(2.0, 3.0);
    // Ducked by ~12 dB while the voice speaks; back to full level after the release.
    expect(clear - underVoice).toBeGreaterThan(8);
    // Still playing at 2–3 s although the file is 0.7 s long: it loops.
    expect(clear).toBeGreaterThan(-40);
    // The last half second is well into the 2 s fade-out.
    expect(clear - music(5.5, 5.95)).toBeGreaterThan(10);
    // The voiceover and the sfx are there, at their own volumes.
    expect(toneLevel(samples, 1000, 0.2, 0.9)).toBeGreaterThan(-25);
    expect(toneLevel(samples, 2000, 0.02, 0.18)).toBeGreaterThan(-35);
    expect(toneLevel(samples, 2000, 1, 1.5)).toBeLessThan(-60);
  });

  it('a frame range gets its part of the composition’s timeline (Opus in WebM too)', async () => {
    const vp9 = await silentVideo(join(dir, 'range-video.webm'), 1.5, FPS, 'vp9');
    const out = join(dir, 'range.webm');
    await muxAudio({ video: vp9, tracks, codec: 'vp9', compositionSeconds: COMPOSITION_SECONDS, startSeconds: 4.5, endSeconds: 6, out });
    const probe = await probeMedia(out);
    expect(probe).toMatchObject({ audioStreams: 1, formatName: expect.stringContaining('webm') });
    expect(probe.durationSeconds).toBeCloseTo(1.5, 1);
    const samples = await decodeAudio(out);
    // 4.5–6 s of the timeline: no voiceover or sfx any more, and the music fading out.
    expect(toneLevel(samples, 1000, 0, 1)).toBeLessThan(-60);
    expect(toneLevel(samples, 440, 0, 0.4) - toneLevel(samples, 440, 1.1, 1.45)).toBeGreaterThan(6);
  });
});
