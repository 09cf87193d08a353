import { color } from '../contract/fields';

/** The five colour slots of the brand system; every template exposes all five. */
export const COLOR_SLOTS = ['primary', 'secondary', 'accent', 'background', 'text'] as const;
export type ColorSlot = (typeof COLOR_SLOTS)[number];
export type Palette = Record<ColorSlot, string>;

const SLOT_LABELS: Record<ColorSlot, { fa: string; en: string }> = {
  primary: { fa: 'رنگ اصلی', en: 'Primary colour' },
  secondary: { fa: 'رنگ دوم', en: 'Secondary colour' },
  accent: { fa: 'رنگ تأکید', en: 'Accent colour' },
  background: { fa: 'رنگ پس‌زمینه', en: 'Background colour' },
  text: { fa: 'رنگ متن', en: 'Text colour' },
};

/** Named palettes templates start from (each template picks one as its defaults). */
export const PALETTES = {
  midnight: { primary: '#6c5ce7', secondary: '#00cec9', accent: '#fdcb6e', background: '#0b1020', text: '#f5f6fa' },
  saffron: { primary: '#e67e22', secondary: '#c0392b', accent: '#f1c40f', background: '#1b0f0a', text: '#fff8ee' },
  nowruz: { primary: '#2ecc71', secondary: '#e84393', accent: '#ffd166', background: '#0e2a1f', text: '#fffdf5' },
  royal: { primary: '#1e3799', secondary: '#4a69bd', accent: '#f6b93b', background: '#0a0f2c', text: '#ffffff' },
  rose: { primary: '#e84393', secondary: '#fd79a8', accent: '#ffeaa7', background: '#2d0a1f', text: '#fff5fa' },
  sale: { primary: '#ff3b30', secondary: '#ff9500', accent: '#ffe600', background: '#111111', text: '#ffffff' },
  paper: { primary: '#2d3436', secondary: '#636e72', accent: '#d35400', background: '#f7f1e3', text: '#1e272e' },
  ocean: { primary: '#0984e3', secondary: '#74b9ff', accent: '#55efc4', background: '#031926', text: '#eaf6ff' },
} satisfies Record<string, Palette>;

/** The five colour fields, spread into a template's schema: `{ ...brandColorFields(PALETTES.royal), … }`. */
export function brandColorFields(defaults: Palette) {
  return {
    primary: color({ label: SLOT_LABELS.primary, default: defaults.primary }),
    secondary: color({ label: SLOT_LABELS.secondary, default: defaults.secondary }),
    accent: color({ label: SLOT_LABELS.accent, default: defaults.accent }),
    background: color({ label: SLOT_LABELS.background, default: defaults.background }),
    text: color({ label: SLOT_LABELS.text, default: defaults.text }),
  };
}

export function paletteOf(props: Palette): Palette {
  return { primary: props.primary, secondary: props.secondary, accent: props.accent, background: props.background, text: props.text };
}

/** `#rrggbb` + alpha 0..1 → rgba() string, for glows and overlays. */
export function withAlpha(hex: string, alpha: number): string {
  const value = Number.parseInt(hex.slice(1), 16);
  return `rgba(${(value >> 16) & 255}, ${(value >> 8) & 255}, ${value & 255}, ${alpha})`;
}
