/** The three frames every template is laid out for (each designed, never a crop). */
export const ASPECTS = {
  '16:9': { width: 1920, height: 1080, suffix: '16x9' },
  '1:1': { width: 1080, height: 1080, suffix: '1x1' },
  '9:16': { width: 1080, height: 1920, suffix: '9x16' },
} as const;

export type Aspect = keyof typeof ASPECTS;
export const ASPECT_IDS = Object.keys(ASPECTS) as Aspect[];

export function isAspect(value: string): value is Aspect {
  return Object.hasOwn(ASPECTS, value);
}

/** `LogoMotion` + `9:16` → `LogoMotion-9x16` (the Remotion composition id). */
export function compositionId(templateId: string, aspect: Aspect): string {
  return `${templateId}-${ASPECTS[aspect].suffix}`;
}

export function aspectOfSize(width: number, height: number): Aspect {
  if (width > height) return '16:9';
  if (width < height) return '9:16';
  return '1:1';
}
