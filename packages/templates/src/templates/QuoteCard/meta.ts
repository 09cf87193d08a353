import { z } from 'zod';
import { brandColorFields, PALETTES } from '../../brand/colors';
import { defineTemplate } from '../../contract/define';
import { text } from '../../contract/fields';

// PLACEHOLDER — the real template replaces this file.
export const QuoteCardMeta = defineTemplate({
  id: 'QuoteCard',
  name: { fa: 'کارت نقل‌قول', en: 'Quote Card' },
  description: { fa: 'کارت نقل‌قول', en: 'Quote Card' },
  category: 'quote',
  kind: '2d',
  tags: [],
  schema: z.object({
    ...brandColorFields(PALETTES.paper),
    title: text({ label: { fa: 'عنوان', en: 'Title' }, default: 'کارت نقل‌قول', max: 40 }),
  }),
  fps: 30,
  durationInFrames: 150,
  previewFrame: (duration) => Math.round(duration * 0.6),
});
