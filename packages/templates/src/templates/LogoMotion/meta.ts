import { z } from 'zod';
import { brandColorFields, PALETTES } from '../../brand/colors';
import { defineTemplate } from '../../contract/define';
import { image, text } from '../../contract/fields';

export const LogoMotionMeta = defineTemplate({
  id: 'LogoMotion',
  name: { fa: 'موشن لوگو', en: 'Logo Motion' },
  description: {
    fa: 'نمایش لوگوی برند با ذره‌های نور، حلقه‌های مداری و نوشتهٔ نام و شعار؛ مناسب ابتدا و انتهای ویدیو',
    en: 'A logo reveal: particles of light gather, orbit rings draw, the mark lands and the name and tagline follow',
  },
  category: 'logo',
  kind: '2d',
  tags: ['logo', 'reveal', 'brand', 'intro', 'outro', 'لوگو'],
  schema: z.object({
    ...brandColorFields(PALETTES.midnight),
    logo: image({
      label: { fa: 'لوگو', en: 'Logo' },
      hint: { fa: 'خالی بماند تا نشانهٔ حرف اول نام ساخته شود', en: 'Leave empty to draw a monogram from the name' },
      optional: true,
    }),
    brandName: text({ label: { fa: 'نام برند', en: 'Brand name' }, default: 'استودیو نگارین', max: 32 }),
    tagline: text({
      label: { fa: 'شعار', en: 'Tagline' },
      default: 'طراحی که دیده می‌شود',
      max: 60,
      optional: true,
    }),
  }),
  fps: 30,
  durationInFrames: 180,
  previewFrame: (duration) => Math.round(duration * 0.7),
});
