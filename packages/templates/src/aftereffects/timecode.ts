/**
 * aerender prints times as SMPTE timecode: `H:MM:SS:FF`, or `H;MM;SS;FF` for drop-frame.
 * Frames within a second count at the nominal rate (24 for 23.976), so `0:00:27:16` at
 * 23.976 fps is 27 × 24 + 16 = 664 frames.
 */
const TIMECODE = /^(\d+)([:;])(\d{2})[:;](\d{2})[:;](\d{2})$/;

/** `23.976 (comp)` → 23.976; `25,00 (comp)` → 25 (AE prints the decimal separator of its locale). */
export function parseFrameRate(text: string): number | undefined {
  const match = /(\d+(?:[.,]\d+)?)/.exec(text);
  if (!match?.[1]) return undefined;
  const fps = Number(match[1].replace(',', '.'));
  return Number.isFinite(fps) && fps > 0 ? fps : undefined;
}

/** Frames dropped per minute (except every tenth) in drop-frame timecode: 29.97 → 2, 59.94 → 4. */
function droppedPerMinute(fps: number): number {
  const nominal = Math.round(fps);
  if (Number.isInteger(fps)) return 0;
  return nominal === 30 ? 2 : nominal === 60 ? 4 : 0;
}

export function timecodeToFrames(timecode: string, fps: number): number | undefined {
  const match = TIMECODE.exec(timecode.trim());
  if (!match) return undefined;
  const [, h, separator, m, s, f] = match;
  const hours = Number(h);
  const minutes = Number(m);
  const seconds = Number(s);
  const frames = Number(f);
  const nominal = Math.round(fps);
  const count = ((hours * 60 + minutes) * 60 + seconds) * nominal + frames;
  const drop = separator === ';' ? droppedPerMinute(fps) : 0;
  if (drop === 0) return count;
  const totalMinutes = hours * 60 + minutes;
  return count - drop * (totalMinutes - Math.floor(totalMinutes / 10));
}

/** Non-drop timecode for a frame count (the fake aerender and tests print with it). */
export function framesToTimecode(frame: number, fps: number): string {
  const nominal = Math.round(fps);
  const ff = frame % nominal;
  const totalSeconds = Math.floor(frame / nominal);
  const pad = (value: number) => String(value).padStart(2, '0');
  return `${Math.floor(totalSeconds / 3600)}:${pad(Math.floor(totalSeconds / 60) % 60)}:${pad(totalSeconds % 60)}:${pad(ff)}`;
}
