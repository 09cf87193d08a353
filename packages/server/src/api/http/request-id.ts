import { randomBytes } from 'node:crypto';
import type { IncomingMessage } from 'node:http';

// A caller's own id is kept when it is short and printable (proxies and clients set it
// to correlate logs); anything else is replaced so it cannot inject into logs.
const CALLER_ID = /^[A-Za-z0-9._:-]{8,64}$/;

export function requestIdOf(req: IncomingMessage): string {
  const given = req.headers['x-request-id'];
  if (typeof given === 'string' && CALLER_ID.test(given)) return given;
  return `req_${randomBytes(12).toString('base64url')}`;
}
