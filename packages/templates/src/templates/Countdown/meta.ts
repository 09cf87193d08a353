import { z } from 'zod';
import { brandColorFields, PALETTES } from '../../brand/colors';
import { defineTemplate } from '../../contract/define';
import { image, integer, text } from '../../contract/fields';

/** Frames before the first number and after the last one (the finale). */
export const COUNTDOWN_INTRO = 30;
export const COUNTDOWN_OUTRO = 75;
export const COUNTDOWN_FPS = 30;

export const CountdownMeta = defineTemplate({
  id: 'Countdown',
  name: { fa: 'شمارش معکوس', en: 'Countdown' },
  description: {
    fa: 'شمارش معکوس با حلقه‌ی نورانی ثانیه‌شمار، موج در هر ثانیه و انفجار پایانی؛ مدت ویدیو از عدد شروع می‌آید',
    en: 'Countdown with a glowing segmented ring, a pulse every second and a finale burst; length follows the start number',
  },
  category: 'countdown',
  kind: '2d',
  tags: ['countdown', 'timer', 'live', 'launch', 'شمارش معکوس', 'پخش زنده'],
  schema: z.object({
    ...brandColorFields(PALETTES.midnight),
    start: integer({
      label: { fa: 'شروع از (ثانیه)', en: 'Count from (seconds)' },
      hint: { fa: 'مدت ویدیو = این عدد + ۳٫۵ ثانیه', en: 'Video length = this number + 3.5 s' },
      default: 10,
      min: 3,
      max: 60,
    }),
    title: text({ label: { fa: 'عنوان', en: 'Title' }, default: 'تا شروع پخش زنده', max: 40 }),
    subtitle: text({ label: { fa: 'زیرنویس', en: 'Subtitle' }, default: 'با ما همراه باشید؛ به‌زودی شروع می‌کنیم', max: 60, optional: true }),
    finalText: text({ label: { fa: 'متن پایانی', en: 'Final text' }, default: 'شروع شد!', max: 24 }),
    finalSubtext: text({ label: { fa: 'زیرنویس پایانی', en: 'Final subtext' }, default: 'خوش آمدید', max: 40, optional: true }),
    logo: image({
      label: { fa: 'لوگو', en: 'Logo' },
      hint: { fa: 'خالی بماند، نشان پخش پیش‌فرض', en: 'Leave empty for the built-in play mark' },
      optional: true,
    }),
  }),
  fps: COUNTDOWN_FPS,
  // Defensive: callers may pass unparsed props; fall back to the default start.
  durationInFrames: (props) => COUNTDOWN_INTRO + (Number.isInteger(props.start) ? props.start : 10) * COUNTDOWN_FPS + COUNTDOWN_OUTRO,
  previewFrame: () => COUNTDOWN_INTRO + 45,
});
