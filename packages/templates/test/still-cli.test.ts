import { mkdtempSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { bundlesDir, decodePng, pixelDifference, pixelStats, templateSourceHash } from '@flatrender/templates';
import { runCli, TEST_HOME } from './support/cli';

const out = mkdtempSync(join(tmpdir(), 'flatrender-still-'));
const bundles = bundlesDir({ FLATRENDER_HOME: TEST_HOME });

function bundleDirs(): Array<[string, number]> {
  return readdirSync(bundles)
    .filter((name) => !name.startsWith('.'))
    .map((name): [string, number] => [name, statSync(join(bundles, name)).mtimeMs])
    .sort();
}

// Real Chromium through the CLI, at quarter size to keep it cheap on 2 cores.
describe('flatrender templates still', () => {
  it('renders LogoMotion, and --set brandName changes the pixels without re-bundling', { timeout: 600_000 }, async () => {
    const common = ['templates', 'still', 'LogoMotion', '--frame', '150', '--scale', '0.25'];
    const hash = await templateSourceHash();
    const first = await runCli([...common, '--out', join(out, 'default.png'), '--json']);
    expect(first.code, first.stderr).toBe(0);
    expect(JSON.parse(first.stdout)).toMatchObject({ compositionId: 'LogoMotion-16x9', frame: 150, width: 480, height: 270 });
    const warm = bundleDirs();

    const second = await runCli([...common, '--set', 'brandName=FlatRender ۱۴۰۴', '--out', join(out, 'custom.png')]);
    expect(second.code, second.stderr).toBe(0);
    // A warm start reuses the bundle directory as it is: nothing new, nothing rewritten
    // (unless someone edited the template sources in between, which makes a new hash).
    if ((await templateSourceHash()) === hash) {
      expect(warm.map(([name]) => name)).toContain(hash);
      expect(bundleDirs()).toEqual(warm);
    }

    const plain = decodePng(readFileSync(join(out, 'default.png')));
    const custom = decodePng(readFileSync(join(out, 'custom.png')));
    expect([plain.width, plain.height]).toEqual([480, 270]);
    expect(pixelStats(plain).stddev).toBeGreaterThan(2);
    expect(pixelDifference(plain, custom)).toBeGreaterThan(0.2);
  });
});
