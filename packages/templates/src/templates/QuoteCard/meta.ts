import { z } from 'zod';
import { brandColorFields, PALETTES } from '../../brand/colors';
import { defineTemplate } from '../../contract/define';
import { choice, image, text } from '../../contract/fields';

export const QuoteCardMeta = defineTemplate({
  id: 'QuoteCard',
  name: { fa: 'کارت نقل‌قول', en: 'Quote Card' },
  description: {
    fa: 'نقل‌قول یا بیت شعر روی کاغذی گرم با تزئینات ایرانی، نمایش کلمه‌به‌کلمه و معرفی گوینده',
    en: 'A quote or verse on warm paper with Persian ornament, revealed word by word, with the speaker credited',
  },
  category: 'quote',
  kind: '2d',
  tags: ['quote', 'poetry', 'social', 'نقل قول', 'شعر', 'جمله'],
  schema: z.object({
    ...brandColorFields(PALETTES.paper),
    quote: text({
      label: { fa: 'متن نقل‌قول', en: 'Quote' },
      default: 'هر کسی کو دور ماند از اصل خویش، باز جوید روزگار وصل خویش',
      max: 220,
      multiline: true,
    }),
    author: text({ label: { fa: 'گوینده', en: 'Author' }, default: 'مولانا جلال‌الدین بلخی', max: 40 }),
    source: text({ label: { fa: 'منبع یا سمت', en: 'Source or role' }, default: 'مثنوی معنوی، دفتر اول', max: 60, optional: true }),
    photo: image({
      label: { fa: 'عکس گوینده', en: 'Author photo' },
      hint: { fa: 'خالی بماند، نشان تزئینی با حرف اول نام', en: 'Leave empty for an ornamental monogram' },
      optional: true,
    }),
    signature: text({ label: { fa: 'امضای پایین (نام صفحه)', en: 'Signature (page name)' }, default: 'کانال کتاب و اندیشه', max: 40, optional: true }),
    reveal: choice({
      label: { fa: 'نحوه‌ی نمایش متن', en: 'Text reveal' },
      hint: { fa: 'words = کلمه‌به‌کلمه، fade = یکجا', en: 'words = word by word, fade = all at once' },
      values: ['words', 'fade'] as const,
      default: 'words',
    }),
  }),
  fps: 30,
  durationInFrames: 300,
  previewFrame: (duration) => Math.round(duration * 0.7),
});
