import { z } from 'zod';
import { brandColorFields, PALETTES } from '../../brand/colors';
import { defineTemplate } from '../../contract/define';
import { text } from '../../contract/fields';

// PLACEHOLDER — the real template replaces this file.
export const Birthday3DMeta = defineTemplate({
  id: 'Birthday3D',
  name: { fa: 'تولد سه‌بعدی', en: 'Birthday 3D' },
  description: { fa: 'تولد سه‌بعدی', en: 'Birthday 3D' },
  category: 'greeting',
  kind: '3d',
  tags: [],
  schema: z.object({
    ...brandColorFields(PALETTES.rose),
    title: text({ label: { fa: 'عنوان', en: 'Title' }, default: 'تولد سه‌بعدی', max: 40 }),
  }),
  fps: 30,
  durationInFrames: 150,
  previewFrame: (duration) => Math.round(duration * 0.6),
});
