import type { AudioRole } from './sources';
import type { Interval } from './speech';

/** Music level under the voiceover: 0.25 ≈ −12 dB, the usual broadcast ducking depth. */
export const DUCK_GAIN = 0.25;
/** The music starts dipping this long before the voice comes in… */
export const DUCK_ATTACK = 0.25;
/** …and comes back up over this long after it stops. */
export const DUCK_RELEASE = 0.6;
/** Longest music fade-out at the end of the composition (shorter videos fade over a third). */
export const MAX_FADE_OUT = 2;

export interface MixInput {
  role: AudioRole;
  /** ffmpeg input index of this track. */
  input: number;
  volume: number;
}

export interface MixPlan {
  inputs: readonly MixInput[];
  /** Length of the whole composition: the music loops/trims to it and fades out at its end. */
  compositionSeconds: number;
  /** The part of the timeline this render covers (a frame range), in seconds. */
  startSeconds: number;
  endSeconds: number;
  /** Voiceover speech on the composition timeline; the music ducks under it. */
  speech: readonly Interval[];
}

const num = (value: number) => String(Number(value.toFixed(4)));

/** Joins intervals whose ducks would touch, so the music does not bob up between words. */
export function mergeForDucking(speech: readonly Interval[]): Interval[] {
  const merged: Array<[number, number]> = [];
  for (const [start, end] of [...speech].sort((a, b) => a[0] - b[0])) {
    const last = merged.at(-1);
    if (last && start - DUCK_ATTACK <= last[1] + DUCK_RELEASE) last[1] = Math.max(last[1], end);
    else merged.push([start, end]);
  }
  return merged;
}

/**
 * The music's gain over time as an ffmpeg expression in `t`: its volume, times a dip to
 * DUCK_GAIN under each speech interval (linear ramps of DUCK_ATTACK in, DUCK_RELEASE out),
 * times a linear fade to silence over the composition's last seconds.
 */
export function musicGainExpression(volume: number, compositionSeconds: number, speech: readonly Interval[]): string {
  const windows = mergeForDucking(speech).map(
    ([start, end]) => `clip(min((t-${num(start - DUCK_ATTACK)})/${num(DUCK_ATTACK)},(${num(end + DUCK_RELEASE)}-t)/${num(DUCK_RELEASE)}),0,1)`,
  );
  const ducking = windows.length === 0 ? '1' : `(1-${num(1 - DUCK_GAIN)}*${windows.reduce((all, window) => `max(${all},${window})`)})`;
  const fade = Math.min(MAX_FADE_OUT, compositionSeconds / 3);
  return `${num(volume)}*${ducking}*clip((${num(compositionSeconds)}-t)/${num(fade)},0,1)`;
}

// Every track in one format, so amix sums like with like.
const NORMALIZE = 'aresample=48000,aformat=sample_fmts=fltp:channel_layouts=stereo';

/**
 * One filter graph for all tracks: each is placed on the composition timeline (padded or,
 * for the looped music, cut to its length), given its volume (the music its envelope),
 * summed without amix's 1/n normalisation (the volumes are the user's), and cut to the
 * rendered range. The result is the `[aout]` pad.
 */
export function audioFilterGraph(plan: MixPlan): string {
  const whole = num(plan.compositionSeconds);
  const chains = plan.inputs.map(({ role, input, volume }) => {
    const gain = role === 'music' ? `volume='${musicGainExpression(volume, plan.compositionSeconds, plan.speech)}':eval=frame` : `volume=${num(volume)}`;
    return `[${input}:a]${NORMALIZE},apad=whole_dur=${whole},atrim=end=${whole},asetpts=PTS-STARTPTS,${gain}[${role}]`;
  });
  const labels = plan.inputs.map(({ role }) => `[${role}]`).join('');
  const sum = plan.inputs.length > 1 ? `${labels}amix=inputs=${plan.inputs.length}:duration=longest:normalize=0,` : `${labels}`;
  const cut = `atrim=start=${num(plan.startSeconds)}:end=${num(plan.endSeconds)},asetpts=PTS-STARTPTS[aout]`;
  return [...chains, `${sum}${cut}`].join(';');
}
