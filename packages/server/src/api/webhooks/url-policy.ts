import { isIP } from 'node:net';
import { ApiError } from '../http/api-error';

/**
 * Where the server may send webhooks. By default https only and never to a loopback,
 * private or link-local address written in the URL (the classic SSRF targets: the
 * metadata service, the database). A host name that resolves to such an address is
 * not caught here; operators who need that put an egress proxy in front.
 */
export function assertDeliverableUrl(raw: string, allowInsecure: boolean, param = 'url'): void {
  const url = new URL(raw);
  if (url.protocol !== 'https:' && !(allowInsecure && url.protocol === 'http:')) {
    throw new ApiError('invalid_request', 'webhook URLs must use https', param);
  }
  if (url.username || url.password) throw new ApiError('invalid_request', 'webhook URLs may not carry credentials', param);
  if (allowInsecure) return;
  const host = url.hostname.replace(/^\[|\]$/g, '').toLowerCase();
  if (host === 'localhost' || host.endsWith('.localhost') || host.endsWith('.internal') || (isIP(host) && isPrivate(host))) {
    throw new ApiError('invalid_request', 'webhook URLs must point at a public host', param);
  }
}

function isPrivate(ip: string): boolean {
  if (ip.includes(':')) return ip === '::1' || ip === '::' || /^f[cd]/.test(ip) || /^fe[89ab]/.test(ip) || ip.startsWith('::ffff:');
  const [a = 0, b = 0] = ip.split('.').map(Number);
  return a === 10 || a === 127 || a === 0 || (a === 169 && b === 254) || (a === 172 && b >= 16 && b <= 31) || (a === 192 && b === 168) || (a === 100 && b >= 64 && b <= 127);
}
