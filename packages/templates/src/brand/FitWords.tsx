import { fitTextOnNLines } from '@remotion/layout-utils';
import { Fragment, type CSSProperties } from 'react';
import { FONT_FAMILY, useFontsReady } from './fonts';
import { FitText, type FitTextProps } from './FitText';

export interface FitWordsProps extends Omit<FitTextProps, 'text'> {
  text: string;
  /**
   * Style of the i-th of n words, for word-by-word reveals. Words stay `display: inline`
   * so mixed Persian/Latin text keeps its bidi order; move them with `top`/`opacity`
   * (relative positioning), not `transform`, which inline boxes ignore.
   */
  wordStyle: (index: number, count: number) => CSSProperties;
}

// Glyphs Vazirmatn lacks (emoji, CJK…) are drawn by a fallback font and measured wrongly,
// so each one gets extra room. Vazirmatn covers Latin, Arabic/Persian, punctuation.
const VAZIRMATN_COVERS = /[\u0000-\u024F\u0600-\u06FF\u0750-\u077F\u08A0-\u08FF\uFB50-\uFDFF\uFE00-\uFE0F\uFE70-\uFEFF\u2000-\u206F\u20AC\u2212]/u;

/** The width to fit `text` into so fallback-font glyphs cannot push it past `width`. */
export function guardedFitWidth(text: string, width: number, maxFontSize: number): number {
  let foreign = 0;
  for (const char of text) if (!VAZIRMATN_COVERS.test(char)) foreign += 1;
  return Math.max(width * 0.55, width - foreign * maxFontSize * 1.3);
}

/**
 * FitText, guarded against glyphs the brand font lacks (a customer's emoji): it fits the
 * text into a narrower measure but keeps the full box, so the fallback glyphs' extra width
 * lands in the slack instead of adding a line.
 */
export function GuardedFitText(props: FitTextProps) {
  return <FitText {...props} width={guardedFitWidth(props.text, props.width, props.maxFontSize)} style={{ width: props.width, ...props.style }} />;
}

/**
 * FitText's twin for animated text: the same fit (width × maxLines, shrinking below
 * maxFontSize), but every word is its own span.
 */
export function FitWords({
  text,
  width,
  maxFontSize,
  maxLines = 2,
  fontWeight = 700,
  color,
  lineHeight = 1.35,
  align = 'center',
  style,
  wordStyle,
}: FitWordsProps) {
  const ready = useFontsReady();
  const clean = text.trim().replace(/\s+/g, ' ');
  if (!ready || clean === '') return null;
  const { fontSize } = fitTextOnNLines({ text: clean, maxLines, maxBoxWidth: guardedFitWidth(clean, width, maxFontSize), fontFamily: FONT_FAMILY, fontWeight, maxFontSize });
  const words = clean.split(' ');
  return (
    <div
      data-fit-text=""
      data-max-lines={maxLines}
      data-max-font-size={maxFontSize}
      style={{ width, fontFamily: FONT_FAMILY, fontWeight, fontSize, lineHeight, color, textAlign: align, overflowWrap: 'anywhere', ...style }}
    >
      {words.map((word, index) => (
        <Fragment key={index}>
          <span style={{ position: 'relative', ...wordStyle(index, words.length) }}>{word}</span>
          {index < words.length - 1 ? ' ' : null}
        </Fragment>
      ))}
    </div>
  );
}
