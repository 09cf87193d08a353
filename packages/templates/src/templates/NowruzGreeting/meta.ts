import { z } from 'zod';
import { brandColorFields, PALETTES } from '../../brand/colors';
import { defineTemplate } from '../../contract/define';
import { text } from '../../contract/fields';

// PLACEHOLDER — the real template replaces this file.
export const NowruzGreetingMeta = defineTemplate({
  id: 'NowruzGreeting',
  name: { fa: 'تبریک نوروز', en: 'Nowruz Greeting' },
  description: { fa: 'تبریک نوروز', en: 'Nowruz Greeting' },
  category: 'greeting',
  kind: '2d',
  tags: [],
  schema: z.object({
    ...brandColorFields(PALETTES.nowruz),
    title: text({ label: { fa: 'عنوان', en: 'Title' }, default: 'تبریک نوروز', max: 40 }),
  }),
  fps: 30,
  durationInFrames: 150,
  previewFrame: (duration) => Math.round(duration * 0.6),
});
