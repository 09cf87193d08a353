import { fitTextOnNLines, measureText } from '@remotion/layout-utils';
import { FONT_FAMILY } from './fonts';
import { guardedFitWidth } from './FitWords';
import { displayText } from './persianText';

export interface TextMetrics {
  fontSize: number;
  lines: number;
  /** Width of the widest fitted line, px (≤ the box width). */
  width: number;
  /** Height of the block at the given line height, px. */
  height: number;
}

/**
 * The same fit GuardedFitText and FitWords make (width × maxLines, shrinking below maxFontSize), plus the
 * size of the result, so a layout can hug the real text: centre a lockup, stack blocks.
 * Browser-only and font-dependent: call it once `useFontsReady()` is true.
 */
export function fitMetrics(
  text: string,
  { width, maxFontSize, maxLines = 2, fontWeight = 700, lineHeight = 1.35 }: { width: number; maxFontSize: number; maxLines?: number; fontWeight?: number; lineHeight?: number },
): TextMetrics {
  const clean = text.trim().replace(/\s+/g, ' ');
  if (clean === '') return { fontSize: 0, lines: 0, width: 0, height: 0 };
  const fit = fitTextOnNLines({ text: clean, maxLines, maxBoxWidth: guardedFitWidth(clean, width, maxFontSize), fontFamily: FONT_FAMILY, fontWeight, maxFontSize });
  const lines = fit.lines.filter((line) => line.trim() !== '');
  const widest = Math.max(
    0,
    ...lines.map((line) => measureText({ text: line, fontFamily: FONT_FAMILY, fontWeight, fontSize: fit.fontSize }).width),
  );
  const count = Math.max(1, lines.length);
  return { fontSize: fit.fontSize, lines: count, width: Math.min(width, Math.ceil(widest)), height: count * fit.fontSize * lineHeight };
}

/**
 * Wraps each run of Latin words (a handle, a URL, "Creative Lab") in Unicode
 * left-to-right isolates, so inside right-to-left text "@shop.ir" keeps its "@" in front
 * and "Creative Lab" keeps its word order. The isolates are invisible and zero-width.
 */
export function isolateLatin(text: string): string {
  return text.replace(/[A-Za-z@#][^\s\u0600-\u06FF\u2066-\u2069]*(?:\s+[A-Za-z0-9@#][^\s\u0600-\u06FF\u2066-\u2069]*)*/g, (run) => `\u2066${run}\u2069`);
}

/** A customer's text ready to draw: `displayText` (one line, Persian digits) with its Latin runs isolated. */
export function faText(value: string): string {
  return isolateLatin(displayText(value));
}
