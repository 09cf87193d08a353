import { isProbeArtifact, type ProbedTextBox, type ProbeReport } from '../remotion/probe-protocol';

/** Parses a render artifact; null when it is not a layout probe report. */
export function parseProbeArtifact(artifact: { filename: string; content: string | Uint8Array }): ProbeReport | null {
  if (!isProbeArtifact(artifact.filename)) return null;
  try {
    const text = typeof artifact.content === 'string' ? artifact.content : new TextDecoder().decode(artifact.content);
    return JSON.parse(text) as ProbeReport;
  } catch {
    return null;
  }
}

const PERSIAN_DIGITS = '۰۱۲۳۴۵۶۷۸۹';

/** Templates render digits in Persian and collapse whitespace; compare on a common form. */
function normalise(text: string): string {
  return text
    .replace(/[۰-۹]/g, (digit) => String(PERSIAN_DIGITS.indexOf(digit)))
    .replace(/\s+/g, '')
    .toLowerCase();
}

/** Which binding a text box shows: the field whose value contains the box's text (or vice versa). */
export function fieldOfText(text: string, props: Record<string, unknown>, prefix = ''): string | null {
  const wanted = normalise(text);
  if (!wanted) return null;
  for (const [key, value] of Object.entries(props)) {
    const path = prefix ? `${prefix}.${key}` : key;
    if (typeof value === 'string' && !value.startsWith('data:')) {
      const candidate = normalise(value);
      if (candidate && (candidate.includes(wanted) || wanted.includes(candidate))) return path;
    } else if (Array.isArray(value)) {
      for (const [index, item] of value.entries()) {
        const found = typeof item === 'object' && item ? fieldOfText(text, item as Record<string, unknown>, `${path}[${index}]`) : fieldOfText(text, { [`${key}[${index}]`]: item }, prefix);
        if (found) return found;
      }
    }
  }
  return null;
}

/** One line per overflowing box, naming the field when it can be found. */
export function overflowProblems(box: ProbedTextBox, props: Record<string, unknown>): string | null {
  const problems: string[] = [];
  if (box.maxLines !== null && box.lines > box.maxLines) problems.push(`${box.lines} lines in a ${box.maxLines}-line box`);
  if (box.overflowX > 1) problems.push(`${Math.round(box.overflowX)}px wider than its box`);
  if (problems.length === 0) return null;
  const field = fieldOfText(box.text, props);
  const name = field ?? `"${box.text.slice(0, 30)}${box.text.length > 30 ? '…' : ''}"`;
  return `text overflows: ${name}: ${problems.join(', ')}`;
}

/** The smallest fitted font relative to its design size, for the "text got tiny" column. */
export function smallestFontRatio(boxes: readonly ProbedTextBox[]): number | null {
  const ratios = boxes.filter((box) => box.maxFontSize).map((box) => box.fontSize / (box.maxFontSize as number));
  return ratios.length ? Math.min(...ratios) : null;
}
