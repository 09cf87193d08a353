/** Wire helpers: timestamps as ISO strings, money as {amount, currency}. */
export const iso = (value: Date | null | undefined): string | null => (value ? value.toISOString() : null);
export const isoNow = (value: Date): string => value.toISOString();
export const irt = (amount: number | bigint | string) => ({ amount: Number(amount), currency: 'IRT' as const });
