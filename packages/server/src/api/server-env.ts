import { resolve } from 'node:path';
import type { ServerOptions } from './options';

/**
 * Production configuration from the environment (the README's deployment table lists
 * each variable). A malformed number is an error at start, not a silent default.
 */
export function serverOptionsFromEnv(env: NodeJS.ProcessEnv): Omit<ServerOptions, 'db'> {
  const number = (name: string): number | undefined => {
    const raw = env[name];
    if (raw === undefined || raw === '') return undefined;
    const value = Number(raw);
    if (!Number.isFinite(value) || value < 0) throw new Error(`${name} must be a non-negative number (got "${raw}")`);
    return value;
  };
  const trustProxy = env.FLATRENDER_TRUST_PROXY;
  return {
    logLevel: env.FLATRENDER_LOG_LEVEL || 'info',
    filesDir: resolve(env.FLATRENDER_HOME || './.flatrender', 'files'),
    bodyLimit: number('FLATRENDER_BODY_LIMIT'),
    platformRateLimitPerMinute: number('FLATRENDER_PLATFORM_RATE_LIMIT'),
    trustProxy: trustProxy === undefined || trustProxy === '' ? false : trustProxy === 'true' ? true : /^\d+$/.test(trustProxy) ? Number(trustProxy) : trustProxy.split(','),
    webhooks: {
      dispatch: env.FLATRENDER_WEBHOOK_DISPATCH !== 'false',
      allowInsecureUrls: env.FLATRENDER_WEBHOOK_ALLOW_INSECURE === 'true',
    },
  };
}
