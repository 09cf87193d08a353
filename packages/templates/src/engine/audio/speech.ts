import { runFfmpeg } from '../ffmpeg-run';

export type Interval = readonly [start: number, end: number];

/** Quieter than this for at least MIN_SILENCE seconds counts as a pause in the voiceover. */
const SILENCE_DB = -35;
const MIN_SILENCE = 0.3;

/** Parses silencedetect's `silence_start: 1.2` / `silence_end: 2.5` lines into intervals. */
export function parseSilences(stderr: string, durationSeconds: number): Interval[] {
  const silences: Interval[] = [];
  let start: number | null = null;
  for (const match of stderr.matchAll(/silence_(start|end): (-?[\d.]+)/g)) {
    const value = Math.max(0, Number(match[2]));
    if (match[1] === 'start') start = value;
    else if (start !== null) {
      silences.push([start, value]);
      start = null;
    }
  }
  // A file that ends in silence reports a start without an end.
  if (start !== null) silences.push([start, durationSeconds]);
  return silences;
}

/** The parts of [0, duration] that are not silence. */
export function complement(silences: readonly Interval[], durationSeconds: number): Interval[] {
  const speech: Interval[] = [];
  let cursor = 0;
  for (const [start, end] of [...silences].sort((a, b) => a[0] - b[0])) {
    if (start > cursor) speech.push([cursor, Math.min(start, durationSeconds)]);
    cursor = Math.max(cursor, end);
  }
  if (cursor < durationSeconds) speech.push([cursor, durationSeconds]);
  return speech.filter(([start, end]) => end - start > 0.01);
}

/**
 * When the voiceover is actually speaking, found with ffmpeg's silencedetect (Remotion's
 * ffmpeg has no sidechain compressor). The music is ducked under these intervals.
 */
export async function speechIntervals(path: string, durationSeconds: number, signal?: AbortSignal): Promise<Interval[]> {
  const stderr = await runFfmpeg(['-nostats', '-i', path, '-map', '0:a:0', '-af', `silencedetect=noise=${SILENCE_DB}dB:d=${MIN_SILENCE}`, '-f', 'null', '-'], {
    signal,
  });
  return complement(parseSilences(stderr, durationSeconds), durationSeconds);
}
