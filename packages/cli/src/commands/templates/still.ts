import { bindingsJsonSchema, renderTemplateStill, requireTemplate } from '@flatrender/templates';
import { loadBindings } from '../../bindings/load-bindings';
import { withUsageErrors } from '../../bindings/input-errors';
import { usageError } from '../../errors';
import { printResult } from '../../output/print';

export interface StillOptions {
  aspect: string;
  frame?: string;
  at?: string;
  set?: string[];
  props?: string;
  out: string;
  scale: string;
  json?: boolean;
}

function parseFrame(raw: string | undefined): number | undefined {
  if (raw === undefined) return undefined;
  if (!/^\d+$/.test(raw)) throw usageError(`--frame: expected a whole number of frames (got ${JSON.stringify(raw)})`);
  return Number(raw);
}

/** `2.5s`, `2.5` (seconds) or `1500ms`. */
function parseAt(raw: string | undefined): number | undefined {
  if (raw === undefined) return undefined;
  const match = /^(\d+(?:\.\d+)?)(s|ms)?$/.exec(raw.trim());
  if (!match) throw usageError(`--at: expected a time like 2.5s or 1500ms (got ${JSON.stringify(raw)})`);
  return match[2] === 'ms' ? Number(match[1]) / 1000 : Number(match[1]);
}

function parseScale(raw: string): number {
  const scale = Number(raw);
  if (!Number.isFinite(scale) || scale <= 0 || scale > 4) throw usageError(`--scale: expected a number above 0 and at most 4 (got ${JSON.stringify(raw)})`);
  return scale;
}

/** `flatrender templates still <Template>`: one frame of a template with the given bindings to a PNG/JPEG. */
export async function templatesStillCommand(template: string, options: StillOptions): Promise<void> {
  const result = await withUsageErrors(async () => {
    if (options.frame !== undefined && options.at !== undefined) throw usageError('--frame and --at: give one of them, not both');
    const request = { frame: parseFrame(options.frame), atSeconds: parseAt(options.at), scale: parseScale(options.scale) };
    const props = await loadBindings({ propsFile: options.props, set: options.set }, bindingsJsonSchema(requireTemplate(template)));
    return renderTemplateStill({ template, aspect: options.aspect, props, out: options.out, ...request });
  });
  printResult(result, options, (r) => `${r.out}: ${r.compositionId} frame ${r.frame}, ${r.width}×${r.height} (${r.milliseconds} ms)`);
}
