import { createApiKeyCommand } from '@flatrender/server';
import { usageError } from '../../errors';
import { printResult } from '../../output/print';

const ROLES = ['platform', 'tenant', 'agent'] as const;
const UUID = /^[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}$/;

export interface CreateKeyFlags {
  role: string;
  tenant?: string;
  name?: string;
  scopes?: string;
  expiresInDays?: string;
  test?: boolean;
  json?: boolean;
}

/** `flatrender keys create --role platform`: the key goes to stdout once; nothing else records it. */
export async function createKeyCommand(flags: CreateKeyFlags): Promise<void> {
  const role = ROLES.find((r) => r === flags.role);
  if (!role) throw usageError(`--role must be one of ${ROLES.join(', ')} (got "${flags.role}")`);
  if (role === 'platform' && flags.tenant) throw usageError('--tenant is for tenant and agent keys; platform keys belong to no tenant');
  if (role !== 'platform' && !flags.tenant) throw usageError(`--tenant <id> is required for a ${role} key`);
  if (flags.tenant && !UUID.test(flags.tenant)) throw usageError(`--tenant must be a tenant id (UUID) (got "${flags.tenant}")`);
  let expiresAt: Date | undefined;
  if (flags.expiresInDays !== undefined) {
    const days = Number(flags.expiresInDays);
    if (!Number.isFinite(days) || days <= 0 || days > 3650) throw usageError(`--expires-in-days must be a number from 1 to 3650 (got "${flags.expiresInDays}")`);
    expiresAt = new Date(Date.now() + days * 86_400_000);
  }
  const result = await createApiKeyCommand({
    role,
    tenantId: flags.tenant,
    name: flags.name,
    scopes: flags.scopes ? flags.scopes.split(',').map((s) => s.trim()).filter(Boolean) : undefined,
    mode: flags.test ? 'test' : 'live',
    expiresAt,
  });
  printResult(result, flags, (r) =>
    [`${r.database}: created ${r.role} key ${r.prefix}${r.tenant_id ? ` for tenant ${r.tenant_id}` : ''}${r.expires_at ? `, expires ${r.expires_at}` : ''}`,
      'It is shown only now — store it safely:', '', `  ${r.key}`, ''].join('\n'),
  );
}
