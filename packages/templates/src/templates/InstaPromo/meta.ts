import { z } from 'zod';
import { brandColorFields, PALETTES } from '../../brand/colors';
import { defineTemplate } from '../../contract/define';
import { image, text } from '../../contract/fields';

export const InstaPromoMeta = defineTemplate({
  id: 'InstaPromo',
  name: { fa: 'تبلیغ اینستاگرام', en: 'Insta Promo' },
  description: {
    fa: 'تبلیغ محصول برای پست و استوری: عکس محصول، برچسب تخفیف، قیمت و دکمهٔ سفارش با حرکت‌های پرانرژی',
    en: 'A product ad for posts and stories: product photo, discount sticker, price and an order button, with lively motion',
  },
  category: 'social',
  kind: '2d',
  tags: ['instagram', 'story', 'promo', 'product', 'shop', 'sale', 'اینستاگرام', 'تخفیف'],
  schema: z.object({
    ...brandColorFields(PALETTES.rose),
    photo: image({
      label: { fa: 'عکس محصول', en: 'Product photo' },
      hint: { fa: 'خالی بماند تا تصویرسازی پیش‌فرض نمایش داده شود', en: 'Leave empty for the built-in illustration' },
      optional: true,
    }),
    logo: image({
      label: { fa: 'لوگو', en: 'Logo' },
      hint: { fa: 'خالی بماند تا نشانهٔ حرف اول نام ساخته شود', en: 'Leave empty to draw a monogram from the name' },
      optional: true,
    }),
    brandName: text({ label: { fa: 'نام فروشگاه', en: 'Shop name' }, default: 'بوتیک نیلا', max: 32 }),
    headline: text({ label: { fa: 'تیتر', en: 'Headline' }, default: 'کالکشن جدید پاییزه رسید', max: 44 }),
    description: text({
      label: { fa: 'توضیح', en: 'Description' },
      default: 'طراحی‌های دست‌دوز با بهترین پارچه‌ها، در تعداد محدود',
      max: 90,
      multiline: true,
      optional: true,
    }),
    badge: text({ label: { fa: 'برچسب تخفیف', en: 'Discount sticker' }, default: '۳۰٪ تخفیف', max: 14, optional: true }),
    oldPrice: text({ label: { fa: 'قیمت قبلی', en: 'Old price' }, default: '۷۰۰ هزار تومان', max: 28, optional: true }),
    price: text({ label: { fa: 'قیمت', en: 'Price' }, default: '۴۹۰ هزار تومان', max: 28, optional: true }),
    cta: text({ label: { fa: 'دکمهٔ اقدام', en: 'Call to action' }, default: 'همین حالا سفارش دهید', max: 28 }),
    contact: text({
      label: { fa: 'راه ارتباط', en: 'Contact line' },
      hint: { fa: 'مثلاً آیدی اینستاگرام یا شماره تماس', en: 'e.g. your Instagram handle or phone number' },
      default: 'سفارش از طریق دایرکت اینستاگرام',
      max: 44,
      optional: true,
    }),
  }),
  fps: 30,
  durationInFrames: 300,
  previewFrame: () => 240,
});
