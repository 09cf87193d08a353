import { z } from 'zod';
import { brandColorFields, PALETTES } from '../../brand/colors';
import { defineTemplate } from '../../contract/define';
import { text } from '../../contract/fields';

// PLACEHOLDER — the real template replaces this file.
export const SlideshowMeta = defineTemplate({
  id: 'Slideshow',
  name: { fa: 'اسلایدشو', en: 'Slideshow' },
  description: { fa: 'اسلایدشو', en: 'Slideshow' },
  category: 'slideshow',
  kind: '2d',
  tags: [],
  schema: z.object({
    ...brandColorFields(PALETTES.paper),
    title: text({ label: { fa: 'عنوان', en: 'Title' }, default: 'اسلایدشو', max: 40 }),
  }),
  fps: 30,
  durationInFrames: 150,
  previewFrame: (duration) => Math.round(duration * 0.6),
});
