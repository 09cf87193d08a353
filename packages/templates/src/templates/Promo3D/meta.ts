import { z } from 'zod';
import { brandColorFields, PALETTES } from '../../brand/colors';
import { defineTemplate } from '../../contract/define';
import { image, integer, text } from '../../contract/fields';

/** A product on a lit podium, neon light bars, a discount medallion and a call to action. */
export const Promo3DMeta = defineTemplate({
  id: 'Promo3D',
  name: { fa: 'ویترین محصول سه‌بعدی', en: 'Product Showcase 3D' },
  description: {
    fa: 'محصول روی سکویی نورانی و آینه‌ای می‌چرخد، نورهای نئونی یکی‌یکی روشن می‌شوند و تخفیف، قیمت و دعوت به خرید ظاهر می‌شوند.',
    en: 'The product turns on a glowing mirrored podium as neon bars switch on one by one, then the discount, price and call to action appear.',
  },
  category: 'promo',
  kind: '3d',
  tags: ['3d', 'product', 'sale', 'discount', 'showcase', 'promo'],
  schema: z.object({
    ...brandColorFields(PALETTES.ocean),
    product: image({
      label: { fa: 'تصویر محصول', en: 'Product image' },
      hint: { fa: 'ترجیحاً PNG با پس‌زمینهٔ شفاف؛ خالی = بطری سه‌بعدی ساخته‌شده.', en: 'Ideally a transparent PNG; empty = a generated 3D bottle.' },
      optional: true,
    }),
    headline: text({ label: { fa: 'تیتر', en: 'Headline' }, default: 'حراج ویژهٔ بهار', max: 30 }),
    productName: text({ label: { fa: 'نام محصول', en: 'Product name' }, default: 'عطر نسیم', max: 36 }),
    discount: integer({
      label: { fa: 'درصد تخفیف', en: 'Discount %' },
      hint: { fa: 'صفر یعنی بدون نشان تخفیف.', en: '0 hides the discount badge.' },
      default: 30,
      min: 0,
      max: 99,
    }),
    price: text({ label: { fa: 'قیمت', en: 'Price' }, default: '۸۹۰ هزار تومان', max: 30, optional: true }),
    oldPrice: text({ label: { fa: 'قیمت قبلی', en: 'Old price' }, default: '۱٬۲۷۰ هزار تومان', max: 30, optional: true }),
    cta: text({ label: { fa: 'دعوت به اقدام', en: 'Call to action' }, default: 'همین حالا خرید کنید', max: 30, optional: true }),
    website: text({ label: { fa: 'وب‌سایت', en: 'Website' }, default: 'shop.example.ir', max: 40, optional: true }),
    logo: image({ label: { fa: 'لوگو', en: 'Logo' }, hint: { fa: 'اختیاری؛ در گوشهٔ بالا.', en: 'Optional; shown in the top corner.' }, optional: true }),
  }),
  fps: 30,
  durationInFrames: 225,
  previewFrame: () => 165,
});
