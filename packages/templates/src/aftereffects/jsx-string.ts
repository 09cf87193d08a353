/**
 * A double-quoted ExtendScript (ES3) string literal that is pure ASCII: everything outside
 * printable ASCII becomes `\uXXXX`. Older patched commandLineRenderer.jsx files read the
 * script in the system code page, so Persian text must not depend on the file's encoding;
 * it also keeps U+2028/U+2029 (line terminators in ES3 source) out of the literal.
 */
export function jsxString(value: string): string {
  let out = '"';
  for (let index = 0; index < value.length; index++) {
    const unit = value.charCodeAt(index);
    if (unit === 0x22) out += '\\"';
    else if (unit === 0x5c) out += '\\\\';
    else if (unit >= 0x20 && unit < 0x7f) out += value[index];
    else out += `\\u${unit.toString(16).padStart(4, '0')}`;
  }
  return `${out}"`;
}

/** AE's text engine breaks lines on `\r`; `\n` from JSON or a textarea would show as a box in older AE. */
export function aeText(value: string): string {
  return value.replace(/\r\n|\n/g, '\r');
}

/** `#1a2b3c` → `[0.101961, 0.168627, 0.235294]`: AE colour channels are 0–1. */
export function hexToAeColor(hex: string): [number, number, number] {
  const match = /^#([0-9a-f]{2})([0-9a-f]{2})([0-9a-f]{2})$/i.exec(hex);
  if (!match) throw new Error(`not a #rrggbb colour: ${JSON.stringify(hex)}`);
  const channel = (pair: string | undefined) => Number((Number.parseInt(pair ?? '0', 16) / 255).toFixed(6));
  return [channel(match[1]), channel(match[2]), channel(match[3])];
}
