import { ASPECT_IDS, type Aspect } from '../contract/aspects';
import { requireTemplate, TEMPLATE_IDS } from '../lookup';
import { manifestEntry } from '../manifest';
import type { ResolvedBrowser } from '../render/browser';
import type { TemplateBundle } from '../render/bundle-cache';
import { RenderSession } from '../render/session';
import { checkCase, type CaseResult } from './check-case';
import { PROP_VARIANTS, type PropVariant } from './hostile-props';

export interface ValidatePackOptions {
  /** Template ids; all 16 when absent. */
  only?: string[];
  aspects?: Aspect[];
  variants?: PropVariant[];
  /** Device scale of the stills; 0.25 keeps the 48 × 3 × 3 run affordable on 2 cores. */
  scale?: number;
  /**
   * Cases rendered at once, each in its own page (2D and 3D cases run in separate browsers).
   * One case leaves part of a second core idle (page load and React are single-threaded):
   * on a shared 2-core machine a full run took 348 s with 2 against 395 s with 1.
   */
  concurrency?: number;
  session?: RenderSession;
  onCase?: (result: CaseResult) => void;
  /** Called once the bundle and browser are ready, before the first still. */
  onReady?: (info: { bundle: TemplateBundle; browser: ResolvedBrowser }) => void;
}

export interface ValidationReport {
  ok: boolean;
  results: CaseResult[];
  bundle: { hash: string; built: boolean; milliseconds: number };
  browser: ResolvedBrowser;
  stills: number;
  seconds: number;
  stillsPerSecond: number;
}

/**
 * The bundle must register exactly the compositions the manifest promises, with the same
 * size, fps and default duration; a mismatch fails the default case of that composition.
 */
async function compositionMismatches(session: RenderSession, templates: string[], aspects: Aspect[]): Promise<Map<string, string>> {
  const registered = new Map((await session.compositions()).map((composition) => [composition.id, composition]));
  const problems = new Map<string, string>();
  for (const template of templates) {
    for (const aspect of aspects) {
      const expected = manifestEntry(requireTemplate(template)).aspects[aspect];
      const actual = registered.get(expected.composition_id);
      if (!actual) problems.set(expected.composition_id, `composition ${expected.composition_id} is not registered in the bundle`);
      else if (actual.width !== expected.width || actual.height !== expected.height || actual.fps !== expected.fps || actual.durationInFrames !== expected.duration_frames) {
        problems.set(
          expected.composition_id,
          `composition ${expected.composition_id} is ${actual.width}×${actual.height} ${actual.fps}fps ${actual.durationInFrames}f, the manifest says ${expected.width}×${expected.height} ${expected.fps}fps ${expected.duration_frames}f`,
        );
      }
    }
  }
  return problems;
}

/**
 * The order cases start in. One at a time, the catalog's order (readable progress). Several
 * at once, the costliest first — a 3D case takes several times a 2D one (WebGL in software)
 * — so the pool does not end on one long 3D case while the other lanes sit idle.
 */
function schedule(cases: PackCase[], concurrency: number): PackCase[] {
  if (concurrency <= 1) return cases;
  const cost = (item: PackCase) => (requireTemplate(item.template).kind === '3d' ? 1 : 0);
  return [...cases].sort((a, b) => cost(b) - cost(a));
}

interface PackCase {
  template: string;
  aspect: Aspect;
  variant: PropVariant;
}

async function runPool<T>(items: T[], concurrency: number, work: (item: T) => Promise<void>): Promise<void> {
  const queue = [...items];
  const worker = async () => {
    for (let item = queue.shift(); item !== undefined; item = queue.shift()) await work(item);
  };
  await Promise.all(Array.from({ length: Math.max(1, concurrency) }, worker));
}

/** Every template × aspect × bindings variant: bundle once, one browser, sample stills checked. */
export async function validateTemplatePack(options: ValidatePackOptions = {}): Promise<ValidationReport> {
  const started = performance.now();
  const templates = options.only?.length ? options.only.map((id) => requireTemplate(id).id) : [...TEMPLATE_IDS];
  const aspects = options.aspects ?? ASPECT_IDS;
  const variants = options.variants ?? [...PROP_VARIANTS];
  const session = options.session ?? (await RenderSession.open());
  try {
    options.onReady?.({ bundle: session.bundle, browser: session.browser });
    // The registry check is a page load of its own: it runs beside the first cases instead
    // of before them, and its verdict joins each default case when that case is done.
    const mismatches = compositionMismatches(session, templates, aspects);
    mismatches.catch(() => undefined); // awaited below; this only marks it handled meanwhile
    const cases: PackCase[] = templates.flatMap((template) => aspects.flatMap((aspect) => variants.map((variant) => ({ template, aspect, variant }))));
    const concurrency = options.concurrency ?? 1;
    const results: CaseResult[] = [];
    const renderStarted = performance.now();
    await runPool(schedule(cases, concurrency), concurrency, async ({ template, aspect, variant }) => {
      const result = await checkCase(session, template, aspect, variant, { scale: options.scale ?? 0.25 });
      const mismatch = variant === variants[0] ? (await mismatches).get(result.compositionId) : undefined;
      const final = mismatch ? { ...result, ok: false, problems: [mismatch, ...result.problems] } : result;
      results.push(final);
      options.onCase?.(final);
    });
    await mismatches;
    const stills = results.reduce((count, result) => count + result.stills.length, 0);
    const renderSeconds = (performance.now() - renderStarted) / 1000;
    const order = (result: CaseResult) => cases.findIndex((item) => item.template === result.template && item.aspect === result.aspect && item.variant === result.variant);
    return {
      ok: results.every((result) => result.ok),
      results: results.sort((a, b) => order(a) - order(b)),
      bundle: { hash: session.bundle.hash, built: session.bundle.built, milliseconds: session.bundle.milliseconds },
      browser: session.browser,
      stills,
      seconds: Math.round((performance.now() - started) / 100) / 10,
      stillsPerSecond: Math.round((stills / Math.max(renderSeconds, 0.001)) * 100) / 100,
    };
  } finally {
    if (!options.session) await session.dispose();
  }
}
