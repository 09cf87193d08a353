import { z } from 'zod';
import { brandColorFields, PALETTES } from '../../brand/colors';
import { defineTemplate } from '../../contract/define';
import { text } from '../../contract/fields';

// PLACEHOLDER — the real template replaces this file.
export const SalePromoMeta = defineTemplate({
  id: 'SalePromo',
  name: { fa: 'حراج ویژه', en: 'Sale Promo' },
  description: { fa: 'حراج ویژه', en: 'Sale Promo' },
  category: 'promo',
  kind: '2d',
  tags: [],
  schema: z.object({
    ...brandColorFields(PALETTES.sale),
    title: text({ label: { fa: 'عنوان', en: 'Title' }, default: 'حراج ویژه', max: 40 }),
  }),
  fps: 30,
  durationInFrames: 150,
  previewFrame: (duration) => Math.round(duration * 0.6),
});
