import { z } from 'zod';
import { brandColorFields, PALETTES } from '../../brand/colors';
import { defineTemplate } from '../../contract/define';
import { image, integer, text } from '../../contract/fields';

export const SalePromoMeta = defineTemplate({
  id: 'SalePromo',
  name: { fa: 'حراج ویژه', en: 'Sale Promo' },
  description: {
    fa: 'تیزر پرانرژی حراج با درصد تخفیف، قیمت قبل و بعد، عکس محصول و دکمه‌ی خرید',
    en: 'High-energy sale teaser: discount burst, old and new price, product shot and a call to action',
  },
  category: 'promo',
  kind: '2d',
  tags: ['sale', 'discount', 'shop', 'promo', 'حراج', 'تخفیف', 'فروشگاه'],
  schema: z.object({
    ...brandColorFields(PALETTES.sale),
    badge: text({ label: { fa: 'برچسب بالا', en: 'Top badge' }, default: 'فقط تا پایان هفته', max: 28 }),
    title: text({ label: { fa: 'عنوان حراج', en: 'Sale title' }, default: 'حراج بزرگ زمستانه', max: 40 }),
    subtitle: text({
      label: { fa: 'توضیح کوتاه', en: 'Subtitle' },
      default: 'تخفیف شگفت‌انگیز روی همه‌ی محصولات',
      max: 70,
      optional: true,
    }),
    discount: integer({ label: { fa: 'درصد تخفیف', en: 'Discount percent' }, default: 50, min: 1, max: 99 }),
    discountLabel: text({ label: { fa: 'نوشته‌ی زیر درصد', en: 'Discount caption' }, default: 'تخفیف', max: 14 }),
    oldPrice: integer({
      label: { fa: 'قیمت قبلی (۰ = نمایش نده)', en: 'Old price (0 = hide)' },
      default: 4_800_000,
      min: 0,
      max: 999_999_999_999,
    }),
    newPrice: integer({
      label: { fa: 'قیمت با تخفیف (۰ = نمایش نده)', en: 'Sale price (0 = hide)' },
      default: 2_400_000,
      min: 0,
      max: 999_999_999_999,
    }),
    currency: text({ label: { fa: 'واحد پول', en: 'Currency' }, default: 'تومان', max: 12 }),
    cta: text({ label: { fa: 'دکمه‌ی دعوت به خرید', en: 'Call to action' }, default: 'همین حالا خرید کنید', max: 30 }),
    shopName: text({ label: { fa: 'نام فروشگاه', en: 'Shop name' }, default: 'فروشگاه آنلاین نمونه', max: 36 }),
    productImage: image({
      label: { fa: 'عکس محصول', en: 'Product image' },
      hint: { fa: 'خالی بماند، قالب خودش طرح کیف خرید می‌کشد', en: 'Leave empty for the built-in shopping-bag artwork' },
      optional: true,
    }),
    logo: image({
      label: { fa: 'لوگو', en: 'Logo' },
      hint: { fa: 'خالی بماند، نشان پیش‌فرض کنار نام فروشگاه', en: 'Leave empty for the built-in shop mark' },
      optional: true,
    }),
  }),
  fps: 30,
  durationInFrames: 240,
  previewFrame: (duration) => Math.round(duration * 0.55),
});
