import { z } from 'zod';
import { brandColorFields, PALETTES } from '../../brand/colors';
import { defineTemplate } from '../../contract/define';
import { image, integer, text } from '../../contract/fields';

export const NowruzGreetingMeta = defineTemplate({
  id: 'NowruzGreeting',
  name: { fa: 'تبریک نوروز', en: 'Nowruz Greeting' },
  description: {
    fa: 'کارت تبریک متحرک نوروز: عمو نوروز دست تکان می‌دهد، سفره‌ی هفت‌سین با ماهی قرمز و سبزه، شکوفه‌های بهاری و پیام شما',
    en: 'Animated Nowruz card: Amu Nowruz waving, a Haft-sin spread with goldfish and sabzeh, spring blossoms and your message',
  },
  category: 'greeting',
  kind: '2d',
  tags: ['nowruz', 'new year', 'greeting', 'spring', 'نوروز', 'عید', 'هفت‌سین', 'تبریک'],
  schema: z.object({
    ...brandColorFields(PALETTES.nowruz),
    title: text({ label: { fa: 'عنوان تبریک', en: 'Greeting title' }, default: 'نوروزتان پیروز', max: 30 }),
    message: text({
      label: { fa: 'پیام', en: 'Message' },
      default: 'سال نو مبارک! بهاری سرشار از شادی، سلامتی و بهروزی برایتان آرزومندیم.',
      max: 120,
      multiline: true,
    }),
    sender: text({ label: { fa: 'فرستنده', en: 'Sender' }, default: 'از طرف خانواده‌ی بزرگ ما', max: 40, optional: true }),
    year: integer({ label: { fa: 'سال (هجری شمسی)', en: 'Year (Solar Hijri)' }, default: 1404, min: 1300, max: 1600 }),
    logo: image({
      label: { fa: 'لوگو', en: 'Logo' },
      hint: { fa: 'کنار نام فرستنده؛ خالی بماند، نشان سبزه', en: 'Shown by the sender; leave empty for a sprout mark' },
      optional: true,
    }),
  }),
  fps: 30,
  durationInFrames: 360,
  previewFrame: (duration) => Math.round(duration * 0.5),
});
