import { describe, expect, it } from 'vitest';
import type { ValidationReport } from '@flatrender/templates';
import { runCli } from './support/cli';

// Two templates (one 2D, one 3D, so both browsers) in one aspect with the longest texts:
// the whole pipeline — bundle, composition check, hostile bindings, stills, pixel and
// layout checks — on a budget (still-cli.test.ts renders default bindings). The full
// 48-way run is the CI command `flatrender templates validate`.
describe('flatrender templates validate', () => {
  it('checks start/middle/end stills of each case and exits 1 exactly when a case fails', { timeout: 900_000 }, async () => {
    const { code, stdout, stderr } = await runCli([
      'templates', 'validate', '--only', 'QuoteCard,Nowruz3D', '--aspect', '1:1', '--variant', 'longest', '--json',
    ]);
    expect(code === 0 || code === 1, stderr).toBe(true);
    const report = JSON.parse(stdout) as ValidationReport;
    expect(report.results.map((result) => `${result.template} ${result.variant}`)).toEqual(['QuoteCard longest', 'Nowruz3D longest']);
    for (const result of report.results) {
      expect(result.stills, result.problems.join('\n')).toHaveLength(3);
      // Template designs may legitimately fail validation while they are being written;
      // the machinery itself must not: every frame rendered and every probe reported.
      expect(result.problems.filter((problem) => /render failed|did not report|generated/.test(problem))).toEqual([]);
      for (const still of result.stills) expect(still.stddev).toBeGreaterThan(0);
    }
    expect(report.stills).toBe(6);
    expect(code).toBe(report.ok ? 0 : 1);
    if (!report.ok) expect(stderr).toMatch(/case\(s\) failed:\n(QuoteCard|Nowruz3D) 1:1 longest: /);
  });
});
