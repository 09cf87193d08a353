import type { CSSProperties, ReactNode } from 'react';
import { AbsoluteFill } from 'remotion';
import { FONT_STACK, loadBrandFonts } from './fonts';

// Start loading at import, before the first text mounts. A failed weight has already
// cancelled the render with its error (loadFont), so the rejection needs no handler here.
loadBrandFonts().catch(() => undefined);

/** The root of every template: Persian, right-to-left, Vazirmatn, the brand background. */
export function BrandCanvas({ background, color, children, style }: { background: string; color: string; children: ReactNode; style?: CSSProperties }) {
  return (
    <AbsoluteFill dir="rtl" lang="fa" style={{ background, color, fontFamily: FONT_STACK, overflow: 'hidden', ...style }}>
      {children}
    </AbsoluteFill>
  );
}
