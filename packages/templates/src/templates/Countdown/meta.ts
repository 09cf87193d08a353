import { z } from 'zod';
import { brandColorFields, PALETTES } from '../../brand/colors';
import { defineTemplate } from '../../contract/define';
import { text } from '../../contract/fields';

// PLACEHOLDER — the real template replaces this file.
export const CountdownMeta = defineTemplate({
  id: 'Countdown',
  name: { fa: 'شمارش معکوس', en: 'Countdown' },
  description: { fa: 'شمارش معکوس', en: 'Countdown' },
  category: 'countdown',
  kind: '2d',
  tags: [],
  schema: z.object({
    ...brandColorFields(PALETTES.midnight),
    title: text({ label: { fa: 'عنوان', en: 'Title' }, default: 'شمارش معکوس', max: 40 }),
  }),
  fps: 30,
  durationInFrames: 150,
  previewFrame: (duration) => Math.round(duration * 0.6),
});
