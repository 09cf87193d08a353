import { z } from 'zod';
import { brandColorFields, PALETTES } from '../../brand/colors';
import { defineTemplate } from '../../contract/define';
import { choice, image, integer, text } from '../../contract/fields';

export const HappyBirthdayMeta = defineTemplate({
  id: 'HappyBirthday',
  name: { fa: 'تولدت مبارک', en: 'Happy Birthday' },
  description: {
    fa: 'تبریک تولد شاد با بادکنک، کاغذرنگی، عکس یا کیک شمع‌دار، شمارش سن و پیام شخصی',
    en: 'A joyful birthday greeting: balloons, confetti, a photo or candle-lit cake, an age count-up and a personal message',
  },
  category: 'greeting',
  kind: '2d',
  tags: ['birthday', 'greeting', 'party', 'celebration', 'تولد', 'تبریک'],
  schema: z.object({
    ...brandColorFields(PALETTES.rose),
    greeting: text({ label: { fa: 'تبریک', en: 'Greeting' }, default: 'تولدت مبارک', max: 30 }),
    name: text({ label: { fa: 'نام', en: 'Name' }, default: 'سارا', max: 24 }),
    age: integer({
      label: { fa: 'سن', en: 'Age' },
      hint: { fa: 'صفر یعنی سن نمایش داده نشود', en: '0 hides the age badge' },
      default: 30,
      min: 0,
      max: 150,
    }),
    ageLabel: text({ label: { fa: 'عنوان سن', en: 'Age label' }, default: 'سالگی', max: 14, optional: true }),
    message: text({
      label: { fa: 'پیام', en: 'Message' },
      default: 'امیدوارم سال تازهٔ زندگی‌ات پر از لبخند، سلامتی و آرزوهای برآورده باشد',
      max: 120,
      multiline: true,
      optional: true,
    }),
    sender: text({ label: { fa: 'فرستنده', en: 'From' }, default: 'با عشق، خانواده', max: 40, optional: true }),
    photo: image({
      label: { fa: 'عکس', en: 'Photo' },
      hint: { fa: 'خالی بماند تا کیک تولد نمایش داده شود', en: 'Leave empty to show a birthday cake' },
      optional: true,
    }),
    decoration: choice({
      label: { fa: 'تزئین', en: 'Decoration' },
      hint: { fa: 'balloons: بادکنک، confetti: کاغذرنگی، both: هر دو', en: 'balloons, confetti or both' },
      values: ['both', 'balloons', 'confetti'] as const,
      default: 'both',
    }),
  }),
  fps: 30,
  durationInFrames: 300,
  previewFrame: () => 200,
});
