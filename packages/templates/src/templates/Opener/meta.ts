import { z } from 'zod';
import { brandColorFields, PALETTES } from '../../brand/colors';
import { defineTemplate } from '../../contract/define';
import { image, list, text } from '../../contract/fields';

/** Scene lengths in frames (30 fps): the opening card, each keyword, the title card. */
export const OPENER_TIMING = { presents: 48, word: 26, title: 150 } as const;

const word = text({ label: { fa: 'واژه', en: 'Word' }, default: 'خلاقیت', max: 20 });

export const OpenerMeta = defineTemplate({
  id: 'Opener',
  name: { fa: 'افتتاحیه', en: 'Opener' },
  description: {
    fa: 'افتتاحیهٔ سینمایی برای همایش، رویداد یا معرفی برند: معرفی، واژه‌های کلیدی پرشتاب و کارت عنوان با قاب طلایی',
    en: 'A cinematic opener for events and brands: a "presents" card, punchy keywords and a gold-framed title card',
  },
  category: 'intro',
  kind: '2d',
  tags: ['opener', 'intro', 'event', 'corporate', 'کنفرانس', 'افتتاحیه'],
  schema: z.object({
    ...brandColorFields(PALETTES.royal),
    logo: image({
      label: { fa: 'لوگو', en: 'Logo' },
      hint: { fa: 'خالی بماند تا نشانهٔ حرف اول نام ساخته شود', en: 'Leave empty to draw a monogram from the name' },
      optional: true,
    }),
    brandName: text({ label: { fa: 'نام برگزارکننده', en: 'Presenter / brand' }, default: 'گروه رسانه‌ای آفتاب', max: 40 }),
    presents: text({ label: { fa: 'عبارت معرفی', en: 'Presents line' }, default: 'تقدیم می‌کند', max: 30, optional: true }),
    words: list(word, {
      label: { fa: 'واژه‌های کلیدی', en: 'Keywords' },
      hint: { fa: 'هر واژه حدود یک ثانیه نمایش داده می‌شود', en: 'Each keyword is shown for about a second' },
      default: ['خلاقیت', 'نوآوری', 'تعهد'],
      min: 1,
      max: 5,
    }),
    title: text({ label: { fa: 'عنوان', en: 'Title' }, default: 'آغاز فصلی تازه', max: 48 }),
    subtitle: text({
      label: { fa: 'زیرعنوان', en: 'Subtitle' },
      default: 'همایش سالانهٔ کسب‌وکارهای خلاق ۱۴۰۴',
      max: 80,
      optional: true,
    }),
  }),
  fps: 30,
  durationInFrames: (props) => OPENER_TIMING.presents + Math.max(1, props.words?.length ?? 3) * OPENER_TIMING.word + OPENER_TIMING.title,
  previewFrame: (duration) => duration - 60,
});
