import { z } from 'zod';
import { brandColorFields, PALETTES } from '../../brand/colors';
import { defineTemplate } from '../../contract/define';
import { text } from '../../contract/fields';

// PLACEHOLDER — the real template replaces this file.
export const Hero3DMeta = defineTemplate({
  id: 'Hero3D',
  name: { fa: 'قهرمان سه‌بعدی', en: 'Hero 3D' },
  description: { fa: 'قهرمان سه‌بعدی', en: 'Hero 3D' },
  category: 'logo',
  kind: '3d',
  tags: [],
  schema: z.object({
    ...brandColorFields(PALETTES.midnight),
    title: text({ label: { fa: 'عنوان', en: 'Title' }, default: 'قهرمان سه‌بعدی', max: 40 }),
  }),
  fps: 30,
  durationInFrames: 150,
  previewFrame: (duration) => Math.round(duration * 0.6),
});
