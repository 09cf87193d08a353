import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { bundlesDir, templateBundle, templateSourceHash } from '@flatrender/templates';

describe('template bundle cache', () => {
  it('reuses a bundle directory for the current source hash without running webpack', async () => {
    const env = { FLATRENDER_HOME: mkdtempSync(join(tmpdir(), 'flatrender-home-')) };
    const hash = await templateSourceHash();
    const dir = join(bundlesDir(env), hash);
    mkdirSync(dir, { recursive: true });
    writeFileSync(join(dir, 'index.html'), '<!-- stand-in bundle -->');
    const bundle = await templateBundle({ env });
    expect(bundle).toMatchObject({ serveUrl: dir, hash, built: false });
    // Once per process: the second call is the same promise, not a second look at the disk.
    expect(templateBundle({ env })).toBe(templateBundle({ env }));
  });

  it('hashes the sources deterministically', async () => {
    expect(await templateSourceHash()).toMatch(/^[0-9a-f]{24}$/);
  });
});
