import type { Database } from '../../db/database';
import { countActivePlatformKeys, insertApiKey } from '../sql/api-keys';
import { inPlatform } from '../support/scopes';

/**
 * First start: with no usable platform key the operator could never get in, so one is
 * created and returned for the caller to print once (never logged). Returns null when a
 * platform key exists. An advisory lock stops two instances starting together from both creating one.
 */
export async function bootstrapPlatformKey(db: Database): Promise<{ key: string; prefix: string } | null> {
  return inPlatform(db, async (tx) => {
    await tx.query('select pg_advisory_xact_lock(7140613223)');
    if ((await countActivePlatformKeys(tx)) > 0) return null;
    const created = await insertApiKey(tx, { tenantId: null, role: 'platform', name: 'bootstrap' });
    return { key: created.key, prefix: created.prefix };
  });
}
