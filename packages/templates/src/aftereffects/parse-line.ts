/**
 * One line of aerender's console output (or of a `-log` file), classified by shape.
 * Label words follow AE's UI language, so the frame line is recognised by its timecode +
 * `(N)` shape alone; header and start/finish lines only by their English labels.
 */
export type AerenderLine =
  | { kind: 'frame'; timecode: string; index: number }
  | { kind: 'header'; key: 'start' | 'end' | 'duration' | 'frameRate' | 'size' | 'outputTo'; value: string }
  | { kind: 'composition'; event: 'starting' | 'finished'; name: string }
  | { kind: 'elapsed'; text: string }
  | { kind: 'error'; label: string; code?: number; message: string }
  | { kind: 'warning'; message: string }
  | { kind: 'script'; path: string }
  | { kind: 'version'; version: string }
  | { kind: 'blank' }
  | { kind: 'other'; text: string };

// Anywhere in the line: wrappers such as Deadline's `[STDOUT] ` or DuME's timestamp prefix it.
const ERROR = /\baerender\s+((?:SYNTAX\s+)?ERROR)(?:\s+(-?\d+))?\s*:\s?(.*)$/i;
const FRAME = /(\d+[:;]\d{2}[:;]\d{2}[:;]\d{2})\s+\((\d+)\s*[UL]?\)\s*[UL]?\s*:/;
const PREFIX = /^\s*(?:PROGRESS:)?\s*/;
const HEADER = /^(Start|End|Duration|Frame Rate|Size|Output To):\s+(.+?)\s*$/;
const COMPOSITION = /:\s+(Starting|Finished) composition\s+(.+?)\s*$/;
const ELAPSED = /Total Time Elapsed:\s*(.+?)\s*$/;
const SCRIPT = /^Running Script:\s*(.+?)\s*$/;
const VERSION = /\baerender version\s+(\S+)/i;
const WARNING = /^WARNING:\s*(.*)$/;

const HEADER_KEYS = {
  Start: 'start',
  End: 'end',
  Duration: 'duration',
  'Frame Rate': 'frameRate',
  Size: 'size',
  'Output To': 'outputTo',
} as const;

/** `main.` → `main`, `“render”.` → `render`, `"Composition"` → `Composition`. */
function compositionName(raw: string): string {
  const name = raw.endsWith('.') ? raw.slice(0, -1) : raw;
  const quoted = /^["“](.*)["”]$/.exec(name);
  return quoted?.[1] ?? name;
}

export function classifyAerenderLine(line: string): AerenderLine {
  const error = ERROR.exec(line);
  if (error) {
    const code = error[2] === undefined ? undefined : Number(error[2]);
    return { kind: 'error', label: error[1] ?? 'ERROR', ...(code === undefined ? {} : { code }), message: (error[3] ?? '').trim() };
  }
  const frame = FRAME.exec(line);
  if (frame?.[1] && frame[2]) return { kind: 'frame', timecode: frame[1], index: Number(frame[2]) };
  const body = line.replace(PREFIX, '');
  if (body.trim() === '') return { kind: 'blank' };
  const header = HEADER.exec(body);
  if (header?.[1] && header[2]) return { kind: 'header', key: HEADER_KEYS[header[1] as keyof typeof HEADER_KEYS], value: header[2] };
  const composition = COMPOSITION.exec(body);
  if (composition?.[1] && composition[2]) {
    return { kind: 'composition', event: composition[1] === 'Starting' ? 'starting' : 'finished', name: compositionName(composition[2]) };
  }
  const elapsed = ELAPSED.exec(body);
  if (elapsed?.[1]) return { kind: 'elapsed', text: elapsed[1] };
  const script = SCRIPT.exec(body);
  if (script?.[1]) return { kind: 'script', path: script[1] };
  const version = VERSION.exec(line);
  if (version?.[1]) return { kind: 'version', version: version[1] };
  const warning = WARNING.exec(body);
  if (warning) return { kind: 'warning', message: warning[1] ?? '' };
  return { kind: 'other', text: line };
}
