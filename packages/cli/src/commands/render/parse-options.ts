import { ASPECTS, CODEC_SPECS, isAspect, type Codec, type EngineName, type RenderAudio } from '@flatrender/templates';
import { usageError } from '../../errors';

export interface RenderFlags {
  aspect: string;
  quality: string;
  set?: string[];
  props?: string;
  music?: string;
  musicVolume: string;
  voiceover?: string;
  voiceoverVolume: string;
  sfx?: string;
  sfxVolume: string;
  codec: string;
  crf?: string;
  frames?: string;
  concurrency?: string;
  engine: string;
  out?: string;
  json?: boolean;
}

const ENGINES: readonly EngineName[] = ['remotion', 'aftereffects'];

export function parseEngine(raw: string): EngineName {
  if (!(ENGINES as readonly string[]).includes(raw)) throw usageError(`--engine: unknown engine "${raw}"; allowed: ${ENGINES.join(', ')}`);
  return raw as EngineName;
}

function wholeNumber(flag: string, raw: string | undefined): number | undefined {
  if (raw === undefined) return undefined;
  if (!/^\d+$/.test(raw.trim())) throw usageError(`${flag}: expected a whole number (got ${JSON.stringify(raw)})`);
  return Number(raw);
}

export const parseCrf = (raw: string | undefined) => wholeNumber('--crf', raw);
export const parseConcurrency = (raw: string | undefined) => wholeNumber('--concurrency', raw);

/** `0-89` (inclusive) or a single frame `42`. */
export function parseFrames(raw: string | undefined): [number, number] | undefined {
  if (raw === undefined) return undefined;
  const match = /^\s*(\d+)\s*(?:-\s*(\d+)\s*)?$/.exec(raw);
  if (!match) throw usageError(`--frames: expected a range like 0-89 or one frame like 42 (got ${JSON.stringify(raw)})`);
  const first = Number(match[1]);
  return [first, match[2] === undefined ? first : Number(match[2])];
}

function parseVolume(flag: string, raw: string): number {
  const value = raw.trim() === '' ? Number.NaN : Number(raw);
  if (!Number.isFinite(value) || value < 0 || value > 1) throw usageError(`${flag}: expected a number from 0 to 1 (got ${JSON.stringify(raw)})`);
  return value;
}

/** The three tracks; a volume given without its track is a mistake worth naming. */
export function parseAudio(flags: RenderFlags, given: (option: string) => boolean): RenderAudio | undefined {
  const audio: RenderAudio = {};
  const tracks = [
    ['music', flags.music, flags.musicVolume, 'musicVolume'],
    ['voiceover', flags.voiceover, flags.voiceoverVolume, 'voiceoverVolume'],
    ['sfx', flags.sfx, flags.sfxVolume, 'sfxVolume'],
  ] as const;
  for (const [role, source, volume, volumeOption] of tracks) {
    const volumeFlag = `--${role}-volume`;
    if (source === undefined) {
      if (given(volumeOption)) throw usageError(`${volumeFlag}: given without --${role}; add --${role} <file|url> or drop it`);
      continue;
    }
    audio[role] = { source, volume: parseVolume(volumeFlag, volume) };
  }
  return Object.keys(audio).length > 0 ? audio : undefined;
}

/** `LogoMotion-16x9-720p.mp4` in the working directory. */
export function defaultOut(template: string, aspect: string, quality: string, codec: Codec): string {
  const suffix = isAspect(aspect) ? ASPECTS[aspect].suffix : aspect.replace(':', 'x');
  return `${template}-${suffix}-${quality}${CODEC_SPECS[codec]?.extension ?? '.mp4'}`;
}
