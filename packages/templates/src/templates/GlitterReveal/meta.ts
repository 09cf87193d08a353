import { z } from 'zod';
import { brandColorFields, PALETTES } from '../../brand/colors';
import { defineTemplate } from '../../contract/define';
import { choice, image, integer, text } from '../../contract/fields';

export const GlitterRevealMeta = defineTemplate({
  id: 'GlitterReveal',
  name: { fa: 'نمایش درخشان لوگو', en: 'Glitter Reveal' },
  description: {
    fa: 'ذرات اکلیل به دور هم می‌چرخند و لوگوی شما را با برق و درخشش نمایان می‌کنند؛ نام برند با نوشته‌ی طلایی',
    en: 'Glitter swirls in and reveals your logo with a flash and sparkles, then the brand name in shimmering gold',
  },
  category: 'logo',
  kind: '2d',
  tags: ['logo', 'reveal', 'glitter', 'sparkle', 'luxury', 'لوگو', 'اکلیل', 'درخشش'],
  schema: z.object({
    ...brandColorFields(PALETTES.saffron),
    logo: image({
      label: { fa: 'لوگو', en: 'Logo' },
      hint: { fa: 'PNG با پس‌زمینه‌ی شفاف بهترین نتیجه را دارد؛ خالی بماند، نشان الماس', en: 'A transparent PNG works best; leave empty for a diamond emblem' },
      optional: true,
    }),
    brandName: text({ label: { fa: 'نام برند', en: 'Brand name' }, default: 'گالری جواهر درخشان', max: 30 }),
    tagline: text({ label: { fa: 'شعار', en: 'Tagline' }, default: 'درخششی که ماندگار است', max: 60, optional: true }),
    glitter: choice({
      label: { fa: 'رنگ اکلیل', en: 'Glitter colour' },
      hint: { fa: 'gold = طلایی، silver = نقره‌ای، brand = رنگ‌های برند', en: 'gold, silver, or brand = the five brand colours' },
      values: ['gold', 'silver', 'brand'] as const,
      default: 'gold',
    }),
    density: integer({ label: { fa: 'تعداد ذرات اکلیل', en: 'Glitter particles' }, default: 140, min: 40, max: 260 }),
  }),
  fps: 30,
  durationInFrames: 210,
  previewFrame: (duration) => Math.round(duration * 0.6),
});
