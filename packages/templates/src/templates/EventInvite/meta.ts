import { z } from 'zod';
import { brandColorFields, PALETTES } from '../../brand/colors';
import { defineTemplate } from '../../contract/define';
import { image, text } from '../../contract/fields';

export const EventInviteMeta = defineTemplate({
  id: 'EventInvite',
  name: { fa: 'دعوت‌نامه رویداد', en: 'Event Invite' },
  description: {
    fa: 'دعوت‌نامه‌ی رسمی در قاب طاق ایرانی با خطوط طلایی: عنوان، میزبان، تاریخ، ساعت، مکان و ثبت‌نام',
    en: 'A formal invitation framed by a gold Persian arch: title, host, date, time, venue and RSVP',
  },
  category: 'event',
  kind: '2d',
  tags: ['event', 'invite', 'conference', 'wedding', 'دعوت', 'همایش', 'مراسم'],
  schema: z.object({
    ...brandColorFields(PALETTES.royal),
    kicker: text({ label: { fa: 'پیش‌عنوان', en: 'Kicker' }, default: 'شما دعوت شده‌اید', max: 30 }),
    title: text({ label: { fa: 'نام رویداد', en: 'Event title' }, default: 'همایش سالانه‌ی بازاریابی دیجیتال', max: 60 }),
    host: text({ label: { fa: 'میزبان', en: 'Host' }, default: 'به میزبانی آکادمی نوآوران', max: 50, optional: true }),
    date: text({ label: { fa: 'تاریخ', en: 'Date' }, default: 'پنج‌شنبه ۲۴ اسفند ۱۴۰۳', max: 36 }),
    time: text({ label: { fa: 'ساعت', en: 'Time' }, default: 'ساعت ۱۶ تا ۲۰', max: 30 }),
    venue: text({ label: { fa: 'مکان', en: 'Venue' }, default: 'تهران، سالن همایش‌های برج میلاد', max: 60 }),
    rsvp: text({ label: { fa: 'ثبت‌نام / تماس', en: 'RSVP / contact' }, default: 'ظرفیت محدود است؛ همین امروز ثبت‌نام کنید', max: 48, optional: true }),
    logo: image({
      label: { fa: 'لوگوی برگزارکننده', en: 'Organiser logo' },
      hint: { fa: 'خالی بماند، نشان شمسه‌ی طلایی', en: 'Leave empty for a gold star emblem' },
      optional: true,
    }),
  }),
  fps: 30,
  durationInFrames: 300,
  previewFrame: (duration) => Math.round(duration * 0.6),
});
