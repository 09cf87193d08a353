import { ApiError } from '../http/api-error';

/**
 * A token bucket per key, in this process's memory: each key may burst up to its
 * per-minute limit and refills continuously. Several server instances each enforce the
 * limit (so the fleet allows N × limit); the README's deployment section says so.
 */
export class RateLimiter {
  private readonly buckets = new Map<string, { tokens: number; at: number }>();

  constructor(private readonly now: () => number = () => Date.now()) {}

  /** Spends one token or throws 429 with retry-after; returns the tokens left. */
  take(key: string, perMinute: number): number {
    const now = this.now();
    const bucket = this.buckets.get(key) ?? { tokens: perMinute, at: now };
    bucket.tokens = Math.min(perMinute, bucket.tokens + ((now - bucket.at) / 60_000) * perMinute);
    bucket.at = now;
    if (bucket.tokens < 1) {
      this.buckets.set(key, bucket);
      const seconds = Math.max(1, Math.ceil(((1 - bucket.tokens) * 60) / perMinute));
      throw new ApiError('rate_limited', `too many requests: this key may make ${perMinute} per minute`, null, {
        'retry-after': String(seconds),
        'x-ratelimit-limit': String(perMinute),
        'x-ratelimit-remaining': '0',
      });
    }
    bucket.tokens -= 1;
    this.buckets.set(key, bucket);
    if (this.buckets.size > 100_000) this.evictFull(now);
    return Math.floor(bucket.tokens);
  }

  /** Buckets that have refilled completely carry no state worth keeping. */
  private evictFull(now: number): void {
    for (const [key, bucket] of this.buckets) if (now - bucket.at > 60_000) this.buckets.delete(key);
  }
}
