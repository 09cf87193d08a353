import type { ComponentType } from 'react';
import type { TemplateId } from './catalog';

// eslint-disable-next-line @typescript-eslint/no-explicit-any
export type LazyTemplateComponent = () => Promise<{ default: ComponentType<any> }>;

/**
 * Browser-only: each catalog id → a loader for its React component (TypeScript checks none
 * is missing). Loaded lazily (Remotion's `lazyComponent`) so a page rendering one 2D
 * template does not parse three.js and every other template: the bundle's page load is
 * the largest fixed cost of a still.
 */
export const TEMPLATE_COMPONENTS: Record<TemplateId, LazyTemplateComponent> = {
  LogoMotion: () => import('./LogoMotion/LogoMotion').then((module) => ({ default: module.LogoMotion })),
  Opener: () => import('./Opener/Opener').then((module) => ({ default: module.Opener })),
  InstaPromo: () => import('./InstaPromo/InstaPromo').then((module) => ({ default: module.InstaPromo })),
  YouTubeIntro: () => import('./YouTubeIntro/YouTubeIntro').then((module) => ({ default: module.YouTubeIntro })),
  Slideshow: () => import('./Slideshow/Slideshow').then((module) => ({ default: module.Slideshow })),
  HappyBirthday: () => import('./HappyBirthday/HappyBirthday').then((module) => ({ default: module.HappyBirthday })),
  SalePromo: () => import('./SalePromo/SalePromo').then((module) => ({ default: module.SalePromo })),
  QuoteCard: () => import('./QuoteCard/QuoteCard').then((module) => ({ default: module.QuoteCard })),
  EventInvite: () => import('./EventInvite/EventInvite').then((module) => ({ default: module.EventInvite })),
  Countdown: () => import('./Countdown/Countdown').then((module) => ({ default: module.Countdown })),
  GlitterReveal: () => import('./GlitterReveal/GlitterReveal').then((module) => ({ default: module.GlitterReveal })),
  NowruzGreeting: () => import('./NowruzGreeting/NowruzGreeting').then((module) => ({ default: module.NowruzGreeting })),
  Hero3D: () => import('./Hero3D/Hero3D').then((module) => ({ default: module.Hero3D })),
  Nowruz3D: () => import('./Nowruz3D/Nowruz3D').then((module) => ({ default: module.Nowruz3D })),
  Birthday3D: () => import('./Birthday3D/Birthday3D').then((module) => ({ default: module.Birthday3D })),
  Promo3D: () => import('./Promo3D/Promo3D').then((module) => ({ default: module.Promo3D })),
};
