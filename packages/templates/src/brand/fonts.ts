import { loadFont } from '@remotion/fonts';
import { useLayoutEffect, useState } from 'react';
import { continueRender, delayRender, useDelayRender } from 'remotion';
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
/** Set once every weight is registered: later mounts measure at once, with no delayRender. */
let loaded = false;

/**
 * Loads every weight once per page; the frame waits (delayRender) until they are ready.
 * A weight that fails to load cancels the render (loadFont's own handling) with its error.
 */
export function loadBrandFonts(): Promise<void> {
  if (loading) return loading;
  const handle = delayRender('Loading Vazirmatn');
  loading = Promise.all(WEIGHTS.map(([weight, url]) => loadFont({ family: FONT_FAMILY, url, weight, format: 'woff2' })))
    .then(() => {
      loaded = true;
    })
    .finally(() => continueRender(handle));
  return loading;
}

/**
 * True once the fonts are loaded. Text measurement (FitText) must wait for this, or it
 * would measure the fallback font. Until then the component holds a delayRender of its
 * own, taken in a layout effect (so a render React throws away leaks nothing) and always
 * released: when the measured text has committed, or when the component unmounts first
 * (a Sequence ending, a seek past it). Once the fonts are in, a new mount is ready from
 * its first render and never delays the frame.
 */
export function useFontsReady(): boolean {
  const [ready, setReady] = useState(loaded);
  const { delayRender: delay, continueRender: release } = useDelayRender();
  useLayoutEffect(() => {
    if (ready) return undefined;
    if (loaded) {
      setReady(true);
      return undefined;
    }
    const handle = delay('Waiting for Vazirmatn before measuring text');
    let mounted = true;
    loadBrandFonts().then(
      () => {
        if (mounted) setReady(true);
      },
      () => undefined,
    );
    // Runs on unmount, and when `ready` flips: that commit already holds the measured
    // text, so the frame may be captured right after it.
    return () => {
      mounted = false;
      release(handle);
    };
  }, [ready, delay, release]);
  return ready;
}
