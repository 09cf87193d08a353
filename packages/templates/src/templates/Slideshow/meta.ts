import { z } from 'zod';
import { brandColorFields, PALETTES } from '../../brand/colors';
import { defineTemplate } from '../../contract/define';
import { choice, image, integer, list, text } from '../../contract/fields';

/** Frames (30 fps) of the title card, the closing card and each transition. */
export const SLIDESHOW_TIMING = { intro: 75, outro: 90, transition: 20, fps: 30 } as const;

const photo = z.object({
  image: image({
    label: { fa: 'عکس', en: 'Photo' },
    hint: { fa: 'خالی بماند تا تصویرسازی پیش‌فرض نمایش داده شود', en: 'Leave empty for a built-in illustration' },
    optional: true,
  }),
  caption: text({ label: { fa: 'توضیح عکس', en: 'Caption' }, default: '', max: 60, optional: true }),
});

export const SlideshowMeta = defineTemplate({
  id: 'Slideshow',
  name: { fa: 'اسلایدشو', en: 'Slideshow' },
  description: {
    fa: 'آلبوم عکس متحرک با قاب کاغذی، حرکت آرام دوربین روی هر عکس، توضیح و شمارنده؛ طول ویدیو به تعداد عکس‌ها بستگی دارد',
    en: 'An animated photo album: paper frame, slow camera moves on each photo, captions and a counter; length follows the photos',
  },
  category: 'slideshow',
  kind: '2d',
  tags: ['slideshow', 'photos', 'album', 'memories', 'travel', 'آلبوم', 'عکس'],
  schema: z.object({
    ...brandColorFields(PALETTES.paper),
    title: text({ label: { fa: 'عنوان آلبوم', en: 'Album title' }, default: 'سفر بهاری ما', max: 40 }),
    subtitle: text({ label: { fa: 'زیرعنوان', en: 'Subtitle' }, default: 'فروردین ۱۴۰۳ · شیراز', max: 60, optional: true }),
    photos: list(photo, {
      label: { fa: 'عکس‌ها', en: 'Photos' },
      hint: { fa: 'هر عکس با توضیح اختیاری؛ طول ویدیو به تعداد عکس‌ها بستگی دارد', en: 'Each photo with an optional caption; the video length follows the count' },
      default: [
        { image: '', caption: 'قله‌های برفی در راه' },
        { image: '', caption: 'عصر بهاری در باغ ارم' },
        { image: '', caption: 'غروب بر گنبدهای شهر' },
        { image: '', caption: 'شب پرستاره در کویر' },
      ],
      min: 1,
      max: 12,
    }),
    secondsPerPhoto: integer({ label: { fa: 'ثانیه برای هر عکس', en: 'Seconds per photo' }, default: 3, min: 2, max: 10 }),
    transition: choice({
      label: { fa: 'نوع گذار', en: 'Transition' },
      hint: { fa: 'slide: ورق‌خوردن، fade: محوشدن، zoom: بزرگ‌نمایی', en: 'slide, fade or zoom between photos' },
      values: ['slide', 'fade', 'zoom'] as const,
      default: 'slide',
    }),
    outro: text({ label: { fa: 'متن پایانی', en: 'Closing line' }, default: 'به امید سفرهای دوباره', max: 60, optional: true }),
  }),
  fps: SLIDESHOW_TIMING.fps,
  durationInFrames: (props) =>
    SLIDESHOW_TIMING.intro + Math.max(1, props.photos?.length ?? 1) * (props.secondsPerPhoto ?? 3) * SLIDESHOW_TIMING.fps + SLIDESHOW_TIMING.outro,
  previewFrame: () => SLIDESHOW_TIMING.intro + 45,
});
