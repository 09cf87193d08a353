import type { TemplateMeta } from '../contract/define';
import { LogoMotionMeta } from './LogoMotion/meta';
import { OpenerMeta } from './Opener/meta';
import { InstaPromoMeta } from './InstaPromo/meta';
import { YouTubeIntroMeta } from './YouTubeIntro/meta';
import { SlideshowMeta } from './Slideshow/meta';
import { HappyBirthdayMeta } from './HappyBirthday/meta';
import { SalePromoMeta } from './SalePromo/meta';
import { QuoteCardMeta } from './QuoteCard/meta';
import { EventInviteMeta } from './EventInvite/meta';
import { CountdownMeta } from './Countdown/meta';
import { GlitterRevealMeta } from './GlitterReveal/meta';
import { NowruzGreetingMeta } from './NowruzGreeting/meta';
import { Hero3DMeta } from './Hero3D/meta';
import { Nowruz3DMeta } from './Nowruz3D/meta';
import { Birthday3DMeta } from './Birthday3D/meta';
import { Promo3DMeta } from './Promo3D/meta';

/**
 * The template pack: the single list the Remotion root, the manifest, the CLI and the
 * seed all read. Node-safe (metadata and zod schemas only, no React).
 */
export const TEMPLATE_CATALOG = [
  LogoMotionMeta,
  OpenerMeta,
  InstaPromoMeta,
  YouTubeIntroMeta,
  SlideshowMeta,
  HappyBirthdayMeta,
  SalePromoMeta,
  QuoteCardMeta,
  EventInviteMeta,
  CountdownMeta,
  GlitterRevealMeta,
  NowruzGreetingMeta,
  Hero3DMeta,
  Nowruz3DMeta,
  Birthday3DMeta,
  Promo3DMeta,
] as const satisfies readonly TemplateMeta[];

export type TemplateId = (typeof TEMPLATE_CATALOG)[number]['id'];
