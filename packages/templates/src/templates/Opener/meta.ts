import { z } from 'zod';
import { brandColorFields, PALETTES } from '../../brand/colors';
import { defineTemplate } from '../../contract/define';
import { text } from '../../contract/fields';

// PLACEHOLDER — the real template replaces this file.
export const OpenerMeta = defineTemplate({
  id: 'Opener',
  name: { fa: 'افتتاحیه', en: 'Opener' },
  description: { fa: 'افتتاحیه', en: 'Opener' },
  category: 'intro',
  kind: '2d',
  tags: [],
  schema: z.object({
    ...brandColorFields(PALETTES.royal),
    title: text({ label: { fa: 'عنوان', en: 'Title' }, default: 'افتتاحیه', max: 40 }),
  }),
  fps: 30,
  durationInFrames: 150,
  previewFrame: (duration) => Math.round(duration * 0.6),
});
