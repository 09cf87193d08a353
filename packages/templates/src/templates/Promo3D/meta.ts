import { z } from 'zod';
import { brandColorFields, PALETTES } from '../../brand/colors';
import { defineTemplate } from '../../contract/define';
import { text } from '../../contract/fields';

// PLACEHOLDER — the real template replaces this file.
export const Promo3DMeta = defineTemplate({
  id: 'Promo3D',
  name: { fa: 'تبلیغ سه‌بعدی', en: 'Promo 3D' },
  description: { fa: 'تبلیغ سه‌بعدی', en: 'Promo 3D' },
  category: 'promo',
  kind: '3d',
  tags: [],
  schema: z.object({
    ...brandColorFields(PALETTES.ocean),
    title: text({ label: { fa: 'عنوان', en: 'Title' }, default: 'تبلیغ سه‌بعدی', max: 40 }),
  }),
  fps: 30,
  durationInFrames: 150,
  previewFrame: (duration) => Math.round(duration * 0.6),
});
