import type { Aspect } from '../../contract/aspects';

interface CardPose {
  /** Centre of the product card. */
  x: number;
  y: number;
  size: number;
  rot: number;
}

export interface PromoLayout {
  /** Card above the text (9:16) or beside it (16:9, 1:1; text on the right, RTL start). */
  stacked: boolean;
  margin: number;
  cardA: CardPose;
  cardB: CardPose;
  badge: number;
  brandTop: number;
  brandMark: number;
  brandFont: number;
  colW: number;
  centerY: number;
  belowCard: number;
  gap: number;
  headline: number;
  headlineLines: number;
  body: number;
  bodyLines: number;
  price: number;
  ctaW: number;
  ctaH: number;
  ctaFont: number;
  contact: number;
}

export const LAYOUTS: Record<Aspect, PromoLayout> = {
  '16:9': {
    stacked: false,
    margin: 150,
    cardA: { x: 560, y: 560, size: 700, rot: -4 },
    cardB: { x: 540, y: 560, size: 640, rot: -2 },
    badge: 250,
    brandTop: 70,
    brandMark: 84,
    brandFont: 44,
    colW: 820,
    centerY: 580,
    belowCard: 0,
    gap: 30,
    headline: 108,
    headlineLines: 2,
    body: 42,
    bodyLines: 3,
    price: 80,
    ctaW: 620,
    ctaH: 116,
    ctaFont: 46,
    contact: 34,
  },
  '1:1': {
    stacked: false,
    margin: 60,
    cardA: { x: 300, y: 590, size: 460, rot: -4 },
    cardB: { x: 290, y: 590, size: 420, rot: -2 },
    badge: 180,
    brandTop: 56,
    brandMark: 72,
    brandFont: 38,
    colW: 460,
    centerY: 600,
    belowCard: 0,
    gap: 22,
    headline: 78,
    headlineLines: 3,
    body: 32,
    bodyLines: 3,
    price: 60,
    ctaW: 460,
    ctaH: 92,
    ctaFont: 34,
    contact: 26,
  },
  '9:16': {
    stacked: true,
    margin: 70,
    cardA: { x: 540, y: 720, size: 840, rot: -3 },
    cardB: { x: 540, y: 580, size: 600, rot: -2 },
    badge: 270,
    brandTop: 110,
    brandMark: 90,
    brandFont: 48,
    colW: 920,
    centerY: 0,
    belowCard: 70,
    gap: 26,
    headline: 112,
    headlineLines: 2,
    body: 46,
    bodyLines: 2,
    price: 86,
    ctaW: 800,
    ctaH: 132,
    ctaFont: 52,
    contact: 38,
  },
};
