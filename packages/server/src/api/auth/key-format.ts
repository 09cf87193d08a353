import { createHash, randomBytes, timingSafeEqual } from 'node:crypto';

/**
 * API keys read `fr_<mode>_<id>_<secret>` (DESIGN.md). The prefix `fr_<mode>_<id>` is
 * stored in clear for display and lookup; only the SHA-256 of the secret is stored.
 */
export type KeyMode = 'live' | 'test';

const ALPHABET = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789';
const ID_LENGTH = 12;
// 40 base62 characters ≈ 238 bits: brute force is out of reach, so a fast hash is enough.
const SECRET_LENGTH = 40;
const KEY_PATTERN = /^fr_(live|test)_([A-Za-z0-9]{12})_([A-Za-z0-9]{40})$/;

function randomBase62(length: number): string {
  // Rejection sampling: 248 is the largest multiple of 62 below 256, so no character is favoured.
  let out = '';
  while (out.length < length) {
    for (const byte of randomBytes(length * 2)) {
      if (byte < 248 && out.length < length) out += ALPHABET[byte % 62];
    }
  }
  return out;
}

export interface NewKey {
  /** The full key: shown once, never stored. */
  key: string;
  prefix: string;
  secretHash: string;
}

export function generateKey(mode: KeyMode = 'live'): NewKey {
  const prefix = `fr_${mode}_${randomBase62(ID_LENGTH)}`;
  const secret = randomBase62(SECRET_LENGTH);
  return { key: `${prefix}_${secret}`, prefix, secretHash: hashSecret(secret) };
}

export function hashSecret(secret: string): string {
  return createHash('sha256').update(secret).digest('hex');
}

export interface ParsedKey {
  prefix: string;
  secret: string;
}

export function parseKey(key: string): ParsedKey | null {
  const match = KEY_PATTERN.exec(key);
  if (!match) return null;
  return { prefix: `fr_${match[1]}_${match[2]}`, secret: match[3]! };
}

export function secretMatches(secret: string, storedHash: string): boolean {
  const given = Buffer.from(hashSecret(secret), 'hex');
  const stored = Buffer.from(storedHash, 'hex');
  return given.length === stored.length && timingSafeEqual(given, stored);
}
