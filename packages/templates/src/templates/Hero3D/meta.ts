import { z } from 'zod';
import { brandColorFields, PALETTES } from '../../brand/colors';
import { defineTemplate } from '../../contract/define';
import { image, text } from '../../contract/fields';

/** A cinematic logo / hero-title reveal on a mirrored studio floor. */
export const Hero3DMeta = defineTemplate({
  id: 'Hero3D',
  name: { fa: 'معرفی سینمایی سه‌بعدی', en: 'Cinematic Hero 3D' },
  description: {
    fa: 'نشان برند روی کف آینه‌ای می‌چرخد، هاله‌ای نورانی پشتش روشن می‌شود و نام برند با نور و عمق میدان سینمایی ظاهر می‌شود.',
    en: 'The brand mark turns over a mirrored floor, a glowing halo lights up behind it and the brand name reveals with bloom and cinematic depth of field.',
  },
  category: 'logo',
  kind: '3d',
  tags: ['3d', 'logo', 'intro', 'cinematic', 'reveal'],
  schema: z.object({
    ...brandColorFields(PALETTES.midnight),
    logo: image({
      label: { fa: 'لوگو', en: 'Logo' },
      hint: { fa: 'خالی بگذارید تا نشان سه‌بعدی ساخته شود.', en: 'Leave empty for a generated 3D mark.' },
      optional: true,
    }),
    title: text({ label: { fa: 'نام برند', en: 'Brand name' }, default: 'استودیو نگار', max: 32 }),
    tagline: text({ label: { fa: 'شعار', en: 'Tagline' }, default: 'روایت برند شما در سه بُعد', max: 60, optional: true }),
    website: text({ label: { fa: 'وب‌سایت', en: 'Website' }, default: 'negar.studio', max: 40, optional: true }),
  }),
  fps: 30,
  durationInFrames: 180,
  previewFrame: () => 120,
});
