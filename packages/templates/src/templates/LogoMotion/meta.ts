import { z } from 'zod';
import { brandColorFields, PALETTES } from '../../brand/colors';
import { defineTemplate } from '../../contract/define';
import { text } from '../../contract/fields';

// PLACEHOLDER — the real template replaces this file.
export const LogoMotionMeta = defineTemplate({
  id: 'LogoMotion',
  name: { fa: 'موشن لوگو', en: 'Logo Motion' },
  description: { fa: 'موشن لوگو', en: 'Logo Motion' },
  category: 'logo',
  kind: '2d',
  tags: [],
  schema: z.object({
    ...brandColorFields(PALETTES.midnight),
    title: text({ label: { fa: 'عنوان', en: 'Title' }, default: 'موشن لوگو', max: 40 }),
  }),
  fps: 30,
  durationInFrames: 150,
  previewFrame: (duration) => Math.round(duration * 0.6),
});
