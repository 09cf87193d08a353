import { z } from 'zod';
import { brandColorFields, PALETTES } from '../../brand/colors';
import { defineTemplate } from '../../contract/define';
import { image, integer, text } from '../../contract/fields';

/** A Haft-sin table in 3D: candles, goldfish, sabzeh, eggs and a mirror, with a Nowruz greeting. */
export const Nowruz3DMeta = defineTemplate({
  id: 'Nowruz3D',
  name: { fa: 'سفره هفت‌سین سه‌بعدی', en: 'Nowruz Haft-sin 3D' },
  description: {
    fa: 'سفرهٔ هفت‌سین سه‌بعدی با سبزه، تنگ ماهی قرمز، تخم‌مرغ‌های رنگی، شمع و آینه؛ دوربین دور سفره می‌چرخد و پیام تبریک نوروز نمایان می‌شود.',
    en: 'A 3D Haft-sin table — sabzeh, goldfish bowl, painted eggs, candles and mirror — the camera circles it and the Nowruz greeting appears.',
  },
  category: 'greeting',
  kind: '3d',
  tags: ['3d', 'nowruz', 'haft-sin', 'greeting', 'spring', 'persian new year'],
  schema: z.object({
    ...brandColorFields(PALETTES.nowruz),
    title: text({ label: { fa: 'عنوان', en: 'Title' }, default: 'نوروزتان پیروز', max: 30 }),
    message: text({
      label: { fa: 'پیام', en: 'Message' },
      default: 'سال نو، بهار دل‌هایتان سبز و خانه‌تان پر از شادی',
      max: 90,
      multiline: true,
      optional: true,
    }),
    year: integer({
      label: { fa: 'سال', en: 'Year' },
      hint: { fa: 'سال خورشیدی؛ با ارقام فارسی نمایش داده می‌شود.', en: 'Solar Hijri year, shown in Persian digits.' },
      default: 1405,
      min: 1300,
      max: 1500,
    }),
    sender: text({ label: { fa: 'فرستنده', en: 'Sender' }, default: 'با مهر، خانوادهٔ شما', max: 40, optional: true }),
    logo: image({
      label: { fa: 'لوگو', en: 'Logo' },
      hint: { fa: 'اختیاری؛ کنار نام فرستنده نمایش داده می‌شود.', en: 'Optional; shown beside the sender.' },
      optional: true,
    }),
  }),
  fps: 30,
  durationInFrames: 240,
  previewFrame: () => 170,
});
