export interface AerenderArgsInput {
  project: string;
  comp: string;
  /** The generated binding script (`-r`, needs nexrender's commandLineRenderer patch). */
  script?: string;
  renderSettingsTemplate: string;
  outputModuleTemplate: string;
  output: string;
  /** Comp frames, both inclusive (aerender's `-e` is inclusive). */
  startFrame: number;
  endFrame: number;
  /** Multi-Frame Rendering (AE 22.0+); `false` leaves `-mfr` off the command for older AE. */
  mfr: { maxCpuPercent: number } | false;
}

/**
 * The aerender command line. `-v ERRORS_AND_PROGRESS` is aerender's default but the parser
 * depends on it, so it is explicit; `-close DO_NOT_SAVE_CHANGES` keeps the bindings out of
 * the .aep on disk.
 */
export function aerenderArgs(input: AerenderArgsInput): string[] {
  return [
    '-project', input.project,
    '-comp', input.comp,
    ...(input.script ? ['-r', input.script] : []),
    '-RStemplate', input.renderSettingsTemplate,
    '-OMtemplate', input.outputModuleTemplate,
    '-output', input.output,
    '-s', String(input.startFrame),
    '-e', String(input.endFrame),
    ...(input.mfr ? ['-mfr', 'ON', String(input.mfr.maxCpuPercent)] : []),
    '-v', 'ERRORS_AND_PROGRESS',
    '-close', 'DO_NOT_SAVE_CHANGES',
  ];
}

/** A render's frame concurrency as MFR's CPU share: 2 of 8 cores → 25; none → 100. */
export function mfrCpuPercent(concurrency: number | undefined, cpuCount: number): number {
  if (concurrency === undefined || cpuCount <= 0) return 100;
  return Math.min(100, Math.max(1, Math.round((concurrency / cpuCount) * 100)));
}
