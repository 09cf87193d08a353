import { Fragment, type CSSProperties } from 'react';
import { FitText, useFittedBox, type FitTextProps } from './FitText';
import { displayText } from './persianText';

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
export function FitWords({ wordStyle, ...props }: FitWordsProps) {
  const fit = useFittedBox(props, guardedFitWidth);
  if (!fit) return null;
  const words = fit.clean.split(' ');
  return (
    <div {...fit.box}>
      {words.map((word, index) => (
        <Fragment key={index}>
          <span style={{ position: 'relative', ...wordStyle(index, words.length) }}>{word}</span>
          {index < words.length - 1 ? ' ' : null}
        </Fragment>
      ))}
    </div>
  );
}

/**
 * A template's headline: FitWords in black weight with balanced lines, sized by the
 * layout's title box, so the invitation-style templates set their titles one way.
 */
export function HeadlineWords({ text, box, style, ...props }: Omit<FitWordsProps, 'width' | 'maxFontSize' | 'maxLines' | 'fontWeight'> & { box: { w: number; size: number; lines: number } }) {
  return <FitWords text={displayText(text)} width={box.w} maxFontSize={box.size} maxLines={box.lines} fontWeight={900} style={{ textWrap: 'balance', ...style }} {...props} />;
}
