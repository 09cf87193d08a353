import type { TemplateCategory } from './contract/define';
import type { Label } from './contract/fields';

/** Names of the catalogue's categories, for the seed and any UI listing them. */
export const CATEGORY_LABELS: Record<TemplateCategory, Label> = {
  logo: { fa: 'لوگو', en: 'Logo' },
  intro: { fa: 'اینترو', en: 'Intro' },
  social: { fa: 'شبکه‌های اجتماعی', en: 'Social media' },
  promo: { fa: 'تبلیغاتی', en: 'Promo' },
  greeting: { fa: 'تبریک', en: 'Greetings' },
  event: { fa: 'رویداد', en: 'Events' },
  quote: { fa: 'نقل‌قول', en: 'Quotes' },
  slideshow: { fa: 'اسلایدشو', en: 'Slideshow' },
  countdown: { fa: 'شمارش معکوس', en: 'Countdown' },
};
