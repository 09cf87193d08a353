import { AerenderError, describeAerenderMessage } from './errors';
import type { AerenderLog } from './render-log';
import type { AerenderExit } from './run-aerender';

export interface RunContext {
  project: string;
  comp: string;
  outputModule: string;
  renderSettings: string;
  expectedFrames: number;
  /** Fail on AE's "missing dependencies" / "File Not Found" warnings (AE renders on regardless). */
  failOnMissingDependencies: boolean;
}

type Hint = [RegExp, (context: RunContext) => string];

/** Known messages → what the operator should do about them. */
const HINTS: Hint[] = [
  [/Illegal argument flag: -r\b/, () => "this aerender has no -r flag: install nexrender's patched commandLineRenderer.jsx (see the After Effects engine docs); bindings are applied through it"],
  [/Illegal argument flag: -mfr|Bad value for -mfr/, () => 'After Effects before 22.0 has no Multi-Frame Rendering: create the engine with mfr: false'],
  [/No comp was found with the given name/, (context) => `the project ${context.project} needs a comp named "${context.comp}"`],
  [/No output module template was found/, (context) => `After Effects has no output-module template "${context.outputModule}": create it (Edit › Templates › Output Module) or set outputModules`],
  [/No render settings template was found/, (context) => `After Effects has no render-settings template "${context.renderSettings}": create it or set renderSettings`],
  [/FlatRender: the project has no/, () => 'name the project\'s text layers, colour effects and footage items after the template\'s fields'],
];

const MISSING_DEPENDENCY = /missing dependenc|File Not Found|Unable to Render/i;

function hintFor(text: string, context: RunContext): string | undefined {
  return HINTS.find(([pattern]) => pattern.test(text))?.[1](context);
}

function lastWords(log: AerenderLog): string {
  const last = [...log.tail].reverse().find((line) => line.trim() !== '');
  return last ? `; last line: "${last.trim().slice(0, 160)}"` : '; it printed nothing';
}

/**
 * Decides whether a finished aerender run rendered the span. aerender can fail with exit
 * code 0 (errors are printed, frames are missing, footage went black), so the exit code is
 * only one of the checks; the file is checked with ffprobe afterwards.
 */
export function judgeRun(log: AerenderLog, exit: AerenderExit, context: RunContext): AerenderError | undefined {
  const code = exit.exitCode;
  const exitText = exit.signal ? `killed by ${exit.signal}` : `exit code ${code}`;
  if (log.errors.length > 0) {
    const messages = log.errors.map(describeAerenderMessage);
    return new AerenderError(`${messages.join('; ')} (${exitText})`, log.errors, code, [...log.tail], hintFor(messages.join('\n'), context));
  }
  if (code !== 0 || exit.signal) {
    return new AerenderError(`aerender ended with ${exitText}${lastWords(log)}`, [], code, [...log.tail], hintFor(log.tail.join('\n'), context));
  }
  if (context.failOnMissingDependencies) {
    const missing = log.warnings.find((warning) => MISSING_DEPENDENCY.test(warning));
    if (missing) return new AerenderError(`After Effects rendered with missing fonts or footage: ${missing}`, [], code, [...log.tail], 'install the fonts and footage the project uses on this render node');
  }
  if (log.renderedFrames === 0) {
    return new AerenderError(`aerender printed no frame lines, so nothing was rendered${lastWords(log)}`, [], code, [...log.tail]);
  }
  if (!log.finished && log.renderedFrames < context.expectedFrames) {
    return new AerenderError(`aerender stopped after ${log.renderedFrames} of ${context.expectedFrames} frames without finishing the composition`, [], code, [...log.tail]);
  }
  return undefined;
}
