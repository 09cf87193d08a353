import { z } from 'zod';
import { brandColorFields, PALETTES } from '../../brand/colors';
import { defineTemplate } from '../../contract/define';
import { text } from '../../contract/fields';

// PLACEHOLDER — the real template replaces this file.
export const YouTubeIntroMeta = defineTemplate({
  id: 'YouTubeIntro',
  name: { fa: 'اینتروی یوتیوب', en: 'YouTube Intro' },
  description: { fa: 'اینتروی یوتیوب', en: 'YouTube Intro' },
  category: 'intro',
  kind: '2d',
  tags: [],
  schema: z.object({
    ...brandColorFields(PALETTES.sale),
    title: text({ label: { fa: 'عنوان', en: 'Title' }, default: 'اینتروی یوتیوب', max: 40 }),
  }),
  fps: 30,
  durationInFrames: 150,
  previewFrame: (duration) => Math.round(duration * 0.6),
});
