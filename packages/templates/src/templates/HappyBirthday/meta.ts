import { z } from 'zod';
import { brandColorFields, PALETTES } from '../../brand/colors';
import { defineTemplate } from '../../contract/define';
import { text } from '../../contract/fields';

// PLACEHOLDER — the real template replaces this file.
export const HappyBirthdayMeta = defineTemplate({
  id: 'HappyBirthday',
  name: { fa: 'تولدت مبارک', en: 'Happy Birthday' },
  description: { fa: 'تولدت مبارک', en: 'Happy Birthday' },
  category: 'greeting',
  kind: '2d',
  tags: [],
  schema: z.object({
    ...brandColorFields(PALETTES.rose),
    title: text({ label: { fa: 'عنوان', en: 'Title' }, default: 'تولدت مبارک', max: 40 }),
  }),
  fps: 30,
  durationInFrames: 150,
  previewFrame: (duration) => Math.round(duration * 0.6),
});
