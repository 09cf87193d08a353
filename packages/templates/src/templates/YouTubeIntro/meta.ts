import { z } from 'zod';
import { brandColorFields, PALETTES } from '../../brand/colors';
import { defineTemplate } from '../../contract/define';
import { image, integer, text } from '../../contract/fields';

export const YouTubeIntroMeta = defineTemplate({
  id: 'YouTubeIntro',
  name: { fa: 'اینتروی یوتیوب', en: 'YouTube Intro' },
  description: {
    fa: 'اینتروی پرانرژی برای کانال یوتیوب و آپارات: دکمهٔ پخش، انفجار اشکال رنگی، نام کانال، شمارهٔ قسمت و دکمهٔ عضویت',
    en: 'A punchy channel intro: play button, a burst of colourful shapes, channel name, episode number and a subscribe button',
  },
  category: 'intro',
  kind: '2d',
  tags: ['youtube', 'aparat', 'intro', 'channel', 'vlog', 'یوتیوب', 'آپارات'],
  schema: z.object({
    ...brandColorFields(PALETTES.sale),
    logo: image({
      label: { fa: 'لوگوی کانال', en: 'Channel logo' },
      hint: { fa: 'خالی بماند تا نشانهٔ حرف اول نام ساخته شود', en: 'Leave empty to draw a monogram from the name' },
      optional: true,
    }),
    channelName: text({ label: { fa: 'نام کانال', en: 'Channel name' }, default: 'آشپزخانهٔ مریم', max: 32 }),
    tagline: text({ label: { fa: 'شعار کانال', en: 'Tagline' }, default: 'هر هفته یک دستور تازه و آسان', max: 60, optional: true }),
    episodeLabel: text({ label: { fa: 'عنوان قسمت', en: 'Episode label' }, default: 'قسمت', max: 16, optional: true }),
    episode: integer({
      label: { fa: 'شمارهٔ قسمت', en: 'Episode number' },
      hint: { fa: 'صفر یعنی بدون شمارهٔ قسمت', en: '0 hides the episode tag' },
      default: 12,
      min: 0,
      max: 9999,
    }),
    subscribe: text({ label: { fa: 'متن دکمهٔ عضویت', en: 'Subscribe button' }, default: 'عضو کانال شوید', max: 24, optional: true }),
  }),
  fps: 30,
  durationInFrames: 210,
  previewFrame: () => 150,
});
