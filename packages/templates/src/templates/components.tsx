import type { ComponentType } from 'react';
import type { TemplateId } from './catalog';
import { LogoMotion } from './LogoMotion/LogoMotion';
import { Opener } from './Opener/Opener';
import { InstaPromo } from './InstaPromo/InstaPromo';
import { YouTubeIntro } from './YouTubeIntro/YouTubeIntro';
import { Slideshow } from './Slideshow/Slideshow';
import { HappyBirthday } from './HappyBirthday/HappyBirthday';
import { SalePromo } from './SalePromo/SalePromo';
import { QuoteCard } from './QuoteCard/QuoteCard';
import { EventInvite } from './EventInvite/EventInvite';
import { Countdown } from './Countdown/Countdown';
import { GlitterReveal } from './GlitterReveal/GlitterReveal';
import { NowruzGreeting } from './NowruzGreeting/NowruzGreeting';
import { Hero3D } from './Hero3D/Hero3D';
import { Nowruz3D } from './Nowruz3D/Nowruz3D';
import { Birthday3D } from './Birthday3D/Birthday3D';
import { Promo3D } from './Promo3D/Promo3D';

/** Browser-only: each catalog id → its React component (TypeScript checks none is missing). */
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export const TEMPLATE_COMPONENTS: Record<TemplateId, ComponentType<any>> = {
  LogoMotion,
  Opener,
  InstaPromo,
  YouTubeIntro,
  Slideshow,
  HappyBirthday,
  SalePromo,
  QuoteCard,
  EventInvite,
  Countdown,
  GlitterReveal,
  NowruzGreeting,
  Hero3D,
  Nowruz3D,
  Birthday3D,
  Promo3D,
};
