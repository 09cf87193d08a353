/**
 * `npm run bench -- render`: what `flatrender render` costs against plain Remotion,
 * measured in the same run on the same composition and frames:
 *
 * 1. one render in a fresh process: `npx flatrender render` vs `npx remotion render`;
 * 2. five renders: one flatrender process (cached bundle, one browser) vs five
 *    `npx remotion render` runs (each bundles and launches its own browser);
 * 3. a 480p file: rendered at 480p with Remotion's `scale` vs rendered at native 1080p
 *    and downscaled with ffmpeg;
 * 4. render speed (fps) of one 2D and one 3D template at 720p.
 *
 * Ratios are baseline / flatrender (2.0 = twice as fast). Both sides get a warm-up run
 * first (flatrender's bundle on disk, Remotion's webpack cache), so neither pays for a
 * cold cache. flatrender also verifies every file with ffprobe; that time is included.
 *
 * FLATRENDER_BENCH_FRAMES (default 0-29) and FLATRENDER_BENCH_RUNS (default 5) shorten or
 * lengthen it; renders are slow on small machines (~2 fps for 2D at 480p on 2 cores).
 */
import { execFile } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { fileURLToPath } from 'node:url';
import { ASPECTS, binaryEnv, findRemotionBinaries, outputSize, RemotionEngine, resolveBrowser } from '@flatrender/templates';
import type { BenchResult } from './run';

const exec = promisify(execFile);
const ROOT = fileURLToPath(new URL('..', import.meta.url));
const ENTRY = join(ROOT, 'packages/templates/src/remotion/entry.ts');

const HOME = join(tmpdir(), 'flatrender-bench-home');
const ENV = { ...process.env, FLATRENDER_HOME: HOME };
const FRAMES = process.env.FLATRENDER_BENCH_FRAMES ?? '0-29';
const RUNS = Number(process.env.FLATRENDER_BENCH_RUNS ?? 5);
const [FIRST, LAST] = FRAMES.split('-').map(Number) as [number, number];
const FRAME_COUNT = LAST - FIRST + 1;

// The repeated comparisons use LogoMotion 1:1 at 480p: 1080 × 4/9 is exactly 480, so the
// same --scale works for both tools without rounding tricks.
const TEMPLATE = 'LogoMotion';
const ASPECT = '1:1' as const;
const SCALE = outputSize(ASPECT, '480p').scale;

const out = mkdtempSync(join(tmpdir(), 'flatrender-bench-'));
let fileNumber = 0;
const nextFile = (extension = '.mp4') => join(out, `out-${++fileNumber}${extension}`);

async function seconds(work: () => Promise<unknown>): Promise<number> {
  const started = performance.now();
  await work();
  return (performance.now() - started) / 1000;
}

function npx(args: string[]) {
  return exec('npx', args, { cwd: ROOT, env: ENV, maxBuffer: 64 * 1024 * 1024, timeout: 1_800_000 });
}

async function remotionCli(composition: string, file: string, frames = FRAMES): Promise<void> {
  const browser = await resolveBrowser({ env: ENV });
  await npx([
    'remotion', 'render', ENTRY, composition, file,
    `--frames=${frames}`, `--scale=${SCALE}`,
    `--browser-executable=${browser.path}`, `--chrome-mode=${browser.chromeMode}`, '--log=error',
  ]);
}

async function flatrenderCli(file: string, frames = FRAMES): Promise<void> {
  await npx(['flatrender', 'render', TEMPLATE, '--aspect', ASPECT, '--quality', '480p', '--frames', frames, '--out', file, '--json']);
}

const ratio = (baseline: number, ours: number) => Number((baseline / ours).toFixed(2));
const s = (value: number) => `${value.toFixed(1)} s`;
const progress = (text: string) => process.stderr.write(`render bench: ${text}\n`);

async function downscale(input: string, output: string, width: number, height: number): Promise<void> {
  const binaries = findRemotionBinaries();
  if (!binaries) throw new Error('Remotion compositor (ffmpeg) not installed');
  await exec(binaries.ffmpeg, ['-y', '-v', 'error', '-i', input, '-vf', `scale=${width}:${height}`, '-c:v', 'libx264', '-crf', '18', '-pix_fmt', 'yuv420p', output], {
    env: binaryEnv(binaries),
  });
}

export async function run(): Promise<BenchResult> {
  const composition = `${TEMPLATE}-${ASPECTS[ASPECT].suffix}`;
  const rows: BenchResult['rows'] = [];
  progress(`warming up (bundle, webpack cache), frames ${FRAMES}`);
  // The same one-frame render through each CLI: it leaves flatrender's bundle on disk and
  // Remotion's webpack cache warm, the state every later run of either tool finds.
  await flatrenderCli(nextFile(), `${FIRST}-${FIRST}`);
  await remotionCli(composition, nextFile(), `${FIRST}-${FIRST}`);

  // 1. One render, each in a fresh process.
  progress('1 render in a fresh process');
  const oursOnce = await seconds(() => flatrenderCli(nextFile()));
  const theirsOnce = await seconds(() => remotionCli(composition, nextFile()));
  rows.push({
    comparison: `1 render, fresh process (${composition}, 480p, ${FRAME_COUNT} frames)`,
    flatrender: s(oursOnce),
    baseline: `${s(theirsOnce)} (npx remotion render)`,
    'ratio (baseline / flatrender)': ratio(theirsOnce, oursOnce),
  });

  // 2. Several renders: one process with one bundle and one browser vs a process each.
  progress(`${RUNS} renders in one process`);
  const engine = new RemotionEngine({ env: ENV });
  const request = { template: TEMPLATE, aspect: ASPECT, quality: '480p', bindings: {}, frameRange: [FIRST, LAST] } as const;
  const oursMany = await seconds(async () => {
    for (let index = 0; index < RUNS; index++) await engine.render({ ...request, out: nextFile() });
  });
  progress(`${RUNS} × npx remotion render`);
  const theirsMany = await seconds(async () => {
    for (let index = 0; index < RUNS; index++) await remotionCli(composition, nextFile());
  });
  rows.push({
    comparison: `${RUNS} renders (same composition and frames)`,
    flatrender: `${s(oursMany)} (one process)`,
    baseline: `${s(theirsMany)} (${RUNS} × npx remotion render)`,
    'ratio (baseline / flatrender)': ratio(theirsMany, oursMany),
  });

  try {
    // 3. A 480p 16:9 file: render at the tier vs render native and downscale.
    progress('480p via scale vs native 1080p + ffmpeg downscale');
    const wide = { template: TEMPLATE, aspect: '16:9', bindings: {}, frameRange: [FIRST, LAST] } as const;
    const target = outputSize('16:9', '480p');
    const scaled = await seconds(() => engine.render({ ...wide, quality: '480p', out: nextFile() }));
    const native = await seconds(async () => {
      const full = await engine.render({ ...wide, quality: '1080p', out: nextFile() });
      await downscale(full.path, nextFile(), target.width, target.height);
    });
    rows.push({
      comparison: `${target.width}×${target.height} file (LogoMotion 16:9, ${FRAME_COUNT} frames)`,
      flatrender: `${s(scaled)} (rendered at 480p with scale)`,
      baseline: `${s(native)} (1080p render + ffmpeg downscale)`,
      'ratio (baseline / flatrender)': ratio(native, scaled),
    });

    // 4. Render speed at 720p, warm browser: a 2D and a 3D (WebGL, swangle) template. 3D
    // runs well under 1 fps on a CPU, so it gets at most 10 frames to keep the bench short.
    for (const [template, count] of [['LogoMotion', FRAME_COUNT], ['Hero3D', Math.min(FRAME_COUNT, 10)]] as const) {
      progress(`${template} at 720p`);
      const frameRange = [FIRST, FIRST + count - 1] as const;
      const result = await engine.render({ template, aspect: '16:9', quality: '720p', bindings: {}, frameRange, out: nextFile() });
      rows.push({
        comparison: `render speed, ${template} 16:9 720p (${result.frames} frames, warm browser)`,
        flatrender: `${result.fps.toFixed(2)} fps (${s(result.renderSeconds)})`,
        baseline: '',
        'ratio (baseline / flatrender)': '',
      });
    }
  } finally {
    await engine.dispose();
    rmSync(out, { recursive: true, force: true });
  }
  return {
    name: 'render',
    rows,
    notes: [
      `Frames ${FRAMES} of each composition; ${RUNS} runs in row 2. Ratio = baseline time / flatrender time (higher is better for flatrender).`,
      'flatrender times include ffprobe verification of every file; npx remotion render bundles with webpack on every run (its cache warm).',
    ],
  };
}
