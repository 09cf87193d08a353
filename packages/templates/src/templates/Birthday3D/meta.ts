import { z } from 'zod';
import { brandColorFields, PALETTES } from '../../brand/colors';
import { defineTemplate } from '../../contract/define';
import { image, integer, text } from '../../contract/fields';

/** A 3D birthday: a two-tier cake whose candles light up, balloons, gifts and confetti. */
export const Birthday3DMeta = defineTemplate({
  id: 'Birthday3D',
  name: { fa: 'جشن تولد سه‌بعدی', en: 'Birthday Party 3D' },
  description: {
    fa: 'کیک دوطبقه با شمع‌هایی که یکی‌یکی روشن می‌شوند، بادکنک‌های براق، جعبه‌های کادو و بارش کاغذ رنگی، با نام و سنِ صاحب تولد.',
    en: 'A two-tier cake whose candles light one by one, glossy balloons, gift boxes and falling confetti, with the name and age of the birthday person.',
  },
  category: 'greeting',
  kind: '3d',
  tags: ['3d', 'birthday', 'cake', 'balloons', 'celebration'],
  schema: z.object({
    ...brandColorFields(PALETTES.rose),
    title: text({ label: { fa: 'عنوان', en: 'Title' }, default: 'تولدت مبارک', max: 30 }),
    name: text({ label: { fa: 'نام', en: 'Name' }, default: 'سارا جان', max: 30, optional: true }),
    age: integer({
      label: { fa: 'سن', en: 'Age' },
      hint: { fa: 'با ارقام فارسی نمایش داده می‌شود؛ صفر یعنی بدون سن.', en: 'Shown in Persian digits; 0 hides it.' },
      default: 30,
      min: 0,
      max: 120,
    }),
    message: text({
      label: { fa: 'پیام', en: 'Message' },
      default: 'امسال پر از لبخند، سفر و آرزوهای برآورده',
      max: 80,
      multiline: true,
      optional: true,
    }),
    logo: image({
      label: { fa: 'لوگو', en: 'Logo' },
      hint: { fa: 'اختیاری؛ در گوشهٔ تصویر.', en: 'Optional; shown in a corner.' },
      optional: true,
    }),
  }),
  fps: 30,
  durationInFrames: 210,
  previewFrame: () => 150,
});
