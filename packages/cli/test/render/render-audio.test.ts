import { createReadStream, mkdtempSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { probeMedia } from '@flatrender/templates';
import { runCli } from '../../../../test/support/cli';
import { decodeAudio, tone, toneLevel } from '../../../templates/test/engine/support/audio';

const dir = mkdtempSync(join(tmpdir(), 'flatrender-render-audio-'));
let server: Server;
let musicUrl: string;

beforeAll(async () => {
  await tone(join(dir, 'music.mp3'), 440, 0.7);
  // The music comes over HTTP, as a reseller's asset URL would.
  server = createServer((request, response) => {
    if (request.url !== '/music.mp3') return void response.writeHead(404).end();
    response.writeHead(200, { 'content-type': 'audio/mpeg' });
    createReadStream(join(dir, 'music.mp3')).pipe(response);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  musicUrl = `http://127.0.0.1:${(server.address() as AddressInfo).port}/music.mp3`;
});
afterAll(() => new Promise((resolve) => server.close(resolve)));

describe('flatrender render with music, voiceover and sfx', () => {
  it('one audio stream the length of the video, and the music ducks under the voiceover', { timeout: 300_000 }, async () => {
    // Voiceover: 1 kHz for 0.5 s, then a pause; music: 440 Hz; sfx: 2 kHz for 0.2 s.
    const [voiceover, sfx] = await Promise.all([tone(join(dir, 'voiceover.wav'), 1000, 0.5, 1.5), tone(join(dir, 'sfx.wav'), 2000, 0.2)]);
    const out = join(dir, 'with-audio.mp4');
    const result = await runCli([
      'render', 'LogoMotion', '--aspect', '1:1', '--quality', '480p', '--frames', '0-44',
      '--music', musicUrl, '--music-volume', '0.8',
      '--voiceover', voiceover, '--voiceover-volume', '1',
      '--sfx', sfx, '--sfx-volume', '0.5',
      '--out', out, '--json',
    ]);
    expect(result.code, result.stderr).toBe(0);
    expect(JSON.parse(result.stdout)).toMatchObject({ width: 480, height: 480, frames: 45, duration_seconds: 1.5, has_audio: true });

    const probe = await probeMedia(out);
    expect(probe.audioStreams).toBe(1);
    expect(probe.frames).toBe(45);
    expect(probe.audioSeconds).toBeCloseTo(1.5, 1);

    const samples = await decodeAudio(out);
    const underVoice = toneLevel(samples, 440, 0.1, 0.45);
    const afterVoice = toneLevel(samples, 440, 1.2, 1.45);
    // −12 dB by design; anything over 6 dB is ducking a listener hears.
    expect(afterVoice - underVoice).toBeGreaterThan(6);
    expect(toneLevel(samples, 2000, 0.02, 0.18)).toBeGreaterThan(-40);
  });
});
