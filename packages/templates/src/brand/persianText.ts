import { toPersianDigits } from './digits';

const LATIN_WORD = /[A-Za-z@]/;

/**
 * Persian digits for free text a customer types ("24 اسفند 1403" → "۲۴ اسفند ۱۴۰۳"),
 * but a token that holds Latin letters (a URL, an @handle, "shop24") keeps its digits,
 * because "shop۲۴.ir" would be a broken address.
 */
export function persianizeDigits(text: string): string {
  return text
    .split(/(\s+)/)
    .map((token) => (LATIN_WORD.test(token) ? token : toPersianDigits(token)))
    .join('');
}

/** 2400000 → "۲٬۴۰۰٬۰۰۰" (Persian digits, Persian thousands separator). */
export function formatPersianNumber(value: number): string {
  const sign = value < 0 ? '-' : '';
  const digits = Math.abs(Math.round(value)).toString();
  const grouped = digits.replace(/\B(?=(\d{3})+(?!\d))/g, '٬');
  return toPersianDigits(sign + grouped);
}

/**
 * What a template shows for a customer's text: one line of words (the fit measures words
 * split on single spaces, so newlines and runs of spaces would skew it) with Persian digits.
 */
export function displayText(text: string): string {
  return persianizeDigits(text.trim().replace(/\s+/g, ' '));
}
