import { loadFont } from '@remotion/fonts';
import { useEffect, useState } from 'react';
import { continueRender, delayRender } from 'remotion';
import light from 'vazirmatn/fonts/webfonts/Vazirmatn-Light.woff2';
import regular from 'vazirmatn/fonts/webfonts/Vazirmatn-Regular.woff2';
import medium from 'vazirmatn/fonts/webfonts/Vazirmatn-Medium.woff2';
import bold from 'vazirmatn/fonts/webfonts/Vazirmatn-Bold.woff2';
import extraBold from 'vazirmatn/fonts/webfonts/Vazirmatn-ExtraBold.woff2';
import black from 'vazirmatn/fonts/webfonts/Vazirmatn-Black.woff2';

/**
 * Vazirmatn comes from the `vazirmatn` npm package, bundled by webpack — never from the
 * network or the system — so Persian text renders identically on every render node.
 */
export const FONT_FAMILY = 'Vazirmatn';
export const FONT_STACK = `${FONT_FAMILY}, sans-serif`;

const WEIGHTS: Array<[string, string]> = [
  ['300', light],
  ['400', regular],
  ['500', medium],
  ['700', bold],
  ['800', extraBold],
  ['900', black],
];

let loading: Promise<void> | null = null;

/** Loads every weight once per page; the frame waits (delayRender) until they are ready. */
export function loadBrandFonts(): Promise<void> {
  if (loading) return loading;
  const handle = delayRender('Loading Vazirmatn');
  loading = Promise.all(WEIGHTS.map(([weight, url]) => loadFont({ family: FONT_FAMILY, url, weight, format: 'woff2' })))
    .then(() => continueRender(handle))
    .catch((error: unknown) => {
      continueRender(handle);
      throw error;
    });
  return loading;
}

/**
 * True once the fonts are loaded. Text measurement (FitText) must wait for this, or it
 * would measure the fallback font; the component holds its own delayRender meanwhile.
 */
export function useFontsReady(): boolean {
  const [ready, setReady] = useState(false);
  const [handle] = useState(() => delayRender('Waiting for fonts before measuring text'));
  useEffect(() => {
    let active = true;
    loadBrandFonts().then(() => {
      if (active) setReady(true);
    });
    return () => {
      active = false;
    };
  }, []);
  useEffect(() => {
    if (ready) continueRender(handle);
  }, [ready, handle]);
  return ready;
}
