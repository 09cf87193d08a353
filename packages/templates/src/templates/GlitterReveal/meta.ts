import { z } from 'zod';
import { brandColorFields, PALETTES } from '../../brand/colors';
import { defineTemplate } from '../../contract/define';
import { text } from '../../contract/fields';

// PLACEHOLDER — the real template replaces this file.
export const GlitterRevealMeta = defineTemplate({
  id: 'GlitterReveal',
  name: { fa: 'نمایش درخشان لوگو', en: 'Glitter Reveal' },
  description: { fa: 'نمایش درخشان لوگو', en: 'Glitter Reveal' },
  category: 'logo',
  kind: '2d',
  tags: [],
  schema: z.object({
    ...brandColorFields(PALETTES.saffron),
    title: text({ label: { fa: 'عنوان', en: 'Title' }, default: 'نمایش درخشان لوگو', max: 40 }),
  }),
  fps: 30,
  durationInFrames: 150,
  previewFrame: (duration) => Math.round(duration * 0.6),
});
