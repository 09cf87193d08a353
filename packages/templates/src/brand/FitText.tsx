import { fitTextOnNLines } from '@remotion/layout-utils';
import type { CSSProperties } from 'react';
import { FONT_FAMILY, useFontsReady } from './fonts';

export interface FitTextProps {
  text: string;
  /** Box width in px. */
  width: number;
  /** The size used when the text fits; long text shrinks below it, never overflows. */
  maxFontSize: number;
  maxLines?: number;
  fontWeight?: number;
  color?: string;
  lineHeight?: number;
  align?: CSSProperties['textAlign'];
  style?: CSSProperties;
}

/**
 * The fit FitText and FitWords share, so both apply the same defaults and draw the same box:
 * cleans the text, waits for the font, finds the size that fits `measureWidth` (default:
 * the box width) × maxLines, and returns the box's attributes, or null when there is
 * nothing to draw yet.
 */
export function useFittedBox(
  { text, width, maxFontSize, maxLines = 2, fontWeight = 700, color, lineHeight = 1.35, align = 'center', style }: FitTextProps,
  measureWidth?: (clean: string, width: number, maxFontSize: number) => number,
) {
  const ready = useFontsReady();
  // Measured and drawn as one run of single-spaced words: layout collapses newlines and
  // space runs anyway, while the fit (which splits on single spaces) would measure a
  // "word" holding a newline as two lines' worth and disagree with the browser.
  const clean = text.trim().replace(/\s+/g, ' ');
  if (!ready || clean === '') return null;
  const { fontSize } = fitTextOnNLines({
    text: clean,
    maxLines,
    maxBoxWidth: measureWidth ? measureWidth(clean, width, maxFontSize) : width,
    fontFamily: FONT_FAMILY,
    fontWeight,
    maxFontSize,
  });
  const box = {
    'data-fit-text': '',
    'data-max-lines': maxLines,
    'data-max-font-size': maxFontSize,
    style: {
      width,
      fontFamily: FONT_FAMILY,
      fontWeight,
      fontSize,
      lineHeight,
      color,
      textAlign: align,
      overflowWrap: 'anywhere',
      ...style,
    } satisfies CSSProperties,
  };
  return { clean, box };
}

/**
 * Text that shrinks to fit its box (width × maxLines) instead of overflowing. Measures
 * with the real Vazirmatn metrics, so it waits for the font first.
 */
export function FitText(props: FitTextProps) {
  const fit = useFittedBox(props);
  if (!fit) return null;
  return <div {...fit.box}>{fit.clean}</div>;
}
