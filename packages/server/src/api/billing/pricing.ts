/**
 * Seconds-based pricing (03_identity_billing): charge = output seconds × the plan's
 * per-second price of the tier, in whole Toman, minus the plan's included seconds left
 * this month. Integer arithmetic only: prices are numeric(12,2) strings (hundredths),
 * durations milliseconds, so no float ever decides a charge.
 */
export interface QuoteLine {
  description: string;
  seconds: number | null;
  amount: { amount: number; currency: 'IRT' };
}

export interface Price {
  lines: QuoteLine[];
  total: number;
  /** Included milliseconds this render uses up (recorded on the render). */
  includedMsUsed: number;
}

/** '120.5' → 12050 hundredths of a Toman. */
export function hundredths(price: string): bigint {
  const [whole = '0', fraction = ''] = price.split('.');
  return BigInt(whole) * 100n + BigInt((fraction + '00').slice(0, 2));
}

const ceilDiv = (a: bigint, b: bigint) => (a + b - 1n) / b;
const irt = (amount: bigint | number) => ({ amount: Number(amount), currency: 'IRT' as const });
const seconds = (ms: number) => Math.round(ms) / 1000;

export function priceRender(input: { durationMs: number; rate: string; quality: string; plan: string; includedMsLeft: number }): Price {
  const rate = hundredths(input.rate);
  const durationMs = BigInt(Math.round(input.durationMs));
  const gross = ceilDiv(durationMs * rate, 100_000n);
  const includedMsUsed = Math.max(0, Math.min(input.durationMs, input.includedMsLeft));
  const total = ceilDiv((durationMs - BigInt(includedMsUsed)) * rate, 100_000n);
  const lines: QuoteLine[] = [
    { description: `${seconds(input.durationMs)} s × ${input.rate} IRT/s (${input.quality}, plan ${input.plan})`, seconds: seconds(input.durationMs), amount: irt(gross) },
  ];
  if (includedMsUsed > 0) {
    lines.push({ description: `${seconds(includedMsUsed)} s included in your plan this month`, seconds: -seconds(includedMsUsed), amount: irt(total - gross) });
  }
  return { lines, total: Number(total), includedMsUsed };
}
