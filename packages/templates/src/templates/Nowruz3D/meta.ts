import { z } from 'zod';
import { brandColorFields, PALETTES } from '../../brand/colors';
import { defineTemplate } from '../../contract/define';
import { text } from '../../contract/fields';

// PLACEHOLDER — the real template replaces this file.
export const Nowruz3DMeta = defineTemplate({
  id: 'Nowruz3D',
  name: { fa: 'نوروز سه‌بعدی', en: 'Nowruz 3D' },
  description: { fa: 'نوروز سه‌بعدی', en: 'Nowruz 3D' },
  category: 'greeting',
  kind: '3d',
  tags: [],
  schema: z.object({
    ...brandColorFields(PALETTES.nowruz),
    title: text({ label: { fa: 'عنوان', en: 'Title' }, default: 'نوروز سه‌بعدی', max: 40 }),
  }),
  fps: 30,
  durationInFrames: 150,
  previewFrame: (duration) => Math.round(duration * 0.6),
});
