import { mkdtempSync, writeFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { errorLines, runCli } from '../../../../test/support/cli';

const dir = mkdtempSync(join(tmpdir(), 'flatrender-render-input-'));
const notAudio = join(dir, 'notes.mp3');
writeFileSync(notAudio, 'this is text, not audio\n');
let server: Server;
let base = '';

beforeAll(async () => {
  server = createServer((_request, response) => void response.writeHead(404, 'Not Found').end());
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});
afterAll(() => new Promise((resolve) => server.close(resolve)));

const out = join(dir, 'x.mp4');

// Bad input never reaches the browser: exit 2 and one line naming the field and the fix.
const CASES: Array<[string, () => string[], RegExp]> = [
  ['unknown template', () => ['logomotoin'], /^unknown template "logomotoin"; did you mean "LogoMotion"\?/],
  ['unknown aspect', () => ['LogoMotion', '--aspect', '4:3'], /^aspect: unknown aspect "4:3"; allowed: 16:9, 1:1, 9:16$/],
  ['unknown tier', () => ['LogoMotion', '--quality', '4k'], /^quality: unknown tier "4k"; allowed: 480p, 720p, 1080p, 2160p$/],
  ['colour not #rrggbb', () => ['LogoMotion', '--set', 'primary=red'], /^primary: must be a colour like #1a2b3c \(got "red"\)$/],
  ['text too long', () => ['LogoMotion', '--set', `brandName=${'ب'.repeat(40)}`], /^brandName: at most 32 characters \(got 40\)$/],
  ['missing audio file', () => ['LogoMotion', '--music', '/no/such/music.mp3'], /^music: file not found: \/no\/such\/music\.mp3 \(give an existing audio file or an http\(s\) URL\)$/],
  ['unreadable URL', () => ['LogoMotion', '--voiceover', `${base}/missing.mp3`], /^voiceover: cannot download http:\/\/127\.0\.0\.1:\d+\/missing\.mp3: HTTP 404 Not Found/],
  ['file that is not audio', () => ['LogoMotion', '--sfx', notAudio], /^sfx: .*notes\.mp3 has no audio ffprobe can read/],
  ['volume out of range', () => ['LogoMotion', '--music', notAudio, '--music-volume', '1.5'], /^--music-volume: expected a number from 0 to 1 \(got "1\.5"\)$/],
  ['volume without its track', () => ['LogoMotion', '--sfx-volume', '0.3'], /^--sfx-volume: given without --sfx/],
  ['unknown codec', () => ['LogoMotion', '--codec', 'h265'], /^codec: unknown codec "h265"; allowed: h264, vp9, prores, gif$/],
  ['CRF out of range', () => ['LogoMotion', '--crf', '60'], /^crf: must be a whole number from 1 to 51 for h264 \(got 60\)$/],
  ['CRF with ProRes', () => ['LogoMotion', '--codec', 'prores', '--crf', '20', '--out', join(dir, 'x.mov')], /^crf: ProRes MOV has no CRF/],
  ['frames past the end', () => ['LogoMotion', '--frames', '0-500'], /^frames: must be a range within 0-179, first ≤ last \(got 0-500\)$/],
  ['frames not a range', () => ['LogoMotion', '--frames', 'first'], /^--frames: expected a range like 0-89/],
  ['extension not the codec’s', () => ['LogoMotion', '--codec', 'vp9'], /^out: a VP9 WebM file ends in \.webm \(got "\.mp4"\)/],
  ['GIF with audio', () => ['LogoMotion', '--codec', 'gif', '--music', notAudio, '--out', join(dir, 'x.gif')], /^codec: a GIF has no sound/],
  ['unknown engine', () => ['LogoMotion', '--engine', 'blender'], /^--engine: unknown engine "blender"; allowed: remotion, aftereffects$/],
];

describe.concurrent('flatrender render: bad input', () => {
  it.each(CASES)('%s → exit 2 and one line', async (_name, args, message) => {
    const argv = args();
    const { code, stderr } = await runCli(['render', ...argv, ...(argv.includes('--out') ? [] : ['--out', out])]);
    const lines = errorLines(stderr);
    expect(lines, stderr).toHaveLength(1);
    expect(lines[0]).toMatch(message);
    expect(code).toBe(2);
  });

  it('--engine aftereffects on a machine without After Effects → exit 2 naming the setting', async () => {
    const { code, stderr } = await runCli(['render', 'LogoMotion', '--engine', 'aftereffects', '--out', out], { FLATRENDER_AERENDER: '' });
    expect(errorLines(stderr)).toEqual([expect.stringMatching(/^FLATRENDER_AERENDER is not set: .*render with the Remotion engine$/)]);
    expect(code).toBe(2);
  });
});
