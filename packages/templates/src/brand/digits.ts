const PERSIAN_DIGITS = '۰۱۲۳۴۵۶۷۸۹';

/** Latin (and Arabic-Indic) digits → Persian digits, for every number a viewer sees. */
export function toPersianDigits(value: string | number): string {
  return String(value).replace(/[0-9\u0660-\u0669]/g, (digit) => {
    const code = digit.charCodeAt(0);
    const index = code >= 0x0660 ? code - 0x0660 : code - 48;
    return PERSIAN_DIGITS[index] ?? digit;
  });
}
