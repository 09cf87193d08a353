/**
 * `npm run bench -- templates`: stills per second across all 48 compositions (16 templates
 * × 3 aspects, each at its manifest preview frame), with a cold bundle cache against a warm
 * one, both measured in this run. Cold starts from an empty FLATRENDER_HOME and an empty
 * webpack cache, so it pays for the whole webpack build; warm finds the bundle on disk by
 * its source hash and goes straight to Chromium. Each pass opens its own RenderSession
 * (bundle + one browser per WebGL backend, reused for all 48 stills), as a CLI run would.
 *
 * FLATRENDER_BENCH_SCALE sets the still scale (default 0.5: 960×540 for 16:9).
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { ASPECT_IDS, prepareRender, RenderSession, templateManifest } from '@flatrender/templates';
import type { BenchResult } from './run';

const scale = Number(process.env.FLATRENDER_BENCH_SCALE ?? 0.5);

/** Remotion keeps webpack's persistent cache here; a truly cold start has none. */
function clearWebpackCache(): void {
  rmSync(resolve('node_modules/.cache/webpack'), { recursive: true, force: true });
}

async function pass(label: string, env: NodeJS.ProcessEnv) {
  const started = performance.now();
  const session = await RenderSession.open({ env });
  const opened = performance.now();
  let stills = 0;
  const perKind = { '2d': [] as number[], '3d': [] as number[] };
  try {
    for (const entry of templateManifest()) {
      for (const aspect of ASPECT_IDS) {
        const render = await prepareRender(entry.id, aspect, {});
        const before = performance.now();
        await session.still(render, entry.preview_frame, { scale });
        perKind[render.meta.kind].push(performance.now() - before);
        stills++;
      }
      process.stderr.write(`templates: ${label} ${entry.id}\n`);
    }
  } finally {
    await session.dispose();
  }
  const total = (performance.now() - started) / 1000;
  const mean = (values: number[]) => values.reduce((sum, value) => sum + value, 0) / Math.max(1, values.length);
  return {
    cache: label,
    stills,
    'bundle s': Number(((opened - started) / 1000).toFixed(1)),
    'mean 2D still ms': Math.round(mean(perKind['2d'])),
    'mean 3D still ms': Math.round(mean(perKind['3d'])),
    'total s': Number(total.toFixed(1)),
    'stills/s': Number((stills / total).toFixed(2)),
  };
}

export async function run(): Promise<BenchResult> {
  const home = mkdtempSync(join(tmpdir(), 'flatrender-bench-templates-'));
  const env = { ...process.env, FLATRENDER_HOME: home };
  try {
    clearWebpackCache();
    const cold = await pass('cold', env);
    const warm = await pass('warm', env);
    const ratio = Number((warm['stills/s'] / cold['stills/s']).toFixed(2));
    return {
      name: 'templates',
      rows: [cold, { ...warm, 'ratio (warm / cold stills/s)': ratio }],
      notes: [`All ${cold.stills} compositions at their preview frame, scale ${scale}, PNG; one RenderSession per pass.`],
    };
  } finally {
    rmSync(home, { recursive: true, force: true });
  }
}
