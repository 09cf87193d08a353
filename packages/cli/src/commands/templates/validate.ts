import { ASPECT_IDS, PROP_VARIANTS, requireAspect, requireTemplate, validateTemplatePack, type CaseResult, type PropVariant } from '@flatrender/templates';
import { withUsageErrors } from '../../bindings/input-errors';
import { ExitCode, ExitError, usageError } from '../../errors';
import { printResult, renderTable } from '../../output/print';

export interface ValidateOptions {
  only?: string[];
  aspect?: string[];
  variant?: string[];
  scale: string;
  concurrency: string;
  json?: boolean;
}

const split = (values: string[] | undefined) => (values ?? []).flatMap((value) => value.split(',')).map((value) => value.trim()).filter(Boolean);

function parseVariants(values: string[] | undefined): PropVariant[] | undefined {
  const wanted = split(values);
  for (const variant of wanted) {
    if (!(PROP_VARIANTS as readonly string[]).includes(variant)) throw usageError(`--variant: unknown variant "${variant}"; allowed: ${PROP_VARIANTS.join(', ')}`);
  }
  return wanted.length ? (wanted as PropVariant[]) : undefined;
}

function positive(name: string, raw: string, max: number): number {
  const value = Number(raw);
  if (!Number.isFinite(value) || value <= 0 || value > max) throw usageError(`${name}: expected a number above 0 and at most ${max} (got ${JSON.stringify(raw)})`);
  return value;
}

function row(result: CaseResult): Array<string | number> {
  const perStill = result.stills.length ? Math.round(result.milliseconds / result.stills.length) : '';
  const ratios = result.stills.map((still) => still.minFontRatio).filter((ratio): ratio is number => ratio !== null);
  const minFont = ratios.length ? `${Math.round(Math.min(...ratios) * 100)}%` : '';
  const status = result.ok ? 'ok' : `FAIL: ${[...new Set(result.problems)][0] ?? ''}`;
  return [result.template, result.aspect, result.variant, result.stills.map((still) => still.frame).join(' '), perStill, minFont, status];
}

/**
 * `flatrender templates validate`: every template × aspect × bindings variant rendered at
 * start/middle/end with one bundle and one browser; fails (exit 1) on blank frames, text
 * overflow or render errors, naming template, aspect and reason.
 */
export async function templatesValidateCommand(options: ValidateOptions): Promise<void> {
  const settings = await withUsageErrors(async () => ({
    only: split(options.only).map((id) => requireTemplate(id).id),
    aspects: split(options.aspect).map(requireAspect),
    variants: parseVariants(options.variant),
    scale: positive('--scale', options.scale, 1),
    concurrency: Math.round(positive('--concurrency', options.concurrency, 8)),
  }));
  const log = options.json ? () => {} : (line: string) => process.stderr.write(`${line}\n`);
  const report = await validateTemplatePack({
    ...settings,
    aspects: settings.aspects.length ? settings.aspects : ASPECT_IDS,
    onReady: ({ bundle, browser }) =>
      log(`bundle ${bundle.hash} ${bundle.built ? 'built' : 'reused'} in ${bundle.milliseconds} ms; ${browser.version} (${browser.source})`),
    onCase: (result) => log(`${result.ok ? 'ok  ' : 'FAIL'} ${result.compositionId || result.template} ${result.variant} (${result.milliseconds} ms)`),
  });
  printResult(report, options, (r) =>
    [
      renderTable(['template', 'aspect', 'variant', 'frames', 'ms/still', 'min font', 'result'], r.results.map(row)),
      `${r.results.length} cases, ${r.stills} stills in ${r.seconds} s (${r.stillsPerSecond} stills/s while rendering)`,
    ].join('\n'),
  );
  if (!report.ok) {
    const failures = report.results.filter((result) => !result.ok);
    const lines = failures.map((result) => `${result.template} ${result.aspect} ${result.variant}: ${[...new Set(result.problems)].join('; ')}`);
    throw new ExitError(ExitCode.error, `${failures.length} case(s) failed:\n${lines.join('\n')}`);
  }
}
